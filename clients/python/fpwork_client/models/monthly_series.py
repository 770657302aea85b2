from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="MonthlySeries")



@_attrs_define
class MonthlySeries:
    """ 
        Attributes:
            code (str):
            months (list[float | None]):
            months_last_year (list[float | None]):
            name_zh (str):
            total (float | None):
            total_last_year (float | None):
     """

    code: str
    months: list[float | None]
    months_last_year: list[float | None]
    name_zh: str
    total: float | None
    total_last_year: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        months = []
        for months_item_data in self.months:
            months_item: float | None
            months_item = months_item_data
            months.append(months_item)



        months_last_year = []
        for months_last_year_item_data in self.months_last_year:
            months_last_year_item: float | None
            months_last_year_item = months_last_year_item_data
            months_last_year.append(months_last_year_item)



        name_zh = self.name_zh

        total: float | None
        total = self.total

        total_last_year: float | None
        total_last_year = self.total_last_year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "months": months,
            "months_last_year": months_last_year,
            "name_zh": name_zh,
            "total": total,
            "total_last_year": total_last_year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        months = []
        _months = d.pop("months")
        for months_item_data in (_months):
            def _parse_months_item(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            months_item = _parse_months_item(months_item_data)

            months.append(months_item)


        months_last_year = []
        _months_last_year = d.pop("months_last_year")
        for months_last_year_item_data in (_months_last_year):
            def _parse_months_last_year_item(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            months_last_year_item = _parse_months_last_year_item(months_last_year_item_data)

            months_last_year.append(months_last_year_item)


        name_zh = d.pop("name_zh")

        def _parse_total(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total = _parse_total(d.pop("total"))


        def _parse_total_last_year(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total_last_year = _parse_total_last_year(d.pop("total_last_year"))


        monthly_series = cls(
            code=code,
            months=months,
            months_last_year=months_last_year,
            name_zh=name_zh,
            total=total,
            total_last_year=total_last_year,
        )


        monthly_series.additional_properties = d
        return monthly_series

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
