from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ExpiringBatchAlert")



@_attrs_define
class ExpiringBatchAlert:
    """ 
        Attributes:
            batch_id (int):
            batch_no (str):
            expired (bool):
            expires_on (datetime.date):
            point_id (int):
            product_id (int):
            qty_on_hand (int):
     """

    batch_id: int
    batch_no: str
    expired: bool
    expires_on: datetime.date
    point_id: int
    product_id: int
    qty_on_hand: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        batch_no = self.batch_no

        expired = self.expired

        expires_on = self.expires_on.isoformat()

        point_id = self.point_id

        product_id = self.product_id

        qty_on_hand = self.qty_on_hand


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "batch_id": batch_id,
            "batch_no": batch_no,
            "expired": expired,
            "expires_on": expires_on,
            "point_id": point_id,
            "product_id": product_id,
            "qty_on_hand": qty_on_hand,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        batch_no = d.pop("batch_no")

        expired = d.pop("expired")

        expires_on = datetime.date.fromisoformat(d.pop("expires_on"))




        point_id = d.pop("point_id")

        product_id = d.pop("product_id")

        qty_on_hand = d.pop("qty_on_hand")

        expiring_batch_alert = cls(
            batch_id=batch_id,
            batch_no=batch_no,
            expired=expired,
            expires_on=expires_on,
            point_id=point_id,
            product_id=product_id,
            qty_on_hand=qty_on_hand,
        )


        expiring_batch_alert.additional_properties = d
        return expiring_batch_alert

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
