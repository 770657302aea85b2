from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="BookIndicatorIn")



@_attrs_define
class BookIndicatorIn:
    """ 
        Attributes:
            indicator_id (int):
            target (float):
            weight (float):
            veto (bool | Unset):  Default: False.
     """

    indicator_id: int
    target: float
    weight: float
    veto: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        indicator_id = self.indicator_id

        target = self.target

        weight = self.weight

        veto = self.veto


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "indicator_id": indicator_id,
            "target": target,
            "weight": weight,
        })
        if veto is not UNSET:
            field_dict["veto"] = veto

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator_id = d.pop("indicator_id")

        target = d.pop("target")

        weight = d.pop("weight")

        veto = d.pop("veto", UNSET)

        book_indicator_in = cls(
            indicator_id=indicator_id,
            target=target,
            weight=weight,
            veto=veto,
        )

        return book_indicator_in

