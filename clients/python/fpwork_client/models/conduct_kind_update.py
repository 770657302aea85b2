from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ConductKindUpdate")



@_attrs_define
class ConductKindUpdate:
    """ 
        Attributes:
            active (bool | Unset): An inactive kind is kept but takes no new activity
            name_en (str | Unset):
            name_zh (str | Unset):
     """

    active: bool | Unset = UNSET
    name_en: str | Unset = UNSET
    name_zh: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        name_en = self.name_en

        name_zh = self.name_zh


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if active is not UNSET:
            field_dict["active"] = active
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if name_zh is not UNSET:
            field_dict["name_zh"] = name_zh

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        name_en = d.pop("name_en", UNSET)

        name_zh = d.pop("name_zh", UNSET)

        conduct_kind_update = cls(
            active=active,
            name_en=name_en,
            name_zh=name_zh,
        )

        return conduct_kind_update

