from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ApplicationUpdate")



@_attrs_define
class ApplicationUpdate:
    """ 
        Attributes:
            materials (list[str] | Unset):
            note (str | Unset):
     """

    materials: list[str] | Unset = UNSET
    note: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        materials: list[str] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = self.materials



        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if materials is not UNSET:
            field_dict["materials"] = materials
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        materials = cast(list[str], d.pop("materials", UNSET))


        note = d.pop("note", UNSET)

        application_update = cls(
            materials=materials,
            note=note,
        )

        return application_update

