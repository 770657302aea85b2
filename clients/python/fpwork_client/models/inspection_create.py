from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.facility_condition import FacilityCondition
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="InspectionCreate")



@_attrs_define
class InspectionCreate:
    """ 
        Attributes:
            condition (FacilityCondition):
            inspected_on (datetime.date): Not after today nor before the facility opened
            inspector (str):
            findings (None | str | Unset):
            photo_links (list[str] | Unset):
     """

    condition: FacilityCondition
    inspected_on: datetime.date
    inspector: str
    findings: None | str | Unset = UNSET
    photo_links: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        condition = self.condition.value

        inspected_on = self.inspected_on.isoformat()

        inspector = self.inspector

        findings: None | str | Unset
        if isinstance(self.findings, Unset):
            findings = UNSET
        else:
            findings = self.findings

        photo_links: list[str] | Unset = UNSET
        if not isinstance(self.photo_links, Unset):
            photo_links = self.photo_links




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "condition": condition,
            "inspected_on": inspected_on,
            "inspector": inspector,
        })
        if findings is not UNSET:
            field_dict["findings"] = findings
        if photo_links is not UNSET:
            field_dict["photo_links"] = photo_links

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition = FacilityCondition(d.pop("condition"))




        inspected_on = datetime.date.fromisoformat(d.pop("inspected_on"))




        inspector = d.pop("inspector")

        def _parse_findings(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        findings = _parse_findings(d.pop("findings", UNSET))


        photo_links = cast(list[str], d.pop("photo_links", UNSET))


        inspection_create = cls(
            condition=condition,
            inspected_on=inspected_on,
            inspector=inspector,
            findings=findings,
            photo_links=photo_links,
        )

        return inspection_create

