from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="RefreshRead")



@_attrs_define
class RefreshRead:
    """ 
        Attributes:
            created_at (datetime.datetime):
            facility_id (int):
            id (int):
            photo_links (list[str]):
            refreshed_on (datetime.date):
            theme (str):
     """

    created_at: datetime.datetime
    facility_id: int
    id: int
    photo_links: list[str]
    refreshed_on: datetime.date
    theme: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        facility_id = self.facility_id

        id = self.id

        photo_links = self.photo_links



        refreshed_on = self.refreshed_on.isoformat()

        theme = self.theme


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "facility_id": facility_id,
            "id": id,
            "photo_links": photo_links,
            "refreshed_on": refreshed_on,
            "theme": theme,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        facility_id = d.pop("facility_id")

        id = d.pop("id")

        photo_links = cast(list[str], d.pop("photo_links"))


        refreshed_on = datetime.date.fromisoformat(d.pop("refreshed_on"))




        theme = d.pop("theme")

        refresh_read = cls(
            created_at=created_at,
            facility_id=facility_id,
            id=id,
            photo_links=photo_links,
            refreshed_on=refreshed_on,
            theme=theme,
        )


        refresh_read.additional_properties = d
        return refresh_read

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
