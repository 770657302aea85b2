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
            indicators (list[BookIndicatorIn] | None | Unset):
            pass_mark (float | None | Unset):
            title (None | str | Unset):
     """

    indicators: list[BookIndicatorIn] | None | Unset = UNSET
    pass_mark: float | None | Unset = UNSET
    title: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.book_indicator_in import BookIndicatorIn # noqa: PLC0415
        indicators: list[dict[str, Any]] | None | Unset
        if isinstance(self.indicators, Unset):
            indicators = UNSET
        elif isinstance(self.indicators, list):
            indicators = []
            for indicators_type_0_item_data in self.indicators:
                indicators_type_0_item = indicators_type_0_item_data.to_dict()
                indicators.append(indicators_type_0_item)


        else:
            indicators = self.indicators

        pass_mark: float | None | Unset
        if isinstance(self.pass_mark, Unset):
            pass_mark = UNSET
        else:
            pass_mark = self.pass_mark

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
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
        def _parse_indicators(data: object) -> list[BookIndicatorIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                indicators_type_0 = []
                _indicators_type_0 = data
                for indicators_type_0_item_data in (_indicators_type_0):
                    indicators_type_0_item = BookIndicatorIn.from_dict(indicators_type_0_item_data)



                    indicators_type_0.append(indicators_type_0_item)

                return indicators_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BookIndicatorIn] | None | Unset, data)

        indicators = _parse_indicators(d.pop("indicators", UNSET))


        def _parse_pass_mark(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        pass_mark = _parse_pass_mark(d.pop("pass_mark", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        book_update = cls(
            indicators=indicators,
            pass_mark=pass_mark,
            title=title,
        )

        return book_update

