from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="EvaluationScoreRead")



@_attrs_define
class EvaluationScoreRead:
    """ 
        Attributes:
            actual (float | None):
            adjusted_score (float | None):
            adjustment_reason (None | str):
            book_indicator_id (int):
            computed_score (float):
            denominator (int | None):
            indicator_code (str):
            met (bool | None):
            numerator (int | None):
            target (float):
            veto (bool):
            weight (float):
     """

    actual: float | None
    adjusted_score: float | None
    adjustment_reason: None | str
    book_indicator_id: int
    computed_score: float
    denominator: int | None
    indicator_code: str
    met: bool | None
    numerator: int | None
    target: float
    veto: bool
    weight: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        actual: float | None
        actual = self.actual

        adjusted_score: float | None
        adjusted_score = self.adjusted_score

        adjustment_reason: None | str
        adjustment_reason = self.adjustment_reason

        book_indicator_id = self.book_indicator_id

        computed_score = self.computed_score

        denominator: int | None
        denominator = self.denominator

        indicator_code = self.indicator_code

        met: bool | None
        met = self.met

        numerator: int | None
        numerator = self.numerator

        target = self.target

        veto = self.veto

        weight = self.weight


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "actual": actual,
            "adjusted_score": adjusted_score,
            "adjustment_reason": adjustment_reason,
            "book_indicator_id": book_indicator_id,
            "computed_score": computed_score,
            "denominator": denominator,
            "indicator_code": indicator_code,
            "met": met,
            "numerator": numerator,
            "target": target,
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


        def _parse_adjusted_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        adjusted_score = _parse_adjusted_score(d.pop("adjusted_score"))


        def _parse_adjustment_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        adjustment_reason = _parse_adjustment_reason(d.pop("adjustment_reason"))


        book_indicator_id = d.pop("book_indicator_id")

        computed_score = d.pop("computed_score")

        def _parse_denominator(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        denominator = _parse_denominator(d.pop("denominator"))


        indicator_code = d.pop("indicator_code")

        def _parse_met(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        met = _parse_met(d.pop("met"))


        def _parse_numerator(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        numerator = _parse_numerator(d.pop("numerator"))


        target = d.pop("target")

        veto = d.pop("veto")

        weight = d.pop("weight")

        evaluation_score_read = cls(
            actual=actual,
            adjusted_score=adjusted_score,
            adjustment_reason=adjustment_reason,
            book_indicator_id=book_indicator_id,
            computed_score=computed_score,
            denominator=denominator,
            indicator_code=indicator_code,
            met=met,
            numerator=numerator,
            target=target,
            veto=veto,
            weight=weight,
        )


        evaluation_score_read.additional_properties = d
        return evaluation_score_read

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
