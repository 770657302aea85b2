from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="SubscriptionRead")



@_attrs_define
class SubscriptionRead:
    """ 
        Attributes:
            active (bool):
            created_at (datetime.datetime):
            description (None | str):
            event_types (list[str]):
            id (int):
            org_id (int):
            url (str):
            version (int):
     """

    active: bool
    created_at: datetime.datetime
    description: None | str
    event_types: list[str]
    id: int
    org_id: int
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_at = self.created_at.isoformat()

        description: None | str
        description = self.description

        event_types = self.event_types



        id = self.id

        org_id = self.org_id

        url = self.url

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "created_at": created_at,
            "description": description,
            "event_types": event_types,
            "id": id,
            "org_id": org_id,
            "url": url,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))


        event_types = cast(list[str], d.pop("event_types"))


        id = d.pop("id")

        org_id = d.pop("org_id")

        url = d.pop("url")

        version = d.pop("version")

        subscription_read = cls(
            active=active,
            created_at=created_at,
            description=description,
            event_types=event_types,
            id=id,
            org_id=org_id,
            url=url,
            version=version,
        )


        subscription_read.additional_properties = d
        return subscription_read

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
