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
  from ..models.item_value_not_computable_reason_params_type_0 import ItemValueNotComputableReasonParamsType0





T = TypeVar("T", bound="ItemValue")



@_attrs_define
class ItemValue:
    """ 
        Attributes:
            code (str):
            corrected (bool): Typed in by the street, not read from the records
            denominator (int | None):
            name_zh (str):
            numerator (int | None):
            per (int | None): A rate's multiplier: value = numerator × per / denominator
            unit (str):
            value (float | None):
            not_computable_reason (None | str | Unset): Why the figure has no value, in the request's language
            not_computable_reason_code (None | ReasonCode | Unset): The reason's code (labels: GET /meta/enums,
                system_reason)
            not_computable_reason_params (ItemValueNotComputableReasonParamsType0 | None | Unset): The parameters of
                not_computable_reason_code
     """

    code: str
    corrected: bool
    denominator: int | None
    name_zh: str
    numerator: int | None
    per: int | None
    unit: str
    value: float | None
    not_computable_reason: None | str | Unset = UNSET
    not_computable_reason_code: None | ReasonCode | Unset = UNSET
    not_computable_reason_params: ItemValueNotComputableReasonParamsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.item_value_not_computable_reason_params_type_0 import ItemValueNotComputableReasonParamsType0 # noqa: PLC0415
        code = self.code

        corrected = self.corrected

        denominator: int | None
        denominator = self.denominator

        name_zh = self.name_zh

        numerator: int | None
        numerator = self.numerator

        per: int | None
        per = self.per

        unit = self.unit

        value: float | None
        value = self.value

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
        elif isinstance(self.not_computable_reason_params, ItemValueNotComputableReasonParamsType0):
            not_computable_reason_params = self.not_computable_reason_params.to_dict()
        else:
            not_computable_reason_params = self.not_computable_reason_params


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "corrected": corrected,
            "denominator": denominator,
            "name_zh": name_zh,
            "numerator": numerator,
            "per": per,
            "unit": unit,
            "value": value,
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
        from ..models.item_value_not_computable_reason_params_type_0 import ItemValueNotComputableReasonParamsType0 # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        corrected = d.pop("corrected")

        def _parse_denominator(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        denominator = _parse_denominator(d.pop("denominator"))


        name_zh = d.pop("name_zh")

        def _parse_numerator(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        numerator = _parse_numerator(d.pop("numerator"))


        def _parse_per(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        per = _parse_per(d.pop("per"))


        unit = d.pop("unit")

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))


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


        def _parse_not_computable_reason_params(data: object) -> ItemValueNotComputableReasonParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                not_computable_reason_params_type_0 = ItemValueNotComputableReasonParamsType0.from_dict(data)



                return not_computable_reason_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ItemValueNotComputableReasonParamsType0 | None | Unset, data)

        not_computable_reason_params = _parse_not_computable_reason_params(d.pop("not_computable_reason_params", UNSET))


        item_value = cls(
            code=code,
            corrected=corrected,
            denominator=denominator,
            name_zh=name_zh,
            numerator=numerator,
            per=per,
            unit=unit,
            value=value,
            not_computable_reason=not_computable_reason,
            not_computable_reason_code=not_computable_reason_code,
            not_computable_reason_params=not_computable_reason_params,
        )


        item_value.additional_properties = d
        return item_value

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
