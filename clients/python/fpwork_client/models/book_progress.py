from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.evaluation_result import EvaluationResult
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.book_rollup import BookRollup
  from ..models.indicator_progress import IndicatorProgress





T = TypeVar("T", bound="BookProgress")



@_attrs_define
class BookProgress:
    """ 
        Attributes:
            as_of (datetime.date):
            book_id (int):
            indicators (list[IndicatorProgress]):
            org_id (int):
            pass_mark (float):
            period_start (datetime.date):
            result (EvaluationResult):
            total (float):
            veto_missed (list[str]): Codes of veto indicators missed (一票否决)
            year (int):
            rollup (BookRollup | None | Unset): For a book whose org sets books of its own (a street's book with the
                district): those books' progress and evaluations rolled up; null when it sets none that year
     """

    as_of: datetime.date
    book_id: int
    indicators: list[IndicatorProgress]
    org_id: int
    pass_mark: float
    period_start: datetime.date
    result: EvaluationResult
    total: float
    veto_missed: list[str]
    year: int
    rollup: BookRollup | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.book_rollup import BookRollup # noqa: PLC0415
        from ..models.indicator_progress import IndicatorProgress # noqa: PLC0415
        as_of = self.as_of.isoformat()

        book_id = self.book_id

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)



        org_id = self.org_id

        pass_mark = self.pass_mark

        period_start = self.period_start.isoformat()

        result = self.result.value

        total = self.total

        veto_missed = self.veto_missed



        year = self.year

        rollup: dict[str, Any] | None | Unset
        if isinstance(self.rollup, Unset):
            rollup = UNSET
        elif isinstance(self.rollup, BookRollup):
            rollup = self.rollup.to_dict()
        else:
            rollup = self.rollup


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "as_of": as_of,
            "book_id": book_id,
            "indicators": indicators,
            "org_id": org_id,
            "pass_mark": pass_mark,
            "period_start": period_start,
            "result": result,
            "total": total,
            "veto_missed": veto_missed,
            "year": year,
        })
        if rollup is not UNSET:
            field_dict["rollup"] = rollup

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_rollup import BookRollup # noqa: PLC0415
        from ..models.indicator_progress import IndicatorProgress # noqa: PLC0415
        d = dict(src_dict)
        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        book_id = d.pop("book_id")

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in (_indicators):
            indicators_item = IndicatorProgress.from_dict(indicators_item_data)



            indicators.append(indicators_item)


        org_id = d.pop("org_id")

        pass_mark = d.pop("pass_mark")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        result = EvaluationResult(d.pop("result"))




        total = d.pop("total")

        veto_missed = cast(list[str], d.pop("veto_missed"))


        year = d.pop("year")

        def _parse_rollup(data: object) -> BookRollup | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rollup_type_0 = BookRollup.from_dict(data)



                return rollup_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BookRollup | None | Unset, data)

        rollup = _parse_rollup(d.pop("rollup", UNSET))


        book_progress = cls(
            as_of=as_of,
            book_id=book_id,
            indicators=indicators,
            org_id=org_id,
            pass_mark=pass_mark,
            period_start=period_start,
            result=result,
            total=total,
            veto_missed=veto_missed,
            year=year,
            rollup=rollup,
        )


        book_progress.additional_properties = d
        return book_progress

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
