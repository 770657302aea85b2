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
  from ..models.indicator_read_not_computable_reason_params_type_0 import IndicatorReadNotComputableReasonParamsType0





T = TypeVar("T", bound="IndicatorRead")



@_attrs_define
class IndicatorRead:
    """ 
        Attributes:
            code (str):
            deduction_per_unit (float | None):
            description (str):
            direction (IndicatorDirection):
            figure_code (None | str):
            id (int):
            name_en (str):
            name_zh (str):
            source (IndicatorSource):
            unit (IndicatorUnit):
            computable (bool | Unset):  Default: True.
            not_computable_reason (None | str | Unset): Why there is no value, in the caller's language (Accept-Language)
            not_computable_reason_code (None | ReasonCode | Unset): Its code (labels: GET /meta/enums, system_reason)
            not_computable_reason_params (IndicatorReadNotComputableReasonParamsType0 | None | Unset): The parameters of
                not_computable_reason_code
     """

    code: str
    deduction_per_unit: float | None
    description: str
    direction: IndicatorDirection
    figure_code: None | str
    id: int
    name_en: str
    name_zh: str
    source: IndicatorSource
    unit: IndicatorUnit
    computable: bool | Unset = True
    not_computable_reason: None | str | Unset = UNSET
    not_computable_reason_code: None | ReasonCode | Unset = UNSET
    not_computable_reason_params: IndicatorReadNotComputableReasonParamsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.indicator_read_not_computable_reason_params_type_0 import IndicatorReadNotComputableReasonParamsType0 # noqa: PLC0415
        code = self.code

        deduction_per_unit: float | None
        deduction_per_unit = self.deduction_per_unit

        description = self.description

        direction = self.direction.value

        figure_code: None | str
        figure_code = self.figure_code

        id = self.id

        name_en = self.name_en

        name_zh = self.name_zh

        source = self.source.value

        unit = self.unit.value

        computable = self.computable

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
        elif isinstance(self.not_computable_reason_params, IndicatorReadNotComputableReasonParamsType0):
            not_computable_reason_params = self.not_computable_reason_params.to_dict()
        else:
            not_computable_reason_params = self.not_computable_reason_params


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "deduction_per_unit": deduction_per_unit,
            "description": description,
            "direction": direction,
            "figure_code": figure_code,
            "id": id,
            "name_en": name_en,
            "name_zh": name_zh,
            "source": source,
            "unit": unit,
        })
        if computable is not UNSET:
            field_dict["computable"] = computable
        if not_computable_reason is not UNSET:
            field_dict["not_computable_reason"] = not_computable_reason
        if not_computable_reason_code is not UNSET:
            field_dict["not_computable_reason_code"] = not_computable_reason_code
        if not_computable_reason_params is not UNSET:
            field_dict["not_computable_reason_params"] = not_computable_reason_params

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_read_not_computable_reason_params_type_0 import IndicatorReadNotComputableReasonParamsType0 # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_deduction_per_unit(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        deduction_per_unit = _parse_deduction_per_unit(d.pop("deduction_per_unit"))


        description = d.pop("description")

        direction = IndicatorDirection(d.pop("direction"))




        def _parse_figure_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        figure_code = _parse_figure_code(d.pop("figure_code"))


        id = d.pop("id")

        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        source = IndicatorSource(d.pop("source"))




        unit = IndicatorUnit(d.pop("unit"))




        computable = d.pop("computable", UNSET)

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


        def _parse_not_computable_reason_params(data: object) -> IndicatorReadNotComputableReasonParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                not_computable_reason_params_type_0 = IndicatorReadNotComputableReasonParamsType0.from_dict(data)



                return not_computable_reason_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndicatorReadNotComputableReasonParamsType0 | None | Unset, data)

        not_computable_reason_params = _parse_not_computable_reason_params(d.pop("not_computable_reason_params", UNSET))


        indicator_read = cls(
            code=code,
            deduction_per_unit=deduction_per_unit,
            description=description,
            direction=direction,
            figure_code=figure_code,
            id=id,
            name_en=name_en,
            name_zh=name_zh,
            source=source,
            unit=unit,
            computable=computable,
            not_computable_reason=not_computable_reason,
            not_computable_reason_code=not_computable_reason_code,
            not_computable_reason_params=not_computable_reason_params,
        )


        indicator_read.additional_properties = d
        return indicator_read

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
