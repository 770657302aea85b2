from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.score_in import ScoreIn





T = TypeVar("T", bound="Assessment")



@_attrs_define
class Assessment:
    """ Scores for every criterion of the checklist.

        Attributes:
            scores (list[ScoreIn]):
     """

    scores: list[ScoreIn]





    def to_dict(self) -> dict[str, Any]:
        from ..models.score_in import ScoreIn # noqa: PLC0415
        scores = []
        for scores_item_data in self.scores:
            scores_item = scores_item_data.to_dict()
            scores.append(scores_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "scores": scores,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_in import ScoreIn # noqa: PLC0415
        d = dict(src_dict)
        scores = []
        _scores = d.pop("scores")
        for scores_item_data in (_scores):
            scores_item = ScoreIn.from_dict(scores_item_data)



            scores.append(scores_item)


        assessment = cls(
            scores=scores,
        )

        return assessment

