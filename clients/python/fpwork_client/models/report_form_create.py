from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.report_period_kind import ReportPeriodKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.report_form_item_in import ReportFormItemIn





T = TypeVar("T", bound="ReportFormCreate")



@_attrs_define
class ReportFormCreate:
    """ 
        Attributes:
            code (str):
            deadline_working_days (int): Working days after the period's last day
            effective_from (datetime.date):
            items (list[ReportFormItemIn]):
            name_en (str):
            name_zh (str):
            period_kind (ReportPeriodKind):
            source (str): The document that sets the form and its deadline (文号)
     """

    code: str
    deadline_working_days: int
    effective_from: datetime.date
    items: list[ReportFormItemIn]
    name_en: str
    name_zh: str
    period_kind: ReportPeriodKind
    source: str





    def to_dict(self) -> dict[str, Any]:
        from ..models.report_form_item_in import ReportFormItemIn # noqa: PLC0415
        code = self.code

        deadline_working_days = self.deadline_working_days

        effective_from = self.effective_from.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        name_en = self.name_en

        name_zh = self.name_zh

        period_kind = self.period_kind.value

        source = self.source


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "deadline_working_days": deadline_working_days,
            "effective_from": effective_from,
            "items": items,
            "name_en": name_en,
            "name_zh": name_zh,
            "period_kind": period_kind,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_form_item_in import ReportFormItemIn # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        deadline_working_days = d.pop("deadline_working_days")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ReportFormItemIn.from_dict(items_item_data)



            items.append(items_item)


        name_en = d.pop("name_en")

        name_zh = d.pop("name_zh")

        period_kind = ReportPeriodKind(d.pop("period_kind"))




        source = d.pop("source")

        report_form_create = cls(
            code=code,
            deadline_working_days=deadline_working_days,
            effective_from=effective_from,
            items=items,
            name_en=name_en,
            name_zh=name_zh,
            period_kind=period_kind,
            source=source,
        )

        return report_form_create

