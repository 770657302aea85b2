from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="NetworkMemberRead")



@_attrs_define
class NetworkMemberRead:
    """ 
        Attributes:
            address (None | str):
            created_at (datetime.datetime):
            id (int):
            joined_on (datetime.date):
            left_on (datetime.date | None):
            org_id (int):
            partner_id (int):
            service_point (str):
            services (list[str]):
            version (int):
            org_name (None | str | Unset): The community's name
            partner_name (None | str | Unset): The partner's name
     """

    address: None | str
    created_at: datetime.datetime
    id: int
    joined_on: datetime.date
    left_on: datetime.date | None
    org_id: int
    partner_id: int
    service_point: str
    services: list[str]
    version: int
    org_name: None | str | Unset = UNSET
    partner_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        address: None | str
        address = self.address

        created_at = self.created_at.isoformat()

        id = self.id

        joined_on = self.joined_on.isoformat()

        left_on: None | str
        if isinstance(self.left_on, datetime.date):
            left_on = self.left_on.isoformat()
        else:
            left_on = self.left_on

        org_id = self.org_id

        partner_id = self.partner_id

        service_point = self.service_point

        services = self.services



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


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "address": address,
            "created_at": created_at,
            "id": id,
            "joined_on": joined_on,
            "left_on": left_on,
            "org_id": org_id,
            "partner_id": partner_id,
            "service_point": service_point,
            "services": services,
            "version": version,
        })
        if org_name is not UNSET:
            field_dict["org_name"] = org_name
        if partner_name is not UNSET:
            field_dict["partner_name"] = partner_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        id = d.pop("id")

        joined_on = datetime.date.fromisoformat(d.pop("joined_on"))




        def _parse_left_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                left_on_type_0 = datetime.date.fromisoformat(data)



                return left_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        left_on = _parse_left_on(d.pop("left_on"))


        org_id = d.pop("org_id")

        partner_id = d.pop("partner_id")

        service_point = d.pop("service_point")

        services = cast(list[str], d.pop("services"))


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


        network_member_read = cls(
            address=address,
            created_at=created_at,
            id=id,
            joined_on=joined_on,
            left_on=left_on,
            org_id=org_id,
            partner_id=partner_id,
            service_point=service_point,
            services=services,
            version=version,
            org_name=org_name,
            partner_name=partner_name,
        )


        network_member_read.additional_properties = d
        return network_member_read

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
