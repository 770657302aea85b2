from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ScoreAdjust")



@_attrs_define
class ScoreAdjust:
    """ 
        Attributes:
            adjusted_score (float):
            book_indicator_id (int):
            reason (str):
     """

    adjusted_score: float
    book_indicator_id: int
    reason: str





    def to_dict(self) -> dict[str, Any]:
        adjusted_score = self.adjusted_score

        book_indicator_id = self.book_indicator_id

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "adjusted_score": adjusted_score,
            "book_indicator_id": book_indicator_id,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        adjusted_score = d.pop("adjusted_score")

        book_indicator_id = d.pop("book_indicator_id")

        reason = d.pop("reason")

        score_adjust = cls(
            adjusted_score=adjusted_score,
            book_indicator_id=book_indicator_id,
            reason=reason,
        )

        return score_adjust

