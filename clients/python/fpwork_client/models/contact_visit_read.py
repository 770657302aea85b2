from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.contact_kind import ContactKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ContactVisitRead")



@_attrs_define
class ContactVisitRead:
    """ 
        Attributes:
            contact_by (str):
            contacted_on (datetime.date):
            created_at (datetime.datetime):
            id (int):
            kind (ContactKind):
            notes (None | str):
            org_id (int):
            partner_id (int | None):
            resident_id (int | None):
            version (int):
            org_name (None | str | Unset): The community's name
            partner_name (None | str | Unset): The partner's name
            resident_name (None | str | Unset): The resident's name
     """

    contact_by: str
    contacted_on: datetime.date
    created_at: datetime.datetime
    id: int
    kind: ContactKind
    notes: None | str
    org_id: int
    partner_id: int | None
    resident_id: int | None
    version: int
    org_name: None | str | Unset = UNSET
    partner_name: None | str | Unset = UNSET
    resident_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        contact_by = self.contact_by

        contacted_on = self.contacted_on.isoformat()

        created_at = self.created_at.isoformat()

        id = self.id

        kind = self.kind.value

        notes: None | str
        notes = self.notes

        org_id = self.org_id

        partner_id: int | None
        partner_id = self.partner_id

        resident_id: int | None
        resident_id = self.resident_id

        version = self.version

        org_name: None | str | Unset
        if isinstance(self.org_name, Unset):
            org_name = UNSET
        else:
            org_name = self.org_name

        partner_name: None | str | Unset
        if isinstance(self.partner_name, Unset):
            partner_name = UNSET
        else:
            partner_name = self.partner_name

        resident_name: None | str | Unset
        if isinstance(self.resident_name, Unset):
            resident_name = UNSET
        else:
            resident_name = self.resident_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "contact_by": contact_by,
            "contacted_on": contacted_on,
            "created_at": created_at,
            "id": id,
            "kind": kind,
            "notes": notes,
            "org_id": org_id,
            "partner_id": partner_id,
            "resident_id": resident_id,
            "version": version,
        })
        if org_name is not UNSET:
            field_dict["org_name"] = org_name
        if partner_name is not UNSET:
            field_dict["partner_name"] = partner_name
        if resident_name is not UNSET:
            field_dict["resident_name"] = resident_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_by = d.pop("contact_by")

        contacted_on = datetime.date.fromisoformat(d.pop("contacted_on"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        kind = ContactKind(d.pop("kind"))




        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        org_id = d.pop("org_id")

        def _parse_partner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        partner_id = _parse_partner_id(d.pop("partner_id"))


        def _parse_resident_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resident_id = _parse_resident_id(d.pop("resident_id"))


        version = d.pop("version")

        def _parse_org_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_name = _parse_org_name(d.pop("org_name", UNSET))


        def _parse_partner_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_name = _parse_partner_name(d.pop("partner_name", UNSET))


        def _parse_resident_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resident_name = _parse_resident_name(d.pop("resident_name", UNSET))


        contact_visit_read = cls(
            contact_by=contact_by,
            contacted_on=contacted_on,
            created_at=created_at,
            id=id,
            kind=kind,
            notes=notes,
            org_id=org_id,
            partner_id=partner_id,
            resident_id=resident_id,
            version=version,
            org_name=org_name,
            partner_name=partner_name,
            resident_name=resident_name,
        )


        contact_visit_read.additional_properties = d
        return contact_visit_read

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
