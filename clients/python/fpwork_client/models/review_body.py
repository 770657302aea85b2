from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.review_body_decision import ReviewBodyDecision
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ReviewBody")



@_attrs_define
class ReviewBody:
    """ 
        Attributes:
            decision (ReviewBodyDecision):
            comment (str | Unset):  Default: ''.
            missing_materials (list[str] | Unset):
            notice_days (int | Unset): Community approval: length of the public notice window Default: 7.
     """

    decision: ReviewBodyDecision
    comment: str | Unset = ''
    missing_materials: list[str] | Unset = UNSET
    notice_days: int | Unset = 7





    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        comment = self.comment

        missing_materials: list[str] | Unset = UNSET
        if not isinstance(self.missing_materials, Unset):
            missing_materials = self.missing_materials



        notice_days = self.notice_days


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decision": decision,
        })
        if comment is not UNSET:
            field_dict["comment"] = comment
        if missing_materials is not UNSET:
            field_dict["missing_materials"] = missing_materials
        if notice_days is not UNSET:
            field_dict["notice_days"] = notice_days

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = ReviewBodyDecision(d.pop("decision"))




        comment = d.pop("comment", UNSET)

        missing_materials = cast(list[str], d.pop("missing_materials", UNSET))


        notice_days = d.pop("notice_days", UNSET)

        review_body = cls(
            decision=decision,
            comment=comment,
            missing_materials=missing_materials,
            notice_days=notice_days,
        )

        return review_body

