from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.indicator_direction import IndicatorDirection
from ..models.indicator_source import IndicatorSource
from ..models.indicator_unit import IndicatorUnit
from ..models.reason_code import ReasonCode
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.indicator_progress_not_computable_reason_params_type_0 import IndicatorProgressNotComputableReasonParamsType0





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
            numerator (int | None):
            score (float):
            source (IndicatorSource):
            target (float):
            unit (IndicatorUnit):
            veto (bool):
            weight (float):
            not_computable_reason (None | str | Unset): Why there is no value, in the caller's language (Accept-Language)
            not_computable_reason_code (None | ReasonCode | Unset): Its code (labels: GET /meta/enums, system_reason)
            not_computable_reason_params (IndicatorProgressNotComputableReasonParamsType0 | None | Unset): The parameters of
                not_computable_reason_code
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
    numerator: int | None
    score: float
    source: IndicatorSource
    target: float
    unit: IndicatorUnit
    veto: bool
    weight: float
    not_computable_reason: None | str | Unset = UNSET
    not_computable_reason_code: None | ReasonCode | Unset = UNSET
    not_computable_reason_params: IndicatorProgressNotComputableReasonParamsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.indicator_progress_not_computable_reason_params_type_0 import IndicatorProgressNotComputableReasonParamsType0 # noqa: PLC0415
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

        numerator: int | None
        numerator = self.numerator

        score = self.score

        source = self.source.value

        target = self.target

        unit = self.unit.value

        veto = self.veto

        weight = self.weight

        not_computable_reason: None | str | Unset
        if isinstance(self.not_computable_reason, Unset):
            not_computable_reason = UNSET
        else:
            not_computable_reason = self.not_computable_reason

        not_computable_reason_code: None | str | Unset
        if isinstance(self.not_computable_reason_code, Unset):
            not_computable_reason_code = UNSET
        elif isinstance(self.not_computable_reason_code, ReasonCode):
            not_computable_reason_code = self.not_computable_reason_code.value
        else:
            not_computable_reason_code = self.not_computable_reason_code

        not_computable_reason_params: dict[str, Any] | None | Unset
        if isinstance(self.not_computable_reason_params, Unset):
            not_computable_reason_params = UNSET
        elif isinstance(self.not_computable_reason_params, IndicatorProgressNotComputableReasonParamsType0):
            not_computable_reason_params = self.not_computable_reason_params.to_dict()
        else:
            not_computable_reason_params = self.not_computable_reason_params


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
            "numerator": numerator,
            "score": score,
            "source": source,
            "target": target,
            "unit": unit,
            "veto": veto,
            "weight": weight,
        })
        if not_computable_reason is not UNSET:
            field_dict["not_computable_reason"] = not_computable_reason
        if not_computable_reason_code is not UNSET:
            field_dict["not_computable_reason_code"] = not_computable_reason_code
        if not_computable_reason_params is not UNSET:
            field_dict["not_computable_reason_params"] = not_computable_reason_params

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_progress_not_computable_reason_params_type_0 import IndicatorProgressNotComputableReasonParamsType0 # noqa: PLC0415
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

        def _parse_not_computable_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        not_computable_reason = _parse_not_computable_reason(d.pop("not_computable_reason", UNSET))


        def _parse_not_computable_reason_code(data: object) -> None | ReasonCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                not_computable_reason_code_type_0 = ReasonCode(data)



                return not_computable_reason_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasonCode | Unset, data)

        not_computable_reason_code = _parse_not_computable_reason_code(d.pop("not_computable_reason_code", UNSET))


        def _parse_not_computable_reason_params(data: object) -> IndicatorProgressNotComputableReasonParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                not_computable_reason_params_type_0 = IndicatorProgressNotComputableReasonParamsType0.from_dict(data)



                return not_computable_reason_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndicatorProgressNotComputableReasonParamsType0 | None | Unset, data)

        not_computable_reason_params = _parse_not_computable_reason_params(d.pop("not_computable_reason_params", UNSET))


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
            numerator=numerator,
            score=score,
            source=source,
            target=target,
            unit=unit,
            veto=veto,
            weight=weight,
            not_computable_reason=not_computable_reason,
            not_computable_reason_code=not_computable_reason_code,
            not_computable_reason_params=not_computable_reason_params,
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
