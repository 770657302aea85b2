from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PartnerUpdate")



@_attrs_define
class PartnerUpdate:
    """ 
        Attributes:
            active (bool | Unset):
            address (None | str | Unset): `null` clears it.
            contact_name (None | str | Unset): `null` clears it.
            contact_phone (None | str | Unset): `null` clears it.
            name (str | Unset):
            services (list[str] | Unset):
     """

    active: bool | Unset = UNSET
    address: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    contact_phone: None | str | Unset = UNSET
    name: str | Unset = UNSET
    services: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        contact_phone: None | str | Unset
        if isinstance(self.contact_phone, Unset):
            contact_phone = UNSET
        else:
            contact_phone = self.contact_phone

        name = self.name

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if contact_phone is not UNSET:
            field_dict["contact_phone"] = contact_phone
        if name is not UNSET:
            field_dict["name"] = name
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))


        def _parse_contact_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone", UNSET))


        name = d.pop("name", UNSET)

        services = cast(list[str], d.pop("services", UNSET))


        partner_update = cls(
            active=active,
            address=address,
            contact_name=contact_name,
            contact_phone=contact_phone,
            name=name,
            services=services,
        )

        return partner_update

