"""The district's roll-up of a period as XLSX, in the form's layout.

Sheet ``汇总``: the form's title and period, then one row per figure in the form's order (number,
name, code, unit), one column per street with its accepted value, and the total. Sheet ``报送情况``:
each street's accepted report and version. Sheet ``说明``: each street's empty figure with the reason,
in Chinese (rendered from the stored reason code, app/reasons.py). Written through
app/spreadsheet_cells.py (a street's or figure's name that starts like a formula is neutralised;
numbers stay numeric cells).
"""

from __future__ import annotations

import io

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from app.reasons import render
from app.schemas.leadership.period_report import Rollup
from app.spreadsheet_cells import new_workbook

PERIOD_ZH = {"monthly": "月报", "quarterly": "季报", "annual": "年报"}
UNIT_ZH = {"count": "个/人", "percent": "%", "ratio": "比值", "days": "天", "fen": "分", "hours": "小时"}


def rollup_xlsx(rollup: Rollup) -> bytes:
    wb = new_workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "汇总"
    ws.append([f"{rollup.form_name_zh}({PERIOD_ZH[rollup.period_kind.value]})"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["统计期间", rollup.period_start, rollup.period_end, "报送截止", rollup.due_on])
    streets = rollup.accepted_streets
    ws.append(["序号", "指标", "代码", "单位", *(s.org_name for s in streets), "合计"])
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for n, item in enumerate(rollup.items, start=1):
        ws.append(
            [
                n,
                item.name_zh,
                item.code,
                UNIT_ZH.get(item.unit, item.unit),
                *(cell.value for cell in item.streets),
                item.value,
            ]
        )
    ws.column_dimensions["B"].width = 28
    for column in range(5, 6 + len(streets)):
        ws.column_dimensions[get_column_letter(column)].width = 14
    status = wb.create_sheet("报送情况")
    status.append(["街道", "报表编号", "采用版本"])
    for street in streets:
        status.append([street.org_name, street.report_id, street.accepted_version])
    if rollup.not_accepted_org_ids:
        status.append(["未采用(未报或未通过)的街道数", len(rollup.not_accepted_org_ids)])
    notes = wb.create_sheet("说明")
    notes.append(["代码", "指标", "街道", "无数值的原因"])
    names = {s.org_id: s.org_name for s in streets}
    for item in rollup.items:
        for cell in item.streets:
            if cell.value is None and (cell.not_computable_reason_code or cell.not_computable_reason):
                reason = (
                    render(cell.not_computable_reason_code, cell.not_computable_reason_params, "zh-CN")
                    if cell.not_computable_reason_code
                    else cell.not_computable_reason
                )
                notes.append([item.code, item.name_zh, names.get(cell.org_id, cell.org_id), reason])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
