from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.partner_kind import PartnerKind
from typing import cast
import datetime






T = TypeVar("T", bound="PartnerRead")



@_attrs_define
class PartnerRead:
    """ 
        Attributes:
            active (bool):
            address (None | str):
            contact_name (None | str):
            contact_phone (None | str):
            created_at (datetime.datetime):
            id (int):
            kind (PartnerKind):
            name (str):
            org_id (int):
            services (list[str]):
            updated_at (datetime.datetime):
            version (int):
     """

    active: bool
    address: None | str
    contact_name: None | str
    contact_phone: None | str
    created_at: datetime.datetime
    id: int
    kind: PartnerKind
    name: str
    org_id: int
    services: list[str]
    updated_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address: None | str
        address = self.address

        contact_name: None | str
        contact_name = self.contact_name

        contact_phone: None | str
        contact_phone = self.contact_phone

        created_at = self.created_at.isoformat()

        id = self.id

        kind = self.kind.value

        name = self.name

        org_id = self.org_id

        services = self.services



        updated_at = self.updated_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "address": address,
            "contact_name": contact_name,
            "contact_phone": contact_phone,
            "created_at": created_at,
            "id": id,
            "kind": kind,
            "name": name,
            "org_id": org_id,
            "services": services,
            "updated_at": updated_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))


        def _parse_contact_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_name = _parse_contact_name(d.pop("contact_name"))


        def _parse_contact_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        kind = PartnerKind(d.pop("kind"))




        name = d.pop("name")

        org_id = d.pop("org_id")

        services = cast(list[str], d.pop("services"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        version = d.pop("version")

        partner_read = cls(
            active=active,
            address=address,
            contact_name=contact_name,
            contact_phone=contact_phone,
            created_at=created_at,
            id=id,
            kind=kind,
            name=name,
            org_id=org_id,
            services=services,
            updated_at=updated_at,
            version=version,
        )


        partner_read.additional_properties = d
        return partner_read

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
