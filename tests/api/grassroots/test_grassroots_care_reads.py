"""Care suggestions, care cases and their assistance on the fast read path
(app/services/grassroots/care_reads.py) show exactly what the session path showed: for every demo
caller the same rows in the same pages, for every filter (and several "today"s) the same rows, the
same single reads with their ETag, and 404 outside the caller's scope. The previous implementation's
queries are copied here (app/services/grassroots/care.py and care_visits.py before the move)."""

from __future__ import annotations

from datetime import date
from typing import Any
from unittest import mock

import pytest
from sqlalchemy import Select, exists, func, select

from app.authz import Principal, family_scope
from app.clock import today
from app.models.core.family import Child, ChildStatus, Family
from app.models.grassroots.care import CareAssistance, CareCase, CareKind, CareStatus, CareVisit
from app.read_lane import LaneRoute
from app.schemas.grassroots.care import CareAssistanceRead, CareCaseRead, CareSuggestion
from app.services.grassroots.scope import owned
from tests.api.grassroots.grassroots_read_seed import SEEDED_ON, seed
from tests.api.read_helpers import lane_answers_as_fastapi, principal_of, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]
CASES = "/api/v1/care-cases"
ACTIVE = (CareStatus.open, CareStatus.paired)
DAYS = (SEEDED_ON, date(2020, 6, 1), date(2019, 11, 15))
_seeded: set[str] = set()


async def _ready(api: Api) -> None:
    if api.url not in _seeded:
        await seed(api)
        _seeded.add(api.url)


# The previous implementation: care.suggestions, care.list_cases / get_case (case_scope) and
# care_visits.list_assistance, each an ORM query in a session ordered by id.


