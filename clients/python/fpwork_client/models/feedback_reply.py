from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FeedbackReply")



@_attrs_define
class FeedbackReply:
    """ 
        Attributes:
            reply (str):
            about_staff (bool | None | Unset): The handler's finding that a complaint is (or is not) about a staff member's
                conduct; left out: as filed
            upheld (bool | None | Unset): For a complaint about staff: whether it was upheld (查实) on resolution
     """

    reply: str
    about_staff: bool | None | Unset = UNSET
    upheld: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reply = self.reply

        about_staff: bool | None | Unset
        if isinstance(self.about_staff, Unset):
            about_staff = UNSET
        else:
            about_staff = self.about_staff

        upheld: bool | None | Unset
        if isinstance(self.upheld, Unset):
            upheld = UNSET
        else:
            upheld = self.upheld


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reply": reply,
        })
        if about_staff is not UNSET:
            field_dict["about_staff"] = about_staff
        if upheld is not UNSET:
            field_dict["upheld"] = upheld

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reply = d.pop("reply")

        def _parse_about_staff(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        about_staff = _parse_about_staff(d.pop("about_staff", UNSET))


        def _parse_upheld(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        upheld = _parse_upheld(d.pop("upheld", UNSET))


        feedback_reply = cls(
            reply=reply,
            about_staff=about_staff,
            upheld=upheld,
        )

        return feedback_reply

