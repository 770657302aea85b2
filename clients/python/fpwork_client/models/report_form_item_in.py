from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ReportFormItemIn")



@_attrs_define
class ReportFormItemIn:
    """ One figure of a form: an indicator of the catalogue, or an area's figure with its names.

        Attributes:
            figure_code (None | str | Unset):
            indicator_code (None | str | Unset):
            name_en (None | str | Unset):
            name_zh (None | str | Unset):
     """

    figure_code: None | str | Unset = UNSET
    indicator_code: None | str | Unset = UNSET
    name_en: None | str | Unset = UNSET
    name_zh: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        figure_code: None | str | Unset
        if isinstance(self.figure_code, Unset):
            figure_code = UNSET
        else:
            figure_code = self.figure_code

        indicator_code: None | str | Unset
        if isinstance(self.indicator_code, Unset):
            indicator_code = UNSET
        else:
            indicator_code = self.indicator_code

        name_en: None | str | Unset
        if isinstance(self.name_en, Unset):
            name_en = UNSET
        else:
            name_en = self.name_en

        name_zh: None | str | Unset
        if isinstance(self.name_zh, Unset):
            name_zh = UNSET
        else:
            name_zh = self.name_zh


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if figure_code is not UNSET:
            field_dict["figure_code"] = figure_code
        if indicator_code is not UNSET:
            field_dict["indicator_code"] = indicator_code
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if name_zh is not UNSET:
            field_dict["name_zh"] = name_zh

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_figure_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        figure_code = _parse_figure_code(d.pop("figure_code", UNSET))


        def _parse_indicator_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        indicator_code = _parse_indicator_code(d.pop("indicator_code", UNSET))


        def _parse_name_en(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_en = _parse_name_en(d.pop("name_en", UNSET))


        def _parse_name_zh(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_zh = _parse_name_zh(d.pop("name_zh", UNSET))


        report_form_item_in = cls(
            figure_code=figure_code,
            indicator_code=indicator_code,
            name_en=name_en,
            name_zh=name_zh,
        )

        return report_form_item_in

