"""The annual report as CSV (UTF-8 with BOM, so spreadsheet programs show Chinese) and as XLSX.

The workbook has one sheet per part, titles and labels in Chinese, and native spreadsheet charts
(openpyxl): monthly trends against last year, screening coverage against target, and the books'
evaluation scores. Both are written through app/spreadsheet_cells.py: org names and any other text
that starts like a formula are neutralised, numbers stay numbers.
"""

from __future__ import annotations

import io

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.reasons import render
from app.schemas.leadership.report import AnnualReport, FigureValue
from app.spreadsheet_cells import SafeWorkbook, csv_writer, new_workbook

RESULT_ZH = {"passed": "合格", "failed": "不合格", "vetoed": "一票否决"}
MONTHS = [f"{m}月" for m in range(1, 13)]


def _num(value: float | None) -> float | str:
    return "" if value is None else value


def to_csv(report: AnnualReport) -> bytes:
    out = io.StringIO()
    w = csv_writer(out)
    w.writerow([report.title])
    w.writerow(["统计期间", report.period_start.isoformat(), report.period_end.isoformat()])
    w.writerow(["板块", "指标代码", "指标", "本年", "上年同期", "分子", "分母", "说明"])
    for section in report.sections:
        for f in section.figures:
            w.writerow(
                [
                    section.title_zh,
                    f.code,
                    f.name_zh,
                    _num(f.value),
                    _num(f.last_year),
                    _num(f.numerator),
                    _num(f.denominator),
                    _not_computable(f),
                ]
            )
    w.writerow([])
    w.writerow(["月度趋势", "指标", *MONTHS, "合计", "上年合计"])
    for s in report.monthly:
        w.writerow(["本年", s.name_zh, *(_num(v) for v in s.months), _num(s.total), _num(s.total_last_year)])
    w.writerow([])
    w.writerow(["目标人群覆盖", "单位", "已筛查", "目标数", "覆盖率(%)"])
    for c in report.coverage:
        w.writerow(["", c.org_name, c.screened, c.target, _num(c.coverage)])
    w.writerow([])
    w.writerow(["责任书考核", "单位", "总分", "结果", "一票否决"])
    for e in report.evaluations:
        vetoed = "" if e.vetoed is None else ("是" if e.vetoed else "否")
        w.writerow(["", e.org_name, _num(e.total), RESULT_ZH.get(e.result or "", "未考核"), vetoed])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _not_computable(figure: FigureValue) -> str:
    """Why a figure has no value, in Chinese whatever the caller's language (the files are Chinese)."""
    if figure.not_computable_reason_code is None:
        return ""
    return "暂无法计算：" + render(
        figure.not_computable_reason_code, figure.not_computable_reason_params, "zh-CN"
    )


def _header(ws: Worksheet, title: str, columns: list[str]) -> None:
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(columns)
    for cell in ws[2]:
        cell.font = Font(bold=True)


def _summary_sheet(wb: SafeWorkbook, report: AnnualReport) -> None:
    ws = wb.active
    assert ws is not None
    ws.title = "概况"
    _header(ws, report.title, ["板块", "指标", "本年", "上年同期", "分子", "分母", "说明"])
    for section in report.sections:
        for f in section.figures:
            ws.append(
                [
                    section.title_zh,
                    f.name_zh,
                    f.value,
                    f.last_year,
                    f.numerator,
                    f.denominator,
                    _not_computable(f),
                ]
            )
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 24


def _trend_sheet(wb: SafeWorkbook, report: AnnualReport) -> None:
    ws = wb.create_sheet("月度趋势")
    _header(ws, f"{report.year}年各项工作月度趋势", ["月份", *(s.name_zh for s in report.monthly)])
    for m in range(12):
        ws.append([MONTHS[m], *(s.months[m] for s in report.monthly)])
    ws.append([])
    ws.append([f"{report.year - 1}年同期", *(s.name_zh for s in report.monthly)])
    base = ws.max_row
    for m in range(12):
        ws.append([MONTHS[m], *(s.months_last_year[m] for s in report.monthly)])
    n = len(report.monthly)
    chart = LineChart()
    chart.title = f"{report.year}年月度趋势"
    chart.y_axis.title = "件数"
    chart.x_axis.title = "月份"
    chart.add_data(Reference(ws, min_col=2, max_col=1 + n, min_row=2, max_row=14), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=3, max_row=14))
    chart.width, chart.height = 24, 10
    ws.add_chart(chart, f"{get_column_letter(n + 3)}2")
    compare = BarChart()
    compare.title = "与上年同期比较(合计)"
    ws.append([])
    ws.append(["指标", "本年", "上年同期"])
    first = ws.max_row
    for s in report.monthly:
        ws.append([s.name_zh, s.total, s.total_last_year])
    compare.add_data(
        Reference(ws, min_col=2, max_col=3, min_row=first, max_row=ws.max_row), titles_from_data=True
    )
    compare.set_categories(Reference(ws, min_col=1, min_row=first + 1, max_row=ws.max_row))
    compare.width, compare.height = 24, 10
    ws.add_chart(compare, f"{get_column_letter(n + 3)}{base}")


def _coverage_sheet(wb: SafeWorkbook, report: AnnualReport) -> None:
    ws = wb.create_sheet("覆盖率")
    _header(ws, "免费孕检等筛查目标人群覆盖情况", ["单位", "已筛查", "目标数", "覆盖率(%)"])
    for c in report.coverage:
        ws.append([c.org_name, c.screened, c.target, c.coverage])
    chart = BarChart()
    chart.title = "已筛查与目标数"
    chart.add_data(
        Reference(ws, min_col=2, max_col=3, min_row=2, max_row=max(3, ws.max_row)), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=3, max_row=max(3, ws.max_row)))
    ws.add_chart(chart, "F2")
    ws.column_dimensions["A"].width = 24


def _evaluation_sheet(wb: SafeWorkbook, report: AnnualReport) -> None:
    ws = wb.create_sheet("考核结果")
    codes = sorted({code for e in report.evaluations for code in e.scores})
    names = {code: name for e in report.evaluations for code, name in e.indicator_names.items()}
    headers = [names.get(code, code) for code in codes]  # the indicators' names, not their codes
    _header(ws, f"{report.year}年度目标管理责任书考核结果", ["单位", "总分", "结果", "一票否决", *headers])
    for e in report.evaluations:
        vetoed = "" if e.vetoed is None else ("是" if e.vetoed else "否")
        ws.append(
            [
                e.org_name,
                e.total,
                RESULT_ZH.get(e.result or "", "未考核"),
                vetoed,
                *(e.scores.get(c) for c in codes),
            ]
        )
    chart = BarChart()
    chart.title = "各单位考核总分"
    chart.add_data(Reference(ws, min_col=2, min_row=2, max_row=max(3, ws.max_row)), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=3, max_row=max(3, ws.max_row)))
    ws.add_chart(chart, f"{get_column_letter(len(codes) + 6)}2")
    ws.column_dimensions["A"].width = 24


def to_xlsx(report: AnnualReport) -> bytes:
    wb = new_workbook()
    _summary_sheet(wb, report)
    _trend_sheet(wb, report)
    _coverage_sheet(wb, report)
    _evaluation_sheet(wb, report)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
