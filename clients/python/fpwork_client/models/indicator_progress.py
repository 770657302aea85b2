from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.indicator_direction import IndicatorDirection
from ..models.indicator_source import IndicatorSource
from ..models.indicator_unit import IndicatorUnit
from typing import cast






T = TypeVar("T", bound="IndicatorProgress")



@_attrs_define
class IndicatorProgress:
    """ 
        Attributes:
            actual (float | None): The value as of the date; null when not computable
            book_indicator_id (int):
            denominator (int | None):
            direction (IndicatorDirection):
            figure_code (None | str):
            indicator_code (str):
            met (bool | None):
            name_en (str):
            name_zh (str):
            not_computable_reason (None | str):
            numerator (int | None):
            score (float):
            source (IndicatorSource):
            target (float):
            unit (IndicatorUnit):
            veto (bool):
            weight (float):
     """

    actual: float | None
    book_indicator_id: int
    denominator: int | None
    direction: IndicatorDirection
    figure_code: None | str
    indicator_code: str
    met: bool | None
    name_en: str
    name_zh: str
    not_computable_reason: None | str
    numerator: int | None
    score: float
    source: IndicatorSource
    target: float
    unit: IndicatorUnit
    veto: bool
    weight: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actual: float | None
        actual = self.actual

        book_indicator_id = self.book_indicator_id

        denominator: int | None
        denominator = self.denominator

        direction = self.direction.value

        figure_code: None | str
        figure_code = self.figure_code

        indicator_code = self.indicator_code

        met: bool | None
        met = self.met

        name_en = self.name_en

        name_zh = self.name_zh

        not_computable_reason: None | str
        not_computable_reason = self.not_computable_reason

        numerator: int | None
        numerator = self.numerator

        score = self.score

        source = self.source.value

        target = self.target

        unit = self.unit.value

        veto = self.veto

        weight = self.weight


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actual": actual,
            "book_indicator_id": book_indicator_id,
            "denominator": denominator,
            "direction": direction,
            "figure_code": figure_code,
            "indicator_code": indicator_code,
            "met": met,
            "name_en": name_en,
            "name_zh": name_zh,
            "not_computable_reason": not_computable_reason,
            "numerator": numerator,
            "score": score,
            "source": source,
            "target": target,
            "unit": unit,
            "veto": veto,
            "weight": weight,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_actual(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        actual = _parse_actual(d.pop("actual"))


        book_indicator_id = d.pop("book_indicator_id")

        def _parse_denominator(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        denominator = _parse_denominator(d.pop("denominator"))


        direction = IndicatorDirection(d.pop("direction"))




        def _parse_figure_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        figure_code = _parse_figure_code(d.pop("figure_code"))


        indicator_code = d.pop("indicator_code")

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))


        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        def _parse_not_computable_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        not_computable_reason = _parse_not_computable_reason(d.pop("not_computable_reason"))


        def _parse_numerator(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        numerator = _parse_numerator(d.pop("numerator"))


        score = d.pop("score")

        source = IndicatorSource(d.pop("source"))




        target = d.pop("target")

        unit = IndicatorUnit(d.pop("unit"))




        veto = d.pop("veto")

        weight = d.pop("weight")

        indicator_progress = cls(
            actual=actual,
            book_indicator_id=book_indicator_id,
            denominator=denominator,
            direction=direction,
            figure_code=figure_code,
            indicator_code=indicator_code,
            met=met,
            name_en=name_en,
            name_zh=name_zh,
            not_computable_reason=not_computable_reason,
            numerator=numerator,
            score=score,
            source=source,
            target=target,
            unit=unit,
            veto=veto,
            weight=weight,
        )


        indicator_progress.additional_properties = d
        return indicator_progress

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
