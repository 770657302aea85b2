from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="SpendingReversal")



@_attrs_define
class SpendingReversal:
    """ 
        Attributes:
            reason (str):
            reversed_on (datetime.date):
     """

    reason: str
    reversed_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        reversed_on = self.reversed_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
            "reversed_on": reversed_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        reversed_on = datetime.date.fromisoformat(d.pop("reversed_on"))




        spending_reversal = cls(
            reason=reason,
            reversed_on=reversed_on,
        )

        return spending_reversal

