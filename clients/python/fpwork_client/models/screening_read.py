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






T = TypeVar("T", bound="ScreeningRead")



@_attrs_define
class ScreeningRead:
    """ 
        Attributes:
            counted_org_id (int): The org whose target it counts toward
            created_at (datetime.datetime):
            findings (None | str): null unless a health:read holder asks for one screening with ?reveal=true (audited)
            has_findings (bool):
            id (int):
            items (list[str]):
            org_id (int): The resident's community (whose casework it is)
            program_id (int):
            provider_partner_id (int | None):
            resident_id (int):
            risk_level (RiskLevel):
            screened_on (datetime.date):
            spouse_resident_id (int | None):
            updated_at (datetime.datetime):
            version (int):
            org_name (None | str | Unset):
            program_name (None | str | Unset):
            resident_name (None | str | Unset):
     """

    counted_org_id: int
    created_at: datetime.datetime
    findings: None | str
    has_findings: bool
    id: int
    items: list[str]
    org_id: int
    program_id: int
    provider_partner_id: int | None
    resident_id: int
    risk_level: RiskLevel
    screened_on: datetime.date
    spouse_resident_id: int | None
    updated_at: datetime.datetime
    version: int
    org_name: None | str | Unset = UNSET
    program_name: None | str | Unset = UNSET
    resident_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        counted_org_id = self.counted_org_id

        created_at = self.created_at.isoformat()

        findings: None | str
        findings = self.findings

        has_findings = self.has_findings

        id = self.id

        items = self.items



        org_id = self.org_id

        program_id = self.program_id

        provider_partner_id: int | None
        provider_partner_id = self.provider_partner_id

        resident_id = self.resident_id

        risk_level = self.risk_level.value

        screened_on = self.screened_on.isoformat()

        spouse_resident_id: int | None
        spouse_resident_id = self.spouse_resident_id

        updated_at = self.updated_at.isoformat()

        version = self.version

        org_name: None | str | Unset
        if isinstance(self.org_name, Unset):
            org_name = UNSET
        else:
            org_name = self.org_name

        program_name: None | str | Unset
        if isinstance(self.program_name, Unset):
            program_name = UNSET
        else:
            program_name = self.program_name

        resident_name: None | str | Unset
        if isinstance(self.resident_name, Unset):
            resident_name = UNSET
        else:
            resident_name = self.resident_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "counted_org_id": counted_org_id,
            "created_at": created_at,
            "findings": findings,
            "has_findings": has_findings,
            "id": id,
            "items": items,
            "org_id": org_id,
            "program_id": program_id,
            "provider_partner_id": provider_partner_id,
            "resident_id": resident_id,
            "risk_level": risk_level,
            "screened_on": screened_on,
            "spouse_resident_id": spouse_resident_id,
            "updated_at": updated_at,
            "version": version,
        })
        if org_name is not UNSET:
            field_dict["org_name"] = org_name
        if program_name is not UNSET:
            field_dict["program_name"] = program_name
        if resident_name is not UNSET:
            field_dict["resident_name"] = resident_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        counted_org_id = d.pop("counted_org_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_findings(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        findings = _parse_findings(d.pop("findings"))


        has_findings = d.pop("has_findings")

        id = d.pop("id")

        items = cast(list[str], d.pop("items"))


        org_id = d.pop("org_id")

        program_id = d.pop("program_id")

        def _parse_provider_partner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        provider_partner_id = _parse_provider_partner_id(d.pop("provider_partner_id"))


        resident_id = d.pop("resident_id")

        risk_level = RiskLevel(d.pop("risk_level"))




        screened_on = datetime.date.fromisoformat(d.pop("screened_on"))




        def _parse_spouse_resident_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        spouse_resident_id = _parse_spouse_resident_id(d.pop("spouse_resident_id"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        def _parse_org_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_name = _parse_org_name(d.pop("org_name", UNSET))


        def _parse_program_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program_name = _parse_program_name(d.pop("program_name", UNSET))


        def _parse_resident_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resident_name = _parse_resident_name(d.pop("resident_name", UNSET))


        screening_read = cls(
            counted_org_id=counted_org_id,
            created_at=created_at,
            findings=findings,
            has_findings=has_findings,
            id=id,
            items=items,
            org_id=org_id,
            program_id=program_id,
            provider_partner_id=provider_partner_id,
            resident_id=resident_id,
            risk_level=risk_level,
            screened_on=screened_on,
            spouse_resident_id=spouse_resident_id,
            updated_at=updated_at,
            version=version,
            org_name=org_name,
            program_name=program_name,
            resident_name=resident_name,
        )


        screening_read.additional_properties = d
        return screening_read

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
