from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DispensedBatch")



@_attrs_define
class DispensedBatch:
    """ 
        Attributes:
            batch_no (str):
            expires_on (datetime.date):
            quantity (int):
     """

    batch_no: str
    expires_on: datetime.date
    quantity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        batch_no = self.batch_no

        expires_on = self.expires_on.isoformat()

        quantity = self.quantity


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "batch_no": batch_no,
            "expires_on": expires_on,
            "quantity": quantity,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_no = d.pop("batch_no")

        expires_on = datetime.date.fromisoformat(d.pop("expires_on"))




        quantity = d.pop("quantity")

        dispensed_batch = cls(
            batch_no=batch_no,
            expires_on=expires_on,
            quantity=quantity,
        )


        dispensed_batch.additional_properties = d
        return dispensed_batch

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
