from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ResidentMove")



@_attrs_define
class ResidentMove:
    """ 
        Attributes:
            community_id (int): The community the resident now lives in
     """

    community_id: int





    def to_dict(self) -> dict[str, Any]:
        community_id = self.community_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "community_id": community_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        community_id = d.pop("community_id")

        resident_move = cls(
            community_id=community_id,
        )

        return resident_move

