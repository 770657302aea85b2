from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.book_status import BookStatus
from ..models.evaluation_result import EvaluationResult
from typing import cast






T = TypeVar("T", bound="ChildBookProgress")



@_attrs_define
class ChildBookProgress:
    """ One book the bound org itself sets (a street's book with a community or unit).

        Attributes:
            book_id (int):
            evaluated (bool): True when the total is a final evaluation's, not live progress
            org_id (int):
            org_name (str):
            result (EvaluationResult | None):
            status (BookStatus):
            total (float | None): The final evaluation's total, else the live progress total
     """

    book_id: int
    evaluated: bool
    org_id: int
    org_name: str
    result: EvaluationResult | None
    status: BookStatus
    total: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        book_id = self.book_id

        evaluated = self.evaluated

        org_id = self.org_id

        org_name = self.org_name

        result: None | str
        if isinstance(self.result, EvaluationResult):
            result = self.result.value
        else:
            result = self.result

        status = self.status.value

        total: float | None
        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "book_id": book_id,
            "evaluated": evaluated,
            "org_id": org_id,
            "org_name": org_name,
            "result": result,
            "status": status,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        book_id = d.pop("book_id")

        evaluated = d.pop("evaluated")

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


        status = BookStatus(d.pop("status"))




        def _parse_total(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        total = _parse_total(d.pop("total"))


        child_book_progress = cls(
            book_id=book_id,
            evaluated=evaluated,
            org_id=org_id,
            org_name=org_name,
            result=result,
            status=status,
            total=total,
        )


        child_book_progress.additional_properties = d
        return child_book_progress

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
