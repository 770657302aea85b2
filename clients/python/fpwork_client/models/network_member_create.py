from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="NetworkMemberCreate")



@_attrs_define
class NetworkMemberCreate:
    """ 网络联盟: a partner's service point joins a community's service network.

        Attributes:
            joined_on (datetime.date): Not after today
            org_id (int): The community whose network the point joins
            partner_id (int):
            service_point (str):
            services (list[str]): What it provides
            address (None | str | Unset):
     """

    joined_on: datetime.date
    org_id: int
    partner_id: int
    service_point: str
    services: list[str]
    address: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        joined_on = self.joined_on.isoformat()

        org_id = self.org_id

        partner_id = self.partner_id

        service_point = self.service_point

        services = self.services



        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "joined_on": joined_on,
            "org_id": org_id,
            "partner_id": partner_id,
            "service_point": service_point,
            "services": services,
        })
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        joined_on = datetime.date.fromisoformat(d.pop("joined_on"))




        org_id = d.pop("org_id")

        partner_id = d.pop("partner_id")

        service_point = d.pop("service_point")

        services = cast(list[str], d.pop("services"))


        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        network_member_create = cls(
            joined_on=joined_on,
            org_id=org_id,
            partner_id=partner_id,
            service_point=service_point,
            services=services,
            address=address,
        )

        return network_member_create

