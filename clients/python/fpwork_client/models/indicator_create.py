from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.indicator_direction import IndicatorDirection
from ..models.indicator_source import IndicatorSource
from ..models.indicator_unit import IndicatorUnit
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="IndicatorCreate")



@_attrs_define
class IndicatorCreate:
    """ 
        Attributes:
            code (str):
            direction (IndicatorDirection):
            name_en (str):
            name_zh (str):
            source (IndicatorSource):
            unit (IndicatorUnit):
            deduction_per_unit (float | None | Unset):
            description (str | Unset):  Default: ''.
            figure_code (None | str | Unset): `<area>.<figure>` or `<area>.<family>.<argument>` (a figure per screening
                kind): given for a computed indicator, null for a reported one. It may name a figure an area does not export
                yet: the indicator then reads `computable: false`
     """

    code: str
    direction: IndicatorDirection
    name_en: str
    name_zh: str
    source: IndicatorSource
    unit: IndicatorUnit
    deduction_per_unit: float | None | Unset = UNSET
    description: str | Unset = ''
    figure_code: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        direction = self.direction.value

        name_en = self.name_en

        name_zh = self.name_zh

        source = self.source.value

        unit = self.unit.value

        deduction_per_unit: float | None | Unset
        if isinstance(self.deduction_per_unit, Unset):
            deduction_per_unit = UNSET
        else:
            deduction_per_unit = self.deduction_per_unit

        description = self.description

        figure_code: None | str | Unset
        if isinstance(self.figure_code, Unset):
            figure_code = UNSET
        else:
            figure_code = self.figure_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "direction": direction,
            "name_en": name_en,
            "name_zh": name_zh,
            "source": source,
            "unit": unit,
        })
        if deduction_per_unit is not UNSET:
            field_dict["deduction_per_unit"] = deduction_per_unit
        if description is not UNSET:
            field_dict["description"] = description
        if figure_code is not UNSET:
            field_dict["figure_code"] = figure_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        direction = IndicatorDirection(d.pop("direction"))




        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        source = IndicatorSource(d.pop("source"))




        unit = IndicatorUnit(d.pop("unit"))




        def _parse_deduction_per_unit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        deduction_per_unit = _parse_deduction_per_unit(d.pop("deduction_per_unit", UNSET))


        description = d.pop("description", UNSET)

        def _parse_figure_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        figure_code = _parse_figure_code(d.pop("figure_code", UNSET))


        indicator_create = cls(
            code=code,
            direction=direction,
            name_en=name_en,
            name_zh=name_zh,
            source=source,
            unit=unit,
            deduction_per_unit=deduction_per_unit,
            description=description,
            figure_code=figure_code,
        )

        return indicator_create

