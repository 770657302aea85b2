from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.review_level import ReviewLevel
from typing import cast
import datetime






T = TypeVar("T", bound="ReviewRead")



@_attrs_define
class ReviewRead:
    """ 
        Attributes:
            comment (str):
            decided_at (datetime.datetime):
            decision (str):
            id (int):
            level (ReviewLevel):
            missing_materials (list[str]):
            reviewer_username (str):
     """

    comment: str
    decided_at: datetime.datetime
    decision: str
    id: int
    level: ReviewLevel
    missing_materials: list[str]
    reviewer_username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        decided_at = self.decided_at.isoformat()

        decision = self.decision

        id = self.id

        level = self.level.value

        missing_materials = self.missing_materials



        reviewer_username = self.reviewer_username


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "comment": comment,
            "decided_at": decided_at,
            "decision": decision,
            "id": id,
            "level": level,
            "missing_materials": missing_materials,
            "reviewer_username": reviewer_username,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))




        decision = d.pop("decision")

        id = d.pop("id")

        level = ReviewLevel(d.pop("level"))




        missing_materials = cast(list[str], d.pop("missing_materials"))


        reviewer_username = d.pop("reviewer_username")

        review_read = cls(
            comment=comment,
            decided_at=decided_at,
            decision=decision,
            id=id,
            level=level,
            missing_materials=missing_materials,
            reviewer_username=reviewer_username,
        )


        review_read.additional_properties = d
        return review_read

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
