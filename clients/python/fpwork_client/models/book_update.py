from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.book_indicator_in import BookIndicatorIn





T = TypeVar("T", bound="BookUpdate")



@_attrs_define
class BookUpdate:
    """ Changes to a draft: any field given replaces the current one.

        Attributes:
            indicators (list[BookIndicatorIn] | Unset): Each indicator once, their weights summing to 100 (within 0.000001);
                422 otherwise.
            pass_mark (float | Unset):
            title (str | Unset):
     """

    indicators: list[BookIndicatorIn] | Unset = UNSET
    pass_mark: float | Unset = UNSET
    title: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.book_indicator_in import BookIndicatorIn # noqa: PLC0415
        indicators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indicators, Unset):
            indicators = []
            for indicators_item_data in self.indicators:
                indicators_item = indicators_item_data.to_dict()
                indicators.append(indicators_item)



        pass_mark = self.pass_mark

        title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if indicators is not UNSET:
            field_dict["indicators"] = indicators
        if pass_mark is not UNSET:
            field_dict["pass_mark"] = pass_mark
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_indicator_in import BookIndicatorIn # noqa: PLC0415
        d = dict(src_dict)
        _indicators = d.pop("indicators", UNSET)
        indicators: list[BookIndicatorIn] | Unset = UNSET
        if _indicators is not UNSET:
            indicators = []
            for indicators_item_data in _indicators:
                indicators_item = BookIndicatorIn.from_dict(indicators_item_data)



                indicators.append(indicators_item)


        pass_mark = d.pop("pass_mark", UNSET)

        title = d.pop("title", UNSET)

        book_update = cls(
            indicators=indicators,
            pass_mark=pass_mark,
            title=title,
        )

        return book_update

