from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ConductFigure")



@_attrs_define
class ConductFigure:
    """ 
        Attributes:
            code (str): The figure's code for a computed indicator (grassroots.<code>)
            denominator (int | None):
            name_en (str):
            name_zh (str):
            numerator (int | None):
            unit (str):
            value (float | None): Null: not computable (nothing to divide by)
     """

    code: str
    denominator: int | None
    name_en: str
    name_zh: str
    numerator: int | None
    unit: str
    value: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        denominator: int | None
        denominator = self.denominator

        name_en = self.name_en

        name_zh = self.name_zh

        numerator: int | None
        numerator = self.numerator

        unit = self.unit

        value: float | None
        value = self.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "denominator": denominator,
            "name_en": name_en,
            "name_zh": name_zh,
            "numerator": numerator,
            "unit": unit,
            "value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_denominator(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        denominator = _parse_denominator(d.pop("denominator"))


        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        def _parse_numerator(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        numerator = _parse_numerator(d.pop("numerator"))


        unit = d.pop("unit")

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))


        conduct_figure = cls(
            code=code,
            denominator=denominator,
            name_en=name_en,
            name_zh=name_zh,
            numerator=numerator,
            unit=unit,
            value=value,
        )


        conduct_figure.additional_properties = d
        return conduct_figure

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
