from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="StockOutReportRow")



@_attrs_define
class StockOutReportRow:
    """ 
        Attributes:
            point_id (int):
            product_id (int):
            stock_out_days (int):
     """

    point_id: int
    product_id: int
    stock_out_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        point_id = self.point_id

        product_id = self.product_id

        stock_out_days = self.stock_out_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "point_id": point_id,
            "product_id": product_id,
            "stock_out_days": stock_out_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        point_id = d.pop("point_id")

        product_id = d.pop("product_id")

        stock_out_days = d.pop("stock_out_days")

        stock_out_report_row = cls(
            point_id=point_id,
            product_id=product_id,
            stock_out_days=stock_out_days,
        )


        stock_out_report_row.additional_properties = d
        return stock_out_report_row

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
