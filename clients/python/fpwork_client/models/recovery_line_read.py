from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="RecoveryLineRead")



@_attrs_define
class RecoveryLineRead:
    """ 
        Attributes:
            amount_fen (int):
            id (int):
            payment_line_id (int):
            period (str): The month (or year) paid that was not due
     """

    amount_fen: int
    id: int
    payment_line_id: int
    period: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        id = self.id

        payment_line_id = self.payment_line_id

        period = self.period


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_fen": amount_fen,
            "id": id,
            "payment_line_id": payment_line_id,
            "period": period,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        id = d.pop("id")

        payment_line_id = d.pop("payment_line_id")

        period = d.pop("period")

        recovery_line_read = cls(
            amount_fen=amount_fen,
            id=id,
            payment_line_id=payment_line_id,
            period=period,
        )


        recovery_line_read.additional_properties = d
        return recovery_line_read

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
