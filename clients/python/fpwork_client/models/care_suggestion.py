from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.care_kind import CareKind






T = TypeVar("T", bound="CareSuggestion")



@_attrs_define
class CareSuggestion:
    """ A family the records say needs care and that has no open case: for the community to review.

        Attributes:
            community_id (int):
            family_id (int):
            kind (CareKind):
            reason (str):
     """

    community_id: int
    family_id: int
    kind: CareKind
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        community_id = self.community_id

        family_id = self.family_id

        kind = self.kind.value

        reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "community_id": community_id,
            "family_id": family_id,
            "kind": kind,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        community_id = d.pop("community_id")

        family_id = d.pop("family_id")

        kind = CareKind(d.pop("kind"))




        reason = d.pop("reason")

        care_suggestion = cls(
            community_id=community_id,
            family_id=family_id,
            kind=kind,
            reason=reason,
        )


        care_suggestion.additional_properties = d
        return care_suggestion

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
