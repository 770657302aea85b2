from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="StockBatchRead")



@_attrs_define
class StockBatchRead:
    """ 
        Attributes:
            batch_no (str):
            expired (bool):
            expires_on (datetime.date):
            id (int):
            point_id (int):
            product_id (int):
            qty_on_hand (int):
            updated_at (datetime.datetime):
     """

    batch_no: str
    expired: bool
    expires_on: datetime.date
    id: int
    point_id: int
    product_id: int
    qty_on_hand: int
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        batch_no = self.batch_no

        expired = self.expired

        expires_on = self.expires_on.isoformat()

        id = self.id

        point_id = self.point_id

        product_id = self.product_id

        qty_on_hand = self.qty_on_hand

        updated_at = self.updated_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "batch_no": batch_no,
            "expired": expired,
            "expires_on": expires_on,
            "id": id,
            "point_id": point_id,
            "product_id": product_id,
            "qty_on_hand": qty_on_hand,
            "updated_at": updated_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_no = d.pop("batch_no")

        expired = d.pop("expired")

        expires_on = datetime.date.fromisoformat(d.pop("expires_on"))




        id = d.pop("id")

        point_id = d.pop("point_id")

        product_id = d.pop("product_id")

        qty_on_hand = d.pop("qty_on_hand")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        stock_batch_read = cls(
            batch_no=batch_no,
            expired=expired,
            expires_on=expires_on,
            id=id,
            point_id=point_id,
            product_id=product_id,
            qty_on_hand=qty_on_hand,
            updated_at=updated_at,
        )


        stock_batch_read.additional_properties = d
        return stock_batch_read

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
