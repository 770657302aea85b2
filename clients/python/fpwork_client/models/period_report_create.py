from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PeriodReportCreate")



@_attrs_define
class PeriodReportCreate:
    """ 
        Attributes:
            form_id (int):
            period_start (datetime.date): First day of the period: of a month, a quarter or a year
     """

    form_id: int
    period_start: datetime.date





    def to_dict(self) -> dict[str, Any]:
        form_id = self.form_id

        period_start = self.period_start.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "form_id": form_id,
            "period_start": period_start,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        form_id = d.pop("form_id")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        period_report_create = cls(
            form_id=form_id,
            period_start=period_start,
        )

        return period_report_create

