"""Scoring rules and the figure resolver (no database needed for these)."""

from __future__ import annotations

import sys
import types
from datetime import date

import pytest

from app.figures import Figure
from app.models.leadership.evaluation import EvaluationResult
from app.models.leadership.indicator import IndicatorDirection
from app.reasons import Reason
from app.services.leadership.progress import book_result
from app.services.leadership.resolver import find_figure, resolve_monthly, score

AT_LEAST, AT_MOST = IndicatorDirection.at_least, IndicatorDirection.at_most


@pytest.mark.parametrize(
    ("direction", "weight", "target", "actual", "deduction", "expected"),
    [
        (AT_LEAST, 20, 90, 95, None, 20),  # met: full weight
        (AT_LEAST, 20, 90, 90, None, 20),  # exactly the target is met
        (AT_LEAST, 20, 80, 60, None, 15),  # missed: in proportion 60/80
        (AT_MOST, 10, 107, 107, None, 10),
        (AT_MOST, 10, 100, 125, None, 8),  # missed: 100/125
        (AT_MOST, 10, 0, 2, 3, 4),  # −3 per wrong case
        (AT_MOST, 10, 0, 5, 3, 0),  # never below zero
        (AT_LEAST, 10, 90, None, None, 0),  # no value: no points
        (AT_LEAST, 10, 0, 0, None, 10),
    ],
)
def test_scores_follow_the_weights(direction, weight, target, actual, deduction, expected):
    got = score(
        direction=direction, weight=weight, target=target, actual=actual, deduction_per_unit=deduction
    )
    assert got == expected


def test_a_missed_veto_fails_whatever_the_total():
    assert book_result(99.5, 60, ["policy_compliant_birth_rate"]) is EvaluationResult.vetoed
    assert book_result(59.9, 60, []) is EvaluationResult.failed
    assert book_result(60, 60, []) is EvaluationResult.passed


def test_missing_areas_and_figures_are_not_computable_with_a_reason():
    query, reason = find_figure("nosucharea.migrant_certificate_rate")
    assert query is None and reason == Reason("area_has_no_figures", {"area": "nosucharea"})
    assert reason.text("en") == "the nosucharea area does not export figures yet"
    assert reason.text("zh-CN") == "nosucharea领域尚未提供统计指标"
    assert find_figure("migrants.migrant_certificate_rate")[1] is None  # the migrants area exports it
    query, reason = find_figure("quality.no_such_figure")
    assert query is None and reason is not None and "no figure 'no_such_figure'" in reason.text("en")
    assert reason.text("zh-CN") == "quality领域尚无指标“no_such_figure”"
    assert find_figure("../etc.passwd")[0] is None
    assert find_figure("quality.screening_coverage") == (find_figure("quality.screening_coverage")[0], None)


async def test_an_area_without_monthly_queries_is_asked_month_by_month(monkeypatch):
    asked: list[tuple[date, date]] = []

    async def visits(session, org_path, start, end):  # type: ignore[no-untyped-def]
        asked.append((start, end))
        return Figure.count(start.month)

    module = types.ModuleType("app.services.fakearea.figures")
    module.FIGURES = {"visits": visits}  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.services.fakearea.figures", module)
    counts = await resolve_monthly(None, "fakearea.visits", "/1/", date(2019, 1, 15), date(2019, 3, 10))  # type: ignore[arg-type]
    assert counts == {"2019-01": 1, "2019-02": 2, "2019-03": 3}
    assert asked == [
        (date(2019, 1, 15), date(2019, 1, 31)),
        (date(2019, 2, 1), date(2019, 2, 28)),
        (date(2019, 3, 1), date(2019, 3, 10)),
    ]
