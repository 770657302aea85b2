from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ReferralComplete")



@_attrs_define
class ReferralComplete:
    """ 
        Attributes:
            outcome (str): What the provider did or found
     """

    outcome: str





    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = d.pop("outcome")

        referral_complete = cls(
            outcome=outcome,
        )

        return referral_complete

