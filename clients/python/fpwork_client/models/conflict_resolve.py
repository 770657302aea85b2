from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.resolution import Resolution






T = TypeVar("T", bound="ConflictResolve")



@_attrs_define
class ConflictResolve:
    """ 
        Attributes:
            resolution (Resolution):
     """

    resolution: Resolution





    def to_dict(self) -> dict[str, Any]:
        resolution = self.resolution.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "resolution": resolution,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resolution = Resolution(d.pop("resolution"))




        conflict_resolve = cls(
            resolution=resolution,
        )

        return conflict_resolve

