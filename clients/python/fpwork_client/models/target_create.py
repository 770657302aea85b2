from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="TargetCreate")



@_attrs_define
class TargetCreate:
    """ 
        Attributes:
            org_id (int): The community or unit given the target
            target_count (int):
     """

    org_id: int
    target_count: int





    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        target_count = self.target_count


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "org_id": org_id,
            "target_count": target_count,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org_id = d.pop("org_id")

        target_count = d.pop("target_count")

        target_create = cls(
            org_id=org_id,
            target_count=target_count,
        )

        return target_create

