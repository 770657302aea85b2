from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="RefundBody")



@_attrs_define
class RefundBody:
    """ 
        Attributes:
            amount_fen (int): Money returned, in fen
            reference (str): Receipt or bank transfer number
            refunded_on (datetime.date): The day the money came back (not after today)
     """

    amount_fen: int
    reference: str
    refunded_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        amount_fen = self.amount_fen

        reference = self.reference

        refunded_on = self.refunded_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "amount_fen": amount_fen,
            "reference": reference,
            "refunded_on": refunded_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_fen = d.pop("amount_fen")

        reference = d.pop("reference")

        refunded_on = datetime.date.fromisoformat(d.pop("refunded_on"))




        refund_body = cls(
            amount_fen=amount_fen,
            reference=reference,
            refunded_on=refunded_on,
        )

        return refund_body

