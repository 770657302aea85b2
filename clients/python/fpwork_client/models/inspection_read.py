from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.facility_condition import FacilityCondition
from typing import cast
import datetime






T = TypeVar("T", bound="InspectionRead")



@_attrs_define
class InspectionRead:
    """ 
        Attributes:
            condition (FacilityCondition):
            created_at (datetime.datetime):
            facility_id (int):
            findings (None | str):
            id (int):
            inspected_on (datetime.date):
            inspector (str):
            photo_links (list[str]):
     """

    condition: FacilityCondition
    created_at: datetime.datetime
    facility_id: int
    findings: None | str
    id: int
    inspected_on: datetime.date
    inspector: str
    photo_links: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        condition = self.condition.value

        created_at = self.created_at.isoformat()

        facility_id = self.facility_id

        findings: None | str
        findings = self.findings

        id = self.id

        inspected_on = self.inspected_on.isoformat()

        inspector = self.inspector

        photo_links = self.photo_links




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "condition": condition,
            "created_at": created_at,
            "facility_id": facility_id,
            "findings": findings,
            "id": id,
            "inspected_on": inspected_on,
            "inspector": inspector,
            "photo_links": photo_links,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition = FacilityCondition(d.pop("condition"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        facility_id = d.pop("facility_id")

        def _parse_findings(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        findings = _parse_findings(d.pop("findings"))


        id = d.pop("id")

        inspected_on = datetime.date.fromisoformat(d.pop("inspected_on"))




        inspector = d.pop("inspector")

        photo_links = cast(list[str], d.pop("photo_links"))


        inspection_read = cls(
            condition=condition,
            created_at=created_at,
            facility_id=facility_id,
            findings=findings,
            id=id,
            inspected_on=inspected_on,
            inspector=inspector,
            photo_links=photo_links,
        )


        inspection_read.additional_properties = d
        return inspection_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
