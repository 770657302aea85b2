from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="LowStockAlert")



@_attrs_define
class LowStockAlert:
    """ 
        Attributes:
            on_hand (int): Usable (unexpired) units
            point_id (int):
            product_id (int):
            threshold (int):
     """

    on_hand: int
    point_id: int
    product_id: int
    threshold: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        on_hand = self.on_hand

        point_id = self.point_id

        product_id = self.product_id

        threshold = self.threshold


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "on_hand": on_hand,
            "point_id": point_id,
            "product_id": product_id,
            "threshold": threshold,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on_hand = d.pop("on_hand")

        point_id = d.pop("point_id")

        product_id = d.pop("product_id")

        threshold = d.pop("threshold")

        low_stock_alert = cls(
            on_hand=on_hand,
            point_id=point_id,
            product_id=product_id,
            threshold=threshold,
        )


        low_stock_alert.additional_properties = d
        return low_stock_alert

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
