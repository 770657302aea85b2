from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.evaluation_result import EvaluationResult
from ..models.evaluation_status import EvaluationStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.accountability_read import AccountabilityRead
  from ..models.evaluation_score_read import EvaluationScoreRead





T = TypeVar("T", bound="EvaluationRead")



@_attrs_define
class EvaluationRead:
    """ 
        Attributes:
            accountability (list[AccountabilityRead]):
            as_of (datetime.date):
            book_id (int):
            computed_total (float):
            id (int):
            org_id (int):
            result (EvaluationResult):
            scores (list[EvaluationScoreRead]):
            status (EvaluationStatus):
            total (float):
            version (int):
            vetoed (bool):
     """

    accountability: list[AccountabilityRead]
    as_of: datetime.date
    book_id: int
    computed_total: float
    id: int
    org_id: int
    result: EvaluationResult
    scores: list[EvaluationScoreRead]
    status: EvaluationStatus
    total: float
    version: int
    vetoed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.accountability_read import AccountabilityRead # noqa: PLC0415
        from ..models.evaluation_score_read import EvaluationScoreRead # noqa: PLC0415
        accountability = []
        for accountability_item_data in self.accountability:
            accountability_item = accountability_item_data.to_dict()
            accountability.append(accountability_item)



        as_of = self.as_of.isoformat()

        book_id = self.book_id

        computed_total = self.computed_total

        id = self.id

        org_id = self.org_id

        result = self.result.value

        scores = []
        for scores_item_data in self.scores:
            scores_item = scores_item_data.to_dict()
            scores.append(scores_item)



        status = self.status.value

        total = self.total

        version = self.version

        vetoed = self.vetoed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "accountability": accountability,
            "as_of": as_of,
            "book_id": book_id,
            "computed_total": computed_total,
            "id": id,
            "org_id": org_id,
            "result": result,
            "scores": scores,
            "status": status,
            "total": total,
            "version": version,
            "vetoed": vetoed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accountability_read import AccountabilityRead # noqa: PLC0415
        from ..models.evaluation_score_read import EvaluationScoreRead # noqa: PLC0415
        d = dict(src_dict)
        accountability = []
        _accountability = d.pop("accountability")
        for accountability_item_data in (_accountability):
            accountability_item = AccountabilityRead.from_dict(accountability_item_data)



            accountability.append(accountability_item)


        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        book_id = d.pop("book_id")

        computed_total = d.pop("computed_total")

        id = d.pop("id")

        org_id = d.pop("org_id")

        result = EvaluationResult(d.pop("result"))




        scores = []
        _scores = d.pop("scores")
        for scores_item_data in (_scores):
            scores_item = EvaluationScoreRead.from_dict(scores_item_data)



            scores.append(scores_item)


        status = EvaluationStatus(d.pop("status"))




        total = d.pop("total")

        version = d.pop("version")

        vetoed = d.pop("vetoed")

        evaluation_read = cls(
            accountability=accountability,
            as_of=as_of,
            book_id=book_id,
            computed_total=computed_total,
            id=id,
            org_id=org_id,
            result=result,
            scores=scores,
            status=status,
            total=total,
            version=version,
            vetoed=vetoed,
        )


        evaluation_read.additional_properties = d
        return evaluation_read

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
