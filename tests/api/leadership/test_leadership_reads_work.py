"""Assignments, their notes and evaluations on the fast read path
(app/services/leadership/assignment_reads.py, evaluation_reads.py) show exactly what the session
path showed, for every demo caller, page and filter; and the leadership lane answers as FastAPI
does. The previous implementation's queries are copied here (app/services/leadership/assignments.py
``list_assignments``/``get_assignment``/``to_reads``/``list_notes``, evaluations.py
``list_evaluations``/``get_evaluation``/``to_read``)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import ColumnElement, Select, and_, exists, not_, or_, select

from app.authz import Principal, scoped_org_ids
from app.models.core.user import User
from app.models.leadership.assignment import Assignment, AssignmentNote, AssignmentStatus
from app.models.leadership.book import ResponsibilityBook
from app.models.leadership.evaluation import AccountabilityAction, Evaluation, EvaluationScore
from app.schemas.leadership.assignment import AssignmentNoteRead, AssignmentRead
from app.schemas.leadership.progress import AccountabilityRead, EvaluationRead, EvaluationScoreRead
from tests.api.leadership.leadership_read_data import ASSIGNMENTS, BOOKS, EVALUATIONS, make_records
from tests.api.read_helpers import lane_answers_as_fastapi, principal_of, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]


@pytest.fixture(scope="module")
async def records(api: Api) -> dict[str, Any]:
    return await make_records(api)


def _old_gone() -> ColumnElement[bool]:
    stays = exists(
        select(User.id)
        .join(ResponsibilityBook, ResponsibilityBook.id == Assignment.book_id)
        .where(
            User.id == Assignment.assignee_id,
            User.is_active.is_(True),
            or_(User.org_id == ResponsibilityBook.org_id, User.org_id == ResponsibilityBook.street_id),
        )
        .correlate(Assignment)
    )
    return and_(Assignment.status == AssignmentStatus.open, not_(stays))


def _old_assignments(principal: Principal, **filters: Any) -> Select[Any]:
    stmt = select(Assignment).where(Assignment.org_id.in_(scoped_org_ids(principal)))
    for name in ("book_id", "assignee_id"):
        if filters.get(name) is not None:
            stmt = stmt.where(getattr(Assignment, name) == filters[name])
    if filters.get("status") is not None:
        stmt = stmt.where(Assignment.status == AssignmentStatus(filters["status"]))
    if filters.get("needs_reassignment") is not None:
        stmt = stmt.where(_old_gone() if filters["needs_reassignment"] == "true" else not_(_old_gone()))
    return stmt.order_by(Assignment.id)


async def _old_assignment_reads(api: Api, items: list[Assignment]) -> list[dict[str, Any]]:
    async with api.session() as session:
        query = select(Assignment.id).where(Assignment.id.in_([a.id for a in items]), _old_gone())
        gone = set((await session.execute(query)).scalars())
        names = dict((await session.execute(select(User.id, User.full_name))).tuples().all())
    return [
        AssignmentRead.model_validate(
            {
                **AssignmentRead.model_validate(a).model_dump(),
                "needs_reassignment": a.id in gone,
                "assignee_name": names[a.assignee_id],
            }
        ).model_dump(mode="json")
        for a in items
    ]


@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_assignments_as_before(api, records, username):
    principal = await principal_of(api, username)
    cases: list[dict[str, Any]] = [
        {},
        {"book_id": records["books"]["community-a"]},
        {"book_id": records["books"]["unit"]},
        {"assignee_id": records["worker"]},
        {"status": "open"},
        {"status": "done"},
        {"needs_reassignment": "true"},
        {"needs_reassignment": "false"},
        {"needs_reassignment": "true", "status": "open", "book_id": records["books"]["community-a"]},
    ]
    nonempty = 0
    for filters in cases:
        async with api.session() as session:
            items = list((await session.execute(_old_assignments(principal, **filters))).scalars())
        expected = await _old_assignment_reads(api, items)
        got, pages = await walk(api, username, ASSIGNMENTS, 2, **filters)
        assert got == expected, filters
        assert pages == max(1, -(-len(expected) // 2)), filters
        nonempty += bool(expected)
    assert nonempty >= 3
    everything = (await walk(api, username, ASSIGNMENTS, 100))[0]
    if username in ("community-a", "street", "district"):
        assert any(r["needs_reassignment"] for r in everything)
        assert not all(r["needs_reassignment"] for r in everything)


@pytest.mark.parametrize("username", CALLERS)
async def test_single_assignments_and_notes_read_as_before(api, records, username):
    principal = await principal_of(api, username)
    async with api.session() as session:
        items = list((await session.execute(select(Assignment).order_by(Assignment.id))).scalars())
        seen = set(
            (await session.execute(_old_assignments(principal).with_only_columns(Assignment.id))).scalars()
        )
        notes = list((await session.execute(select(AssignmentNote).order_by(AssignmentNote.id))).scalars())
    expected = dict(zip([a.id for a in items], await _old_assignment_reads(api, items), strict=True))
    assert seen and len(items) >= 7
    for assignment_id, body in [*expected.items(), (999999, None)]:
        response = await api.get(username, f"{ASSIGNMENTS}/{assignment_id}")
        listed = await api.get(username, f"{ASSIGNMENTS}/{assignment_id}/notes")
        if assignment_id in seen:
            assert response.status_code == 200, response.text
            assert response.json() == body
            assert response.headers["etag"] == f'"{body["version"]}"'
            old = [
                AssignmentNoteRead.model_validate(n).model_dump(mode="json")
                for n in notes
                if n.assignment_id == assignment_id
            ]
            assert listed.status_code == 200 and listed.json() == old
        else:
            for answer in (response, listed):
                assert answer.status_code == 404, assignment_id
                assert answer.json()["detail"] == "Assignment not found"
    if records["assignments"][0] in seen:
        assert len((await api.get(username, f"{ASSIGNMENTS}/{records['assignments'][0]}/notes")).json()) == 2


async def _old_evaluation_reads(api: Api, evaluations: list[Evaluation]) -> list[dict[str, Any]]:
    out = []
    async with api.session() as session:
        for evaluation in evaluations:
            scores = (
                await session.execute(
                    select(EvaluationScore)
                    .where(EvaluationScore.evaluation_id == evaluation.id)
                    .order_by(EvaluationScore.position)
                )
            ).scalars()
            actions = (
                await session.execute(
                    select(AccountabilityAction)
                    .where(AccountabilityAction.evaluation_id == evaluation.id)
                    .order_by(AccountabilityAction.id)
                )
            ).scalars()
            fields = {
                c: getattr(evaluation, c) for c in EvaluationRead.model_fields if hasattr(evaluation, c)
            }
            read = EvaluationRead.model_validate(
                {
                    **fields,
                    "scores": [EvaluationScoreRead.model_validate(s) for s in scores],
                    "accountability": [AccountabilityRead.model_validate(a) for a in actions],
                }
            )
            out.append(read.model_dump(mode="json"))
    return out


def _old_evaluations(principal: Principal, year: int | None = None) -> Select[Any]:
    stmt = select(Evaluation).where(Evaluation.org_id.in_(scoped_org_ids(principal)))
    if year is not None:
        stmt = stmt.where(Evaluation.as_of >= date(year, 1, 1), Evaluation.as_of <= date(year, 12, 31))
    return stmt.order_by(Evaluation.id)


@pytest.mark.parametrize("username", CALLERS)
async def test_evaluations_read_as_before(api, records, username):
    principal = await principal_of(api, username)
    for year in (None, 2019, 2020):
        async with api.session() as session:
            items = list((await session.execute(_old_evaluations(principal, year))).scalars())
        expected = await _old_evaluation_reads(api, items)
        got, pages = await walk(api, username, EVALUATIONS, 1, **({"year": year} if year else {}))
        assert got == expected, year
        assert pages == max(1, len(expected)), year
    async with api.session() as session:
        everything = list((await session.execute(select(Evaluation).order_by(Evaluation.id))).scalars())
        seen = set(
            (await session.execute(_old_evaluations(principal).with_only_columns(Evaluation.id))).scalars()
        )
    assert len(everything) == 2
    if username in ("street", "district"):
        assert seen == {e.id for e in everything}
    for evaluation, body in zip(everything, await _old_evaluation_reads(api, everything), strict=True):
        response = await api.get(username, f"{EVALUATIONS}/{evaluation.id}")
        if evaluation.id in seen:
            assert response.status_code == 200 and response.json() == body
            assert response.headers["etag"] == f'"{body["version"]}"'
        else:
            assert response.status_code == 404 and response.json()["detail"] == "Evaluation not found"
    first = (await api.get("street", f"{EVALUATIONS}/{records['evaluations'][0]}")).json()
    assert len(first["accountability"]) == 2 and first["scores"]
    assert any(s["adjustment_reason"] for s in first["scores"])


async def test_the_lane_and_fastapi_answer_alike(api, records):

    book, assignment = records["books"]["community-a"], records["assignments"][0]
    evaluation = records["evaluations"][0]
    page = (await api.get("community-a", BOOKS, params={"limit": 1})).json()
    cases: list[tuple[str | None, str, dict[str, Any]]] = [
        ("community-a", "/api/v1/indicators", {}),
        ("community-a", BOOKS, {}),
        ("community-a", BOOKS, {"limit": 1, "cursor": page["next_cursor"]}),
        ("street", BOOKS, {"year": 2019, "status": "signed", "limit": 2}),
        ("street", BOOKS, {"limit": 0}),
        ("street", BOOKS, {"limit": 101}),
        ("street", BOOKS, {"cursor": "not-a-cursor"}),
        ("street", BOOKS, {"status": "bogus"}),
        ("street", BOOKS, {"year": 1999}),
        ("street", BOOKS, {"org_id": -1}),
        ("community-a", f"{BOOKS}/{book}", {}),
        ("community-b", f"{BOOKS}/{book}", {}),
        ("street", f"{BOOKS}/x", {}),
        ("street", f"{BOOKS}/0", {}),
        ("community-a", f"{BOOKS}/{book}/amendments", {}),
        ("community-b", f"{BOOKS}/{book}/amendments", {}),
        ("street", f"{BOOKS}/x/amendments", {}),
        ("community-a", f"{BOOKS}/{book}/indicators", {}),
        ("unit", f"{BOOKS}/{book}/indicators", {}),
        ("street", f"{BOOKS}/0/indicators", {}),
        (None, f"{BOOKS}/{book}/indicators", {}),
        ("street", ASSIGNMENTS, {"needs_reassignment": "true", "limit": 1}),
        ("street", ASSIGNMENTS, {"needs_reassignment": "maybe"}),
        ("street", ASSIGNMENTS, {"status": "closed"}),
        ("street", ASSIGNMENTS, {"assignee_id": "x"}),
        ("street", ASSIGNMENTS, {"cursor": "not-a-cursor"}),
        ("community-a", f"{ASSIGNMENTS}/{assignment}", {}),
        ("community-b", f"{ASSIGNMENTS}/{assignment}", {}),
        ("street", f"{ASSIGNMENTS}/-3", {}),
        ("community-a", f"{ASSIGNMENTS}/{assignment}/notes", {}),
        ("unit", f"{ASSIGNMENTS}/{assignment}/notes", {}),
        ("street", EVALUATIONS, {"year": 2019, "limit": 1}),
        ("street", EVALUATIONS, {"year": "twenty"}),
        ("street", EVALUATIONS, {"limit": 0}),
        ("street", f"{EVALUATIONS}/{evaluation}", {}),
        ("unit", f"{EVALUATIONS}/{evaluation}", {}),
        ("street", f"{EVALUATIONS}/x", {}),
        (None, BOOKS, {}),
        (None, f"{BOOKS}/{book}", {}),
        (None, "/api/v1/indicators", {}),
        (None, f"{ASSIGNMENTS}/{assignment}/notes", {}),
        (None, EVALUATIONS, {}),
    ]
    statuses = await lane_answers_as_fastapi(api, cases)
    assert statuses == {200, 401, 404, 422}
