from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.evaluation_summary import EvaluationSummary
  from ..models.monthly_series import MonthlySeries
  from ..models.org_coverage import OrgCoverage
  from ..models.report_section import ReportSection





T = TypeVar("T", bound="AnnualReport")



@_attrs_define
class AnnualReport:
    """ 
        Attributes:
            coverage (list[OrgCoverage]):
            evaluations (list[EvaluationSummary]):
            monthly (list[MonthlySeries]):
            org_id (int):
            org_name (str):
            period_end (datetime.date):
            period_start (datetime.date):
            sections (list[ReportSection]):
            title (str):
            year (int):
     """

    coverage: list[OrgCoverage]
    evaluations: list[EvaluationSummary]
    monthly: list[MonthlySeries]
    org_id: int
    org_name: str
    period_end: datetime.date
    period_start: datetime.date
    sections: list[ReportSection]
    title: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.evaluation_summary import EvaluationSummary # noqa: PLC0415
        from ..models.monthly_series import MonthlySeries # noqa: PLC0415
        from ..models.org_coverage import OrgCoverage # noqa: PLC0415
        from ..models.report_section import ReportSection # noqa: PLC0415
        coverage = []
        for coverage_item_data in self.coverage:
            coverage_item = coverage_item_data.to_dict()
            coverage.append(coverage_item)



        evaluations = []
        for evaluations_item_data in self.evaluations:
            evaluations_item = evaluations_item_data.to_dict()
            evaluations.append(evaluations_item)



        monthly = []
        for monthly_item_data in self.monthly:
            monthly_item = monthly_item_data.to_dict()
            monthly.append(monthly_item)



        org_id = self.org_id

        org_name = self.org_name

        period_end = self.period_end.isoformat()

        period_start = self.period_start.isoformat()

        sections = []
        for sections_item_data in self.sections:
            sections_item = sections_item_data.to_dict()
            sections.append(sections_item)



        title = self.title

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "coverage": coverage,
            "evaluations": evaluations,
            "monthly": monthly,
            "org_id": org_id,
            "org_name": org_name,
            "period_end": period_end,
            "period_start": period_start,
            "sections": sections,
            "title": title,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_summary import EvaluationSummary # noqa: PLC0415
        from ..models.monthly_series import MonthlySeries # noqa: PLC0415
        from ..models.org_coverage import OrgCoverage # noqa: PLC0415
        from ..models.report_section import ReportSection # noqa: PLC0415
        d = dict(src_dict)
        coverage = []
        _coverage = d.pop("coverage")
        for coverage_item_data in (_coverage):
            coverage_item = OrgCoverage.from_dict(coverage_item_data)



            coverage.append(coverage_item)


        evaluations = []
        _evaluations = d.pop("evaluations")
        for evaluations_item_data in (_evaluations):
            evaluations_item = EvaluationSummary.from_dict(evaluations_item_data)



            evaluations.append(evaluations_item)


        monthly = []
        _monthly = d.pop("monthly")
        for monthly_item_data in (_monthly):
            monthly_item = MonthlySeries.from_dict(monthly_item_data)



            monthly.append(monthly_item)


        org_id = d.pop("org_id")

        org_name = d.pop("org_name")

        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        sections = []
        _sections = d.pop("sections")
        for sections_item_data in (_sections):
            sections_item = ReportSection.from_dict(sections_item_data)



            sections.append(sections_item)


        title = d.pop("title")

        year = d.pop("year")

        annual_report = cls(
            coverage=coverage,
            evaluations=evaluations,
            monthly=monthly,
            org_id=org_id,
            org_name=org_name,
            period_end=period_end,
            period_start=period_start,
            sections=sections,
            title=title,
            year=year,
        )


        annual_report.additional_properties = d
        return annual_report

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
