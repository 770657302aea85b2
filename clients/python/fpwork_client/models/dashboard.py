from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.dashboard_alert import DashboardAlert
  from ..models.evaluation_summary import EvaluationSummary
  from ..models.figure_value import FigureValue
  from ..models.monthly_series import MonthlySeries
  from ..models.report_section import ReportSection





T = TypeVar("T", bound="Dashboard")



@_attrs_define
class Dashboard:
    """ 
        Attributes:
            books (list[EvaluationSummary]):
            indicators (list[FigureValue]):
            org_id (int):
            org_name (str):
            period_end (datetime.date):
            period_start (datetime.date):
            sections (list[ReportSection]):
            tasks (list[MonthlySeries]):
            year (int):
            alerts (list[DashboardAlert] | Unset): What needs action, e.g. next year's holiday calendar missing
     """

    books: list[EvaluationSummary]
    indicators: list[FigureValue]
    org_id: int
    org_name: str
    period_end: datetime.date
    period_start: datetime.date
    sections: list[ReportSection]
    tasks: list[MonthlySeries]
    year: int
    alerts: list[DashboardAlert] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dashboard_alert import DashboardAlert # noqa: PLC0415
        from ..models.evaluation_summary import EvaluationSummary # noqa: PLC0415
        from ..models.figure_value import FigureValue # noqa: PLC0415
        from ..models.monthly_series import MonthlySeries # noqa: PLC0415
        from ..models.report_section import ReportSection # noqa: PLC0415
        books = []
        for books_item_data in self.books:
            books_item = books_item_data.to_dict()
            books.append(books_item)



        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)



        org_id = self.org_id

        org_name = self.org_name

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)



        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)



        year = self.year

        alerts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = []
            for alerts_item_data in self.alerts:
                alerts_item = alerts_item_data.to_dict()
                alerts.append(alerts_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "books": books,
            "indicators": indicators,
            "org_id": org_id,
            "org_name": org_name,
            "period_end": period_end,
            "period_start": period_start,
            "sections": sections,
            "tasks": tasks,
            "year": year,
        })
        if alerts is not UNSET:
            field_dict["alerts"] = alerts

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_alert import DashboardAlert # noqa: PLC0415
        from ..models.evaluation_summary import EvaluationSummary # noqa: PLC0415
        from ..models.figure_value import FigureValue # noqa: PLC0415
        from ..models.monthly_series import MonthlySeries # noqa: PLC0415
        from ..models.report_section import ReportSection # noqa: PLC0415
        d = dict(src_dict)
        books = []
        _books = d.pop("books")
        for books_item_data in (_books):
            books_item = EvaluationSummary.from_dict(books_item_data)



            books.append(books_item)


        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in (_indicators):
            indicators_item = FigureValue.from_dict(indicators_item_data)



            indicators.append(indicators_item)


        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        sections = []
        _sections = d.pop("sections")
        for sections_item_data in (_sections):
            sections_item = ReportSection.from_dict(sections_item_data)



            sections.append(sections_item)


        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in (_tasks):
            tasks_item = MonthlySeries.from_dict(tasks_item_data)



            tasks.append(tasks_item)


        year = d.pop("year")

        _alerts = d.pop("alerts", UNSET)
        alerts: list[DashboardAlert] | Unset = UNSET
        if _alerts is not UNSET:
            alerts = []
            for alerts_item_data in _alerts:
                alerts_item = DashboardAlert.from_dict(alerts_item_data)



                alerts.append(alerts_item)


        dashboard = cls(
            books=books,
            indicators=indicators,
            org_id=org_id,
            org_name=org_name,
            period_end=period_end,
            period_start=period_start,
            sections=sections,
            tasks=tasks,
            year=year,
            alerts=alerts,
        )


        dashboard.additional_properties = d
        return dashboard

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
