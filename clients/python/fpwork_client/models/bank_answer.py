from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.bank_answer_result import BankAnswerResult
from ..types import UNSET, Unset






T = TypeVar("T", bound="BankAnswer")



@_attrs_define
class BankAnswer:
    """ 
        Attributes:
            line_id (int):
            result (BankAnswerResult):
            reason (str | Unset):  Default: ''.
     """

    line_id: int
    result: BankAnswerResult
    reason: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        line_id = self.line_id

        result = self.result.value

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "line_id": line_id,
            "result": result,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line_id = d.pop("line_id")

        result = BankAnswerResult(d.pop("result"))




        reason = d.pop("reason", UNSET)

        bank_answer = cls(
            line_id=line_id,
            result=result,
            reason=reason,
        )

        return bank_answer

