"""Care suggestions, care cases and their assistance on the fast read path
(app/services/grassroots/care_reads.py), over the demo's and the seed's rows: for every demo caller
the rows of its subtree in pages; the suggestions are the families the rule picks (every child dead,
or one child and disabled) with no active case; each case filter keeps exactly its rows, the
quarter's visits and the overdue visit judged on several "today"s; the single reads with their ETag
and 404 outside the caller's scope; each visible case's assistance."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any
from unittest import mock

import pytest

from app.clock import today
from app.models.core.family import Child, Family
from app.models.grassroots.care import CareAssistance, CareCase, CareVisit
from app.read_lane import LaneRoute
from tests.api.grassroots.grassroots_read_seed import SEEDED_ON, seed
from tests.api.read_helpers import (
    all_rows,
    lane_answers_as_fastapi,
    orgs_under,
    pages_agree,
    principal_of,
    singles_are_rows,
    walk,
)
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]
CASES = "/api/v1/care-cases"
ACTIVE = ("open", "paired")
DAYS = (SEEDED_ON, date(2020, 6, 1), date(2019, 11, 15))
REASONS = {"bereaved": "子女均已死亡，现无存活子女", "disabled_child": "独生子女伤残"}
_seeded: set[str] = set()


async def _ready(api: Api) -> None:
    if api.url not in _seeded:
        await seed(api)
        _seeded.add(api.url)


async def _mine(api: Api, username: str) -> set[int]:
    return await orgs_under(api, (await principal_of(api, username)).org_id)


def _kind(children: list[str]) -> str | None:
    """The rule: every child dead is bereaved; one child, disabled, is a disabled only child."""
    if all(s == "deceased" for s in children):
        return "bereaved"
    return "disabled_child" if children == ["disabled"] else None


@pytest.mark.parametrize("username", CALLERS)
async def test_suggestions_are_the_families_the_rule_picks(api, username):
    await _ready(api)
    children: dict[int, list[str]] = defaultdict(list)
    for family_id, status in await all_rows(api, Child.family_id, Child.status):
        children[family_id].append(str(status))
    cared = {f for f, s in await all_rows(api, CareCase.family_id, CareCase.status) if s in ACTIVE}
    mine = await _mine(api, username)
    expected = [
        {"family_id": f, "community_id": c, "kind": kind, "reason": REASONS[kind]}
        for f, c in await all_rows(api, Family.id, Family.community_id)
        if c in mine and f in children and f not in cared and (kind := _kind(children[f]))
    ]
    assert await pages_agree(api, username, f"{CASES}/suggestions") == expected
    if username != "unit":
        assert expected, "the demo and the seed leave suggestions in every community's view"
    if username == "street":
        assert {row["kind"] for row in expected} == {"bereaved", "disabled_child"}


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _keeps(field: str, value: str, row: dict, day: date, visits: dict[int, list[date]]) -> bool:
    if field == "unvisited_this_quarter":
        seen = any(_quarter_start(day) <= v <= day for v in visits[row["id"]])
        return row["status"] in ACTIVE and seen != (value == "true")
    if field == "visit_overdue":
        due = row["next_visit_due_on"]
        # a case not yet paired has no due date: not late, so in the visit_overdue=false list
        late = row["status"] in ACTIVE and due is not None and due < day.isoformat()
        return late == (value == "true")
    return str(row[field]) == value


@pytest.mark.parametrize("username", CALLERS)
async def test_cases_and_their_filters_keep_their_rows(api, username):
    await _ready(api)
    mine = await _mine(api, username)
    every = await all_rows(api, CareCase.id, CareCase.org_id)
    visits: dict[int, list[date]] = defaultdict(list)
    for case_id, visited_on in await all_rows(api, CareVisit.case_id, CareVisit.visited_on):
        visits[case_id].append(visited_on)
    single = [("status", s) for s in ("open", "paired", "closed")]
    single += [("kind", k) for k in ("bereaved", "disabled_child", "other_need")]
    single += [("worker_id", str(w)) for w in (1, 2, 3)]
    single += [(f, v) for f in ("unvisited_this_quarter", "visit_overdue") for v in ("true", "false")]
    combined: list[dict[str, str]] = [
        {"status": "paired", "unvisited_this_quarter": "true", "visit_overdue": "false"},
        {"kind": "bereaved", "unvisited_this_quarter": "false", "visit_overdue": "true"},
    ]
    nonempty: set[str] = set()
    try:
        for day in DAYS:
            api.app.dependency_overrides[today] = lambda day=day: day
            rows = await pages_agree(api, username, CASES)
            assert [r["id"] for r in rows] == [i for i, org in every if org in mine], "its subtree, by id"
            for filters in [{f: v} for f, v in single] + combined:
                kept = (await walk(api, username, CASES, 2, **filters))[0]
                keeps = [r for r in rows if all(_keeps(f, v, r, day, visits) for f, v in filters.items())]
                assert kept == keeps, (day, filters)
                if kept:
                    nonempty.add(str(sorted(filters.items())))
    finally:
        api.app.dependency_overrides.pop(today, None)
    required = [{"status": "open"}, {"status": "paired"}, {"kind": "bereaved"}, {"worker_id": "2"}]
    required += [{"unvisited_this_quarter": v} for v in ("true", "false")]
    required += [{"visit_overdue": v} for v in ("true", "false")]
    if username in ("street", "street-officer", "district"):
        required += [{"status": "closed"}, {"kind": "other_need"}]
    if username in ("street", "street-officer", "district", "community-a"):
        # each filter, and each side of the boolean ones, selects some rows on some day
        assert {str(sorted(f.items())) for f in required} <= nonempty, nonempty


@pytest.mark.parametrize("username", CALLERS)
async def test_single_cases_are_the_rows_and_404_out_of_scope(api, username):
    await _ready(api)
    every = await all_rows(api, CareCase.id)
    rows = await singles_are_rows(api, username, CASES, every, "Care case")
    assert set(every) - set(rows) or username in ("street", "street-officer", "district")


@pytest.mark.parametrize("username", CALLERS)
async def test_assistance_of_a_visible_case_and_404_out_of_scope(api, username):
    await _ready(api)
    visible = {r["id"] for r in (await walk(api, username, CASES, 100))[0]}
    given: dict[int, list[tuple]] = defaultdict(list)
    columns = (CareAssistance.id, CareAssistance.case_id, CareAssistance.given_on, CareAssistance.amount_fen)
    for row in await all_rows(api, *columns):
        given[row[1]].append((row[0], row[1], row[2].isoformat(), row[3]))
    shown = 0
    for case_id in [*await all_rows(api, CareCase.id), 10_000]:
        path = f"{CASES}/{case_id}/assistance"
        if case_id in visible:
            items = await pages_agree(api, username, path)
            assert [(r["id"], r["case_id"], r["given_on"], r["amount_fen"]) for r in items] == given[case_id]
            shown += len(items)
        else:
            response = await api.get(username, path, params={"cursor": "junk"})
            assert response.status_code == 404, response.text  # the case's scope first
            assert "Care case not found" in response.text
    assert shown or username in ("unit", "community-b") or not visible


async def test_the_lane_and_fastapi_answer_alike(api):
    """The converted care routes answer through the read lane as FastAPI answers them (an app built
    with the lane off), for good and bad requests; the visits (audited) stay off the lane."""
    await _ready(api)
    ids = await all_rows(api, CareCase.id)
    first = (await api.get("street", CASES, params={"limit": 2})).json()
    firsts = (await api.get("street", f"{CASES}/suggestions", params={"limit": 1})).json()
    common: list[dict[str, Any]] = [
        {},
        {"limit": 0},
        {"limit": 101},
        {"limit": "abc"},
        {"cursor": "not-a-cursor"},
        {"cursor": "WzEsMiwzXQ"},
    ]
    cases: list[tuple[str | None, str, dict]] = []
    for user in ("street", "community-b"):
        for params in [
            *common,
            {"limit": 2, "cursor": first["next_cursor"]},
            {"status": "paired"},
            {"status": "bogus"},
            {"kind": "nope"},
            {"worker_id": 0},
            {"unvisited_this_quarter": "true", "limit": 1},
            {"unvisited_this_quarter": "maybe"},
            {"visit_overdue": "false", "status": "open"},
        ]:
            cases.append((user, CASES, params))
        for params in [*common, {"limit": 1, "cursor": firsts["next_cursor"]}]:
            cases.append((user, f"{CASES}/suggestions", params))
        for case_id in (ids[0], ids[-1], ids[-1] + 1, 0, "abc"):
            cases.append((user, f"{CASES}/{case_id}", {}))
            for params in ({}, {"limit": 1}, {"cursor": "junk"}):
                cases.append((user, f"{CASES}/{case_id}/assistance", params))
        # a bad query value with a good id (with a bad id too, the two orders of the errors differ)
        for params in ({"limit": 0}, {"limit": "x"}, {"cursor": "x" * 600}):
            cases.append((user, f"{CASES}/{ids[0]}/assistance", params))
    for path in (CASES, f"{CASES}/suggestions", f"{CASES}/{ids[0]}", f"{CASES}/{ids[0]}/assistance"):
        cases += [(None, path, {}), ("unit", path, {"limit": 1})]
    statuses = await lane_answers_as_fastapi(api, cases)
    with mock.patch.object(LaneRoute, "answer", autospec=True, side_effect=LaneRoute.answer) as spy:
        visits = await api.get("street", f"{CASES}/{ids[0]}/visits")
    assert visits.status_code == 200 and spy.call_count == 0  # audited: the session path
    assert {200, 401, 404, 422} <= statuses
