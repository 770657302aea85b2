from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="Reassign")



@_attrs_define
class Reassign:
    """ Move every open assignment of ``from_user_id`` in the caller's area to ``to_user_id``.

        Attributes:
            from_user_id (int):
            to_user_id (int):
            note (str | Unset):  Default: ''.
     """

    from_user_id: int
    to_user_id: int
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        from_user_id = self.from_user_id

        to_user_id = self.to_user_id

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "from_user_id": from_user_id,
            "to_user_id": to_user_id,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_user_id = d.pop("from_user_id")

        to_user_id = d.pop("to_user_id")

        note = d.pop("note", UNSET)

        reassign = cls(
            from_user_id=from_user_id,
            to_user_id=to_user_id,
            note=note,
        )

        return reassign

