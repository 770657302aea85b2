from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="FeedbackRating")



@_attrs_define
class FeedbackRating:
    """ 
        Attributes:
            satisfaction (int): 1 (very dissatisfied) … 5 (very satisfied)
     """

    satisfaction: int





    def to_dict(self) -> dict[str, Any]:
        satisfaction = self.satisfaction


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "satisfaction": satisfaction,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        satisfaction = d.pop("satisfaction")

        feedback_rating = cls(
            satisfaction=satisfaction,
        )

        return feedback_rating

