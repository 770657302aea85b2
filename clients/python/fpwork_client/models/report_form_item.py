from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ReportFormItem")



@_attrs_define
class ReportFormItem:
    """ 
        Attributes:
            code (str): The indicator's code, or the figure's code
            figure_code (None | str):
            indicator_code (None | str):
            name_en (str):
            name_zh (str):
            unit (None | str): The indicator's unit; an area's figure brings its own
     """

    code: str
    figure_code: None | str
    indicator_code: None | str
    name_en: str
    name_zh: str
    unit: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        figure_code: None | str
        figure_code = self.figure_code

        indicator_code: None | str
        indicator_code = self.indicator_code

        name_en = self.name_en

        name_zh = self.name_zh

        unit: None | str
        unit = self.unit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "figure_code": figure_code,
            "indicator_code": indicator_code,
            "name_en": name_en,
            "name_zh": name_zh,
            "unit": unit,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_figure_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        figure_code = _parse_figure_code(d.pop("figure_code"))


        def _parse_indicator_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        indicator_code = _parse_indicator_code(d.pop("indicator_code"))


        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        def _parse_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit = _parse_unit(d.pop("unit"))


        report_form_item = cls(
            code=code,
            figure_code=figure_code,
            indicator_code=indicator_code,
            name_en=name_en,
            name_zh=name_zh,
            unit=unit,
        )


        report_form_item.additional_properties = d
        return report_form_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
