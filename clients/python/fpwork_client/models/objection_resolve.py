from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.objection_resolve_decision import ObjectionResolveDecision






T = TypeVar("T", bound="ObjectionResolve")



@_attrs_define
class ObjectionResolve:
    """ 
        Attributes:
            comment (str):
            decision (ObjectionResolveDecision):
     """

    comment: str
    decision: ObjectionResolveDecision





    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        decision = self.decision.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "comment": comment,
            "decision": decision,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment")

        decision = ObjectionResolveDecision(d.pop("decision"))




        objection_resolve = cls(
            comment=comment,
            decision=decision,
        )

        return objection_resolve

