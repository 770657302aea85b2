from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pairing_group import PairingGroup
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PartnerPairingRead")



@_attrs_define
class PartnerPairingRead:
    """ 
        Attributes:
            created_at (datetime.datetime):
            ended_on (datetime.date | None):
            id (int):
            members (int): Residents and families paired
            org_id (int):
            partner_id (int):
            services (list[str]):
            started_on (datetime.date):
            target_group (PairingGroup): Whom a partner is paired with (the service objects of the action).
            title (str):
            version (int):
            org_name (None | str | Unset): The community's name
            partner_name (None | str | Unset): The partner's name
     """

    created_at: datetime.datetime
    ended_on: datetime.date | None
    id: int
    members: int
    org_id: int
    partner_id: int
    services: list[str]
    started_on: datetime.date
    target_group: PairingGroup
    title: str
    version: int
    org_name: None | str | Unset = UNSET
    partner_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        id = self.id

        members = self.members

        org_id = self.org_id

        partner_id = self.partner_id

        services = self.services



        started_on = self.started_on.isoformat()

        target_group = self.target_group.value

        title = self.title

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
            "created_at": created_at,
            "ended_on": ended_on,
            "id": id,
            "members": members,
            "org_id": org_id,
            "partner_id": partner_id,
            "services": services,
            "started_on": started_on,
            "target_group": target_group,
            "title": title,
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
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)



                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))


        id = d.pop("id")

        members = d.pop("members")

        org_id = d.pop("org_id")

        partner_id = d.pop("partner_id")

        services = cast(list[str], d.pop("services"))


        started_on = datetime.date.fromisoformat(d.pop("started_on"))




        target_group = PairingGroup(d.pop("target_group"))




        title = d.pop("title")

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


        partner_pairing_read = cls(
            created_at=created_at,
            ended_on=ended_on,
            id=id,
            members=members,
            org_id=org_id,
            partner_id=partner_id,
            services=services,
            started_on=started_on,
            target_group=target_group,
            title=title,
            version=version,
            org_name=org_name,
            partner_name=partner_name,
        )


        partner_pairing_read.additional_properties = d
        return partner_pairing_read

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
