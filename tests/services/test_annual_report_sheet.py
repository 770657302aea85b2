"""The annual report's evaluation sheet heads each indicator's column by its Chinese name."""

from __future__ import annotations

from types import SimpleNamespace

from app.schemas.leadership.report import EvaluationSummary
from app.services.leadership.exports import _evaluation_sheet
from app.spreadsheet_cells import new_workbook


def test_the_score_columns_are_headed_by_the_indicators_names_not_their_codes():
    scored = EvaluationSummary(
        book_id=1,
        org_id=2,
        org_name="甲社区",
        total=92.5,
        result="passed",
        vetoed=False,
        scores={"policy_compliant_birth_rate": 28.0, "births_registered": 20.0},
        indicator_names={
            "policy_compliant_birth_rate": "政策内生育率",
            "births_registered": "出生登记及时率",
        },
    )
    unscored = EvaluationSummary(
        book_id=3, org_id=4, org_name="乙社区", total=None, result=None, vetoed=None, scores={}
    )
    workbook = new_workbook()
    _evaluation_sheet(workbook, SimpleNamespace(year=2019, evaluations=[scored, unscored]))
    sheet = workbook["考核结果"]
    header = [cell.value for cell in sheet[2]]
    assert header == ["单位", "总分", "结果", "一票否决", "出生登记及时率", "政策内生育率"]
    assert [cell.value for cell in sheet[3]] == ["甲社区", 92.5, "合格", "否", 20.0, 28.0]
