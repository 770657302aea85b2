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





T = TypeVar("T", bound="BookCreate")



@_attrs_define
class BookCreate:
    """ 
        Attributes:
            indicators (list[BookIndicatorIn]): Each indicator once, their weights summing to 100 (within 0.000001); 422
                otherwise.
            org_id (int):
            title (str):
            year (int):
            pass_mark (float | Unset):  Default: 60.0.
     """

    indicators: list[BookIndicatorIn]
    org_id: int
    title: str
    year: int
    pass_mark: float | Unset = 60.0





    def to_dict(self) -> dict[str, Any]:
        from ..models.book_indicator_in import BookIndicatorIn # noqa: PLC0415
        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)



        org_id = self.org_id

        title = self.title

        year = self.year

        pass_mark = self.pass_mark


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "indicators": indicators,
            "org_id": org_id,
            "title": title,
            "year": year,
        })
        if pass_mark is not UNSET:
            field_dict["pass_mark"] = pass_mark

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


        org_id = d.pop("org_id")

        title = d.pop("title")

        year = d.pop("year")

        pass_mark = d.pop("pass_mark", UNSET)

        book_create = cls(
            indicators=indicators,
            org_id=org_id,
            title=title,
            year=year,
            pass_mark=pass_mark,
        )

        return book_create

