"""The annual report (年度工作报告) as a PDF with its charts: the work plan's sections with this
year's and last year's figures, the monthly trends (a line chart, and this year's totals against
last year's as bars), coverage per org (bars of screened against target) and the books'
evaluations (bars of the total scores).

The same :class:`~app.schemas.leadership.report.AnnualReport` the JSON, CSV and XLSX answers are
made from, read with ``reports:read`` for an org of the caller's area; figures only, no personal
data, so not audited (the JSON is not).
"""

from __future__ import annotations

from datetime import datetime

from app.documents.blocks import (
    BarChart,
    Block,
    Column,
    Document,
    Fields,
    Heading,
    LineChart,
    Paragraph,
    Table,
)
from app.documents.wording import zh_date
from app.schemas.leadership.report import AnnualReport, FigureValue
from app.services.leadership.exports import MONTHS, RESULT_ZH


def _value(value: float | None) -> str:
    return "—" if value is None else f"{value:,.4g}" if abs(value) < 1e4 else f"{value:,.0f}"


def _figure_row(figure: FigureValue) -> tuple[str, str, str, str]:
    note = "暂无法计算" if figure.not_computable_reason else ""
    if figure.numerator is not None and figure.denominator is not None:
        note = f"{figure.numerator}/{figure.denominator}"
    return (figure.name_zh, _value(figure.value), _value(figure.last_year), note)


def report_document(report: AnnualReport, *, at: datetime) -> Document:
    sections: list[Block] = []
    for section in report.sections:
        sections += [
            Heading(section.title_zh),
            Table(
                columns=(
                    Column("指标", 6),
                    Column("本年", 2, "R"),
                    Column("上年同期", 2, "R"),
                    Column("说明", 3),
                ),
                rows=tuple(_figure_row(f) for f in section.figures),
            ),
        ]
    trends = (
        LineChart(
            f"{report.year}年各项工作月度趋势",
            tuple(MONTHS),
            tuple((s.name_zh, tuple(s.months)) for s in report.monthly),
            unit="件",
        ),
        BarChart(
            "与上年同期比较（合计）",
            tuple(s.name_zh for s in report.monthly),
            (
                (f"{report.year}年", tuple(s.total for s in report.monthly)),
                (f"{report.year - 1}年同期", tuple(s.total_last_year for s in report.monthly)),
            ),
            unit="件",
        ),
    )
    coverage = (
        Heading("免费孕检等筛查目标人群覆盖情况"),
        Table(
            columns=(
                Column("单位", 5),
                Column("已筛查", 2, "R"),
                Column("目标数", 2, "R"),
                Column("覆盖率（%）", 2, "R"),
            ),
            rows=tuple(
                (c.org_name, str(c.screened), str(c.target), _value(c.coverage)) for c in report.coverage
            ),
        ),
        BarChart(
            "已筛查与目标数",
            tuple(c.org_name for c in report.coverage),
            (
                ("已筛查", tuple(float(c.screened) for c in report.coverage)),
                ("目标数", tuple(float(c.target) for c in report.coverage)),
            ),
            unit="人",
        ),
    )
    evaluations = (
        (
            Table(
                columns=(
                    Column("单位", 5),
                    Column("总分", 2, "R"),
                    Column("结果", 2, "C"),
                    Column("一票否决", 2, "C"),
                ),
                rows=tuple(
                    (
                        e.org_name,
                        _value(e.total),
                        RESULT_ZH.get(e.result or "", "未考核"),
                        "" if e.vetoed is None else ("是" if e.vetoed else "否"),
                    )
                    for e in report.evaluations
                ),
            ),
            BarChart(
                "各单位考核总分",
                tuple(e.org_name for e in report.evaluations),
                (("总分", tuple(e.total for e in report.evaluations)),),
                unit="分",
            ),
        )
        if report.evaluations
        else (Paragraph("本年度尚无考核结果。"),)
    )
    return Document(
        title=report.title,
        issuer=report.org_name,
        subject=f"{report.year}年度报告",
        generated_at=at,
        blocks=(
            Fields(
                rows=(
                    ("单位", report.org_name),
                    ("统计期间", f"{zh_date(report.period_start)}至{zh_date(report.period_end)}"),
                )
            ),
            *sections,
            Heading("月度趋势"),
            *trends,
            *coverage,
            Heading(f"{report.year}年度目标管理责任书考核结果"),
            *evaluations,
        ),
    )