def _old_suggestions(principal: Principal) -> Select[Any]:
    counts = (
        select(
            Child.family_id.label("family_id"),
            func.count(Child.id).label("children"),
            func.count(Child.id).filter(Child.status == ChildStatus.living).label("living"),
            func.count(Child.id).filter(Child.status == ChildStatus.disabled).label("disabled"),
        )
        .group_by(Child.family_id)
        .subquery()
    )
    bereaved = (counts.c.living == 0) & (counts.c.disabled == 0)
    disabled_only_child = (counts.c.children == 1) & (counts.c.disabled == 1)
    has_case = exists(select(CareCase.id).where(CareCase.family_id == Family.id, CareCase.status.in_(ACTIVE)))
    return (
        select(Family.id, Family.community_id, bereaved.label("bereaved"))
        .join(counts, counts.c.family_id == Family.id)
        .where(family_scope(principal), bereaved | disabled_only_child, ~has_case)
        .order_by(Family.id)
    )


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _old_cases(
    principal: Principal,
    day: date,
    status: str | None = None,
    kind: str | None = None,
    worker_id: int | None = None,
    unvisited_this_quarter: str | None = None,
    visit_overdue: str | None = None,
) -> Select[Any]:
    stmt = select(CareCase).where(owned(CareCase.org_id, principal))
    for column, value in (
        (CareCase.status, CareStatus(status) if status else None),
        (CareCase.kind, CareKind(kind) if kind else None),
        (CareCase.worker_id, worker_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if unvisited_this_quarter is not None:
        visited = exists(
            select(CareVisit.id).where(
                CareVisit.case_id == CareCase.id, CareVisit.visited_on.between(_quarter_start(day), day)
            )
        )
        unvisited = unvisited_this_quarter == "true"
        stmt = stmt.where(CareCase.status.in_(ACTIVE), ~visited if unvisited else visited)
    if visit_overdue is not None:
        late = CareCase.status.in_(ACTIVE) & (CareCase.next_visit_due_on < day)
        stmt = stmt.where(late if visit_overdue == "true" else ~late)
    return stmt.order_by(CareCase.id)


async def _suggestions(api: Api, principal: Principal) -> list[dict]:
    async with api.session() as session:
        rows = (await session.execute(_old_suggestions(principal))).all()
    return [
        CareSuggestion(
            family_id=r[0],
            community_id=r[1],
            kind=CareKind.bereaved if r[2] else CareKind.disabled_child,
            reason="子女均已死亡，现无存活子女" if r[2] else "独生子女伤残",
        ).model_dump(mode="json")
        for r in rows
    ]


async def _cases(api: Api, principal: Principal, day: date, **filters: Any) -> list[dict]:
    async with api.session() as session:
        rows = (await session.execute(_old_cases(principal, day, **filters))).scalars().all()
        return [CareCaseRead.model_validate(row).model_dump(mode="json") for row in rows]


async def _assistance(api: Api, case_id: int) -> list[dict]:
    stmt = select(CareAssistance).where(CareAssistance.case_id == case_id).order_by(CareAssistance.id)
    async with api.session() as session:
        rows = (await session.execute(stmt)).scalars().all()
        return [CareAssistanceRead.model_validate(row).model_dump(mode="json") for row in rows]


async def _all_case_ids(api: Api) -> list[int]:
    async with api.session() as session:
        return sorted((await session.execute(select(CareCase.id))).scalars().all())


@pytest.mark.parametrize("username", CALLERS)
async def test_suggestions_are_the_same_pages_as_before(api, username):
    await _ready(api)
    expected = await _suggestions(api, await principal_of(api, username))
    if username != "unit":
        assert expected, "the demo and the seed leave suggestions in every community's view"
    assert {row["kind"] for row in await _suggestions(api, await principal_of(api, "street"))} == {
        "bereaved",
        "disabled_child",
    }
    for limit in (1, 2, 3):
        items, pages = await walk(api, username, f"{CASES}/suggestions", limit)
        assert items == expected
        assert pages == max(1, -(-len(expected) // limit))


@pytest.mark.parametrize("username", CALLERS)
async def test_cases_and_their_filters_are_the_same_as_before(api, username):
    await _ready(api)
    principal = await principal_of(api, username)
    cases: list[dict[str, Any]] = [{}]
    cases += [{"status": s.value} for s in CareStatus] + [{"kind": k.value} for k in CareKind]
    cases += [{"worker_id": w} for w in (1, 2, 3)]
    cases += [{"unvisited_this_quarter": v} for v in ("true", "false")]
    cases += [{"visit_overdue": v} for v in ("true", "false")]
    cases += [
        {"status": "paired", "unvisited_this_quarter": "true", "visit_overdue": "false"},
        {"kind": "bereaved", "unvisited_this_quarter": "false", "visit_overdue": "true"},
    ]
    nonempty: set[str] = set()
    try:
        for day in DAYS:
            api.app.dependency_overrides[today] = lambda day=day: day
            everything = await _cases(api, principal, day)
            for limit in (1, 3):
                assert (await walk(api, username, CASES, limit))[0] == everything
            for filters in cases:
                expected = await _cases(api, principal, day, **filters)
                assert (await walk(api, username, CASES, 2, **filters))[0] == expected, (day, filters)
                if expected:
                    nonempty.add(str(sorted(filters.items())))
    finally:
        api.app.dependency_overrides.pop(today, None)
    required = [{"status": "open"}, {"status": "paired"}, {"kind": "bereaved"}, {"worker_id": 2}]
    required += [{"unvisited_this_quarter": v} for v in ("true", "false")]
    required += [{"visit_overdue": v} for v in ("true", "false")]
    if username in ("street", "street-officer", "district"):
        required += [{"status": "closed"}, {"kind": "other_need"}]
    if username in ("street", "street-officer", "district", "community-a"):
        # each filter, and each side of the boolean ones, selects some rows on some day
        assert {str(sorted(f.items())) for f in required} <= nonempty, nonempty


@pytest.mark.parametrize("username", CALLERS)
async def test_single_cases_match_and_are_404_out_of_scope(api, username):
    await _ready(api)
    expected = await _cases(api, await principal_of(api, username), SEEDED_ON)
    everything = await _all_case_ids(api)
    for row in expected:
        response = await api.get(username, f"{CASES}/{row['id']}")
        assert response.status_code == 200, response.text
        assert response.json() == row
        assert response.headers["etag"] == f'"{row["version"]}"'
    outside = set(everything) - {row["id"] for row in expected}
    assert outside or username in ("street", "street-officer", "district")
    for case_id in [*sorted(outside), max(everything) + 1000]:
        response = await api.get(username, f"{CASES}/{case_id}")
        assert response.status_code == 404, response.text
        assert "Care case not found" in response.text
        assert "etag" not in response.headers


@pytest.mark.parametrize("username", CALLERS)
async def test_assistance_is_the_same_as_before_and_404_out_of_scope(api, username):
    await _ready(api)
    visible = {row["id"] for row in await _cases(api, await principal_of(api, username), SEEDED_ON)}
    shown = 0
    for case_id in [*await _all_case_ids(api), 10_000]:
        path = f"{CASES}/{case_id}/assistance"
        if case_id in visible:
            expected = await _assistance(api, case_id)
            for limit in (1, 2, 50):
                items, pages = await walk(api, username, path, limit)
                assert items == expected
                assert pages == max(1, -(-len(expected) // limit))
            shown += len(expected)
        else:
            response = await api.get(username, path, params={"cursor": "junk"})
            assert response.status_code == 404, response.text  # the case's scope first, as before
            assert "Care case not found" in response.text
    assert shown or username in ("unit", "community-b") or not visible


async def test_the_lane_and_fastapi_answer_alike(api):
    """The converted care routes answer through the read lane as FastAPI answers them (an app built
    with the lane off), for good and bad requests; the visits (audited) stay off the lane."""
    await _ready(api)
    ids = await _all_case_ids(api)
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
