from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RefreshCreate")



@_attrs_define
class RefreshCreate:
    """ 
        Attributes:
            refreshed_on (datetime.date): Not after today nor before the facility opened
            theme (str):
            photo_links (list[str] | Unset):
     """

    refreshed_on: datetime.date
    theme: str
    photo_links: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        refreshed_on = self.refreshed_on.isoformat()

        theme = self.theme

        photo_links: list[str] | Unset = UNSET
        if not isinstance(self.photo_links, Unset):
            photo_links = self.photo_links




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "refreshed_on": refreshed_on,
            "theme": theme,
        })
        if photo_links is not UNSET:
            field_dict["photo_links"] = photo_links

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refreshed_on = datetime.date.fromisoformat(d.pop("refreshed_on"))




        theme = d.pop("theme")

        photo_links = cast(list[str], d.pop("photo_links", UNSET))


        refresh_create = cls(
            refreshed_on=refreshed_on,
            theme=theme,
            photo_links=photo_links,
        )

        return refresh_create

