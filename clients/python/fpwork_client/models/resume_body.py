from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ResumeBody")



@_attrs_define
class ResumeBody:
    """ 
        Attributes:
            reason (str):
            back_pay (bool | Unset): Pay the months missed since the stop (补发) as lines of the next batch Default: False.
     """

    reason: str
    back_pay: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        back_pay = self.back_pay


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })
        if back_pay is not UNSET:
            field_dict["back_pay"] = back_pay

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        back_pay = d.pop("back_pay", UNSET)

        resume_body = cls(
            reason=reason,
            back_pay=back_pay,
        )

        return resume_body

