from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reason_code import ReasonCode
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.figure_value_not_computable_reason_params_type_0 import FigureValueNotComputableReasonParamsType0





T = TypeVar("T", bound="FigureValue")



@_attrs_define
class FigureValue:
    """ 
        Attributes:
            code (str):
            name_zh (str):
            unit (str):
            value (float | None):
            denominator (int | None | Unset):
            last_year (float | None | Unset):
            not_computable_reason (None | str | Unset): Why there is no value, in the caller's language (Accept-Language)
            not_computable_reason_code (None | ReasonCode | Unset): Its code (labels: GET /meta/enums, system_reason)
            not_computable_reason_params (FigureValueNotComputableReasonParamsType0 | None | Unset): The parameters of
                not_computable_reason_code
            numerator (int | None | Unset):
     """

    code: str
    name_zh: str
    unit: str
    value: float | None
    denominator: int | None | Unset = UNSET
    last_year: float | None | Unset = UNSET
    not_computable_reason: None | str | Unset = UNSET
    not_computable_reason_code: None | ReasonCode | Unset = UNSET
    not_computable_reason_params: FigureValueNotComputableReasonParamsType0 | None | Unset = UNSET
    numerator: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.figure_value_not_computable_reason_params_type_0 import FigureValueNotComputableReasonParamsType0 # noqa: PLC0415
        code = self.code

        name_zh = self.name_zh

        unit = self.unit

        value: float | None
        value = self.value

        denominator: int | None | Unset
        if isinstance(self.denominator, Unset):
            denominator = UNSET
        else:
            denominator = self.denominator

        last_year: float | None | Unset
        if isinstance(self.last_year, Unset):
            last_year = UNSET
        else:
            last_year = self.last_year

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
        elif isinstance(self.not_computable_reason_params, FigureValueNotComputableReasonParamsType0):
            not_computable_reason_params = self.not_computable_reason_params.to_dict()
        else:
            not_computable_reason_params = self.not_computable_reason_params

        numerator: int | None | Unset
        if isinstance(self.numerator, Unset):
            numerator = UNSET
        else:
            numerator = self.numerator


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name_zh": name_zh,
            "unit": unit,
            "value": value,
        })
        if denominator is not UNSET:
            field_dict["denominator"] = denominator
        if last_year is not UNSET:
            field_dict["last_year"] = last_year
        if not_computable_reason is not UNSET:
            field_dict["not_computable_reason"] = not_computable_reason
        if not_computable_reason_code is not UNSET:
            field_dict["not_computable_reason_code"] = not_computable_reason_code
        if not_computable_reason_params is not UNSET:
            field_dict["not_computable_reason_params"] = not_computable_reason_params
        if numerator is not UNSET:
            field_dict["numerator"] = numerator

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figure_value_not_computable_reason_params_type_0 import FigureValueNotComputableReasonParamsType0 # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        name_zh = d.pop("name_zh")

        unit = d.pop("unit")

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))


        def _parse_denominator(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        denominator = _parse_denominator(d.pop("denominator", UNSET))


        def _parse_last_year(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        last_year = _parse_last_year(d.pop("last_year", UNSET))


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


        def _parse_not_computable_reason_params(data: object) -> FigureValueNotComputableReasonParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                not_computable_reason_params_type_0 = FigureValueNotComputableReasonParamsType0.from_dict(data)



                return not_computable_reason_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FigureValueNotComputableReasonParamsType0 | None | Unset, data)

        not_computable_reason_params = _parse_not_computable_reason_params(d.pop("not_computable_reason_params", UNSET))


        def _parse_numerator(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        numerator = _parse_numerator(d.pop("numerator", UNSET))


        figure_value = cls(
            code=code,
            name_zh=name_zh,
            unit=unit,
            value=value,
            denominator=denominator,
            last_year=last_year,
            not_computable_reason=not_computable_reason,
            not_computable_reason_code=not_computable_reason_code,
            not_computable_reason_params=not_computable_reason_params,
            numerator=numerator,
        )


        figure_value.additional_properties = d
        return figure_value

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
