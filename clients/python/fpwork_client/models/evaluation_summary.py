from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.evaluation_result import EvaluationResult
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.evaluation_summary_indicator_names import EvaluationSummaryIndicatorNames
  from ..models.evaluation_summary_scores import EvaluationSummaryScores





T = TypeVar("T", bound="EvaluationSummary")



@_attrs_define
class EvaluationSummary:
    """ 
        Attributes:
            book_id (int):
            org_id (int):
            org_name (str):
            result (EvaluationResult | None):
            scores (EvaluationSummaryScores):
            total (float | None):
            vetoed (bool | None):
            indicator_names (EvaluationSummaryIndicatorNames | Unset): The zh-CN name of each indicator of scores, by its
                code
     """

    book_id: int
    org_id: int
    org_name: str
    result: EvaluationResult | None
    scores: EvaluationSummaryScores
    total: float | None
    vetoed: bool | None
    indicator_names: EvaluationSummaryIndicatorNames | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.evaluation_summary_indicator_names import EvaluationSummaryIndicatorNames # noqa: PLC0415
        from ..models.evaluation_summary_scores import EvaluationSummaryScores # noqa: PLC0415
        book_id = self.book_id

        org_id = self.org_id

        org_name = self.org_name

        result: None | str
        if isinstance(self.result, EvaluationResult):
            result = self.result.value
        else:
            result = self.result

        scores = self.scores.to_dict()

        total: float | None
        total = self.total

        vetoed: bool | None
        vetoed = self.vetoed

        indicator_names: dict[str, Any] | Unset = UNSET
        if not isinstance(self.indicator_names, Unset):
            indicator_names = self.indicator_names.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "book_id": book_id,
            "org_id": org_id,
            "org_name": org_name,
            "result": result,
            "scores": scores,
            "total": total,
            "vetoed": vetoed,
        })
        if indicator_names is not UNSET:
            field_dict["indicator_names"] = indicator_names

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_summary_indicator_names import EvaluationSummaryIndicatorNames # noqa: PLC0415
        from ..models.evaluation_summary_scores import EvaluationSummaryScores # noqa: PLC0415
        d = dict(src_dict)
        book_id = d.pop("book_id")

        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        def _parse_result(data: object) -> EvaluationResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_type_0 = EvaluationResult(data)



                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvaluationResult | None, data)

        result = _parse_result(d.pop("result"))


        scores = EvaluationSummaryScores.from_dict(d.pop("scores"))




        def _parse_total(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total = _parse_total(d.pop("total"))


        def _parse_vetoed(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        vetoed = _parse_vetoed(d.pop("vetoed"))


        _indicator_names = d.pop("indicator_names", UNSET)
        indicator_names: EvaluationSummaryIndicatorNames | Unset
        if isinstance(_indicator_names,  Unset):
            indicator_names = UNSET
        else:
            indicator_names = EvaluationSummaryIndicatorNames.from_dict(_indicator_names)




        evaluation_summary = cls(
            book_id=book_id,
            org_id=org_id,
            org_name=org_name,
            result=result,
            scores=scores,
            total=total,
            vetoed=vetoed,
            indicator_names=indicator_names,
        )


        evaluation_summary.additional_properties = d
        return evaluation_summary

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
