from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ReassignResult")



@_attrs_define
class ReassignResult:
    """ 
        Attributes:
            moved (list[int]):
     """

    moved: list[int]





    def to_dict(self) -> dict[str, Any]:
        moved = self.moved




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "moved": moved,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        moved = cast(list[int], d.pop("moved"))


        reassign_result = cls(
            moved=moved,
        )

        return reassign_result

