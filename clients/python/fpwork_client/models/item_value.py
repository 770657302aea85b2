from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ItemValue")



@_attrs_define
class ItemValue:
    """ 
        Attributes:
            code (str):
            corrected (bool): Typed in by the street, not read from the records
            denominator (int | None):
            name_zh (str):
            not_computable_reason (None | str):
            numerator (int | None):
            per (int | None): A rate's multiplier: value = numerator × per / denominator
            unit (str):
            value (float | None):
     """

    code: str
    corrected: bool
    denominator: int | None
    name_zh: str
    not_computable_reason: None | str
    numerator: int | None
    per: int | None
    unit: str
    value: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        corrected = self.corrected

        denominator: int | None
        denominator = self.denominator

        name_zh = self.name_zh

        not_computable_reason: None | str
        not_computable_reason = self.not_computable_reason

        numerator: int | None
        numerator = self.numerator

        per: int | None
        per = self.per

        unit = self.unit

        value: float | None
        value = self.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "corrected": corrected,
            "denominator": denominator,
            "name_zh": name_zh,
            "not_computable_reason": not_computable_reason,
            "numerator": numerator,
            "per": per,
            "unit": unit,
            "value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        corrected = d.pop("corrected")

        def _parse_denominator(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        denominator = _parse_denominator(d.pop("denominator"))


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


        item_value = cls(
            code=code,
            corrected=corrected,
            denominator=denominator,
            name_zh=name_zh,
            not_computable_reason=not_computable_reason,
            numerator=numerator,
            per=per,
            unit=unit,
            value=value,
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
