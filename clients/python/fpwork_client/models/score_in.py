from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ScoreIn")



@_attrs_define
class ScoreIn:
    """ 
        Attributes:
            criterion_id (int):
            score (int): At most the criterion's weight
            evidence_links (list[str] | Unset):
     """

    criterion_id: int
    score: int
    evidence_links: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        criterion_id = self.criterion_id

        score = self.score

        evidence_links: list[str] | Unset = UNSET
        if not isinstance(self.evidence_links, Unset):
            evidence_links = self.evidence_links




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "criterion_id": criterion_id,
            "score": score,
        })
        if evidence_links is not UNSET:
            field_dict["evidence_links"] = evidence_links

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        criterion_id = d.pop("criterion_id")

        score = d.pop("score")

        evidence_links = cast(list[str], d.pop("evidence_links", UNSET))


        score_in = cls(
            criterion_id=criterion_id,
            score=score,
            evidence_links=evidence_links,
        )

        return score_in

