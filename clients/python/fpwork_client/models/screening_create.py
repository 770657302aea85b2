from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.risk_level import RiskLevel
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ScreeningCreate")



@_attrs_define
class ScreeningCreate:
    """ 
        Attributes:
            program_id (int):
            resident_id (int):
            risk_level (RiskLevel):
            screened_on (datetime.date):
            findings (None | str | Unset): Health findings: stored encrypted, shown only with health:read
            items (list[str] | Unset): Items done (the pre-pregnancy check has 19)
            provider_partner_id (int | None | Unset):
            spouse_resident_id (int | None | Unset): For a couple checked together
     """

    program_id: int
    resident_id: int
    risk_level: RiskLevel
    screened_on: datetime.date
    findings: None | str | Unset = UNSET
    items: list[str] | Unset = UNSET
    provider_partner_id: int | None | Unset = UNSET
    spouse_resident_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        program_id = self.program_id

        resident_id = self.resident_id

        risk_level = self.risk_level.value

        screened_on = self.screened_on.isoformat()

        findings: None | str | Unset
        if isinstance(self.findings, Unset):
            findings = UNSET
        else:
            findings = self.findings

        items: list[str] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items



        provider_partner_id: int | None | Unset
        if isinstance(self.provider_partner_id, Unset):
            provider_partner_id = UNSET
        else:
            provider_partner_id = self.provider_partner_id

        spouse_resident_id: int | None | Unset
        if isinstance(self.spouse_resident_id, Unset):
            spouse_resident_id = UNSET
        else:
            spouse_resident_id = self.spouse_resident_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "program_id": program_id,
            "resident_id": resident_id,
            "risk_level": risk_level,
            "screened_on": screened_on,
        })
        if findings is not UNSET:
            field_dict["findings"] = findings
        if items is not UNSET:
            field_dict["items"] = items
        if provider_partner_id is not UNSET:
            field_dict["provider_partner_id"] = provider_partner_id
        if spouse_resident_id is not UNSET:
            field_dict["spouse_resident_id"] = spouse_resident_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        program_id = d.pop("program_id")

        resident_id = d.pop("resident_id")

        risk_level = RiskLevel(d.pop("risk_level"))




        screened_on = datetime.date.fromisoformat(d.pop("screened_on"))




        def _parse_findings(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        findings = _parse_findings(d.pop("findings", UNSET))


        items = cast(list[str], d.pop("items", UNSET))


        def _parse_provider_partner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        provider_partner_id = _parse_provider_partner_id(d.pop("provider_partner_id", UNSET))


        def _parse_spouse_resident_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        spouse_resident_id = _parse_spouse_resident_id(d.pop("spouse_resident_id", UNSET))


        screening_create = cls(
            program_id=program_id,
            resident_id=resident_id,
            risk_level=risk_level,
            screened_on=screened_on,
            findings=findings,
            items=items,
            provider_partner_id=provider_partner_id,
            spouse_resident_id=spouse_resident_id,
        )

        return screening_create

