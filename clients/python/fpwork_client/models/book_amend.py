from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.book_indicator_in import BookIndicatorIn





T = TypeVar("T", bound="BookAmend")



@_attrs_define
class BookAmend:
    """ 
        Attributes:
            indicators (list[BookIndicatorIn]): Each indicator once, their weights summing to 100 (within 0.000001); 422
                otherwise.
            reason (str):
     """

    indicators: list[BookIndicatorIn]
    reason: str





    def to_dict(self) -> dict[str, Any]:
        from ..models.book_indicator_in import BookIndicatorIn # noqa: PLC0415
        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)



        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "indicators": indicators,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_indicator_in import BookIndicatorIn # noqa: PLC0415
        d = dict(src_dict)
        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in (_indicators):
            indicators_item = BookIndicatorIn.from_dict(indicators_item_data)



            indicators.append(indicators_item)


        reason = d.pop("reason")

        book_amend = cls(
            indicators=indicators,
            reason=reason,
        )

        return book_amend

