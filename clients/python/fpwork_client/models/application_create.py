from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ApplicationCreate")



@_attrs_define
class ApplicationCreate:
    """ 
        Attributes:
            family_id (int):
            program_id (int):
            materials (list[str] | Unset): Codes of the materials handed in
            note (str | Unset):  Default: ''.
     """

    family_id: int
    program_id: int
    materials: list[str] | Unset = UNSET
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        family_id = self.family_id

        program_id = self.program_id

        materials: list[str] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = self.materials



        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "family_id": family_id,
            "program_id": program_id,
        })
        if materials is not UNSET:
            field_dict["materials"] = materials
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        family_id = d.pop("family_id")

        program_id = d.pop("program_id")

        materials = cast(list[str], d.pop("materials", UNSET))


        note = d.pop("note", UNSET)

        application_create = cls(
            family_id=family_id,
            program_id=program_id,
            materials=materials,
            note=note,
        )

        return application_create

