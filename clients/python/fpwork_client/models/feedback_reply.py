from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="FeedbackReply")



@_attrs_define
class FeedbackReply:
    """ 
        Attributes:
            reply (str):
     """

    reply: str





    def to_dict(self) -> dict[str, Any]:
        reply = self.reply


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reply": reply,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reply = d.pop("reply")

        feedback_reply = cls(
            reply=reply,
        )

        return feedback_reply

