from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.check_body_outcome import CheckBodyOutcome
from ..types import UNSET, Unset






T = TypeVar("T", bound="CheckBody")



@_attrs_define
class CheckBody:
    """ 
        Attributes:
            outcome (CheckBodyOutcome): confirm: alive, still resident, no new child; fail needs a reason
            reason (str | Unset):  Default: ''.
     """

    outcome: CheckBodyOutcome
    reason: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = CheckBodyOutcome(d.pop("outcome"))




        reason = d.pop("reason", UNSET)

        check_body = cls(
            outcome=outcome,
            reason=reason,
        )

        return check_body

