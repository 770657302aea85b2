"""Assignments, their notes and evaluations on the fast read path
(app/services/leadership/assignment_reads.py, evaluation_reads.py), over the made records: for every
demo caller the rows of its subtree in pages, each filter's rows, an open assignment flagged for
reassignment exactly when its assignee is no longer an active user of the book's org or street, the
assignee's name, the notes and the evaluations' scores and accountability; the single reads with
their ETag (404 outside the scope); and the leadership lane answers as FastAPI does."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from app.models.core.user import User
from app.models.leadership.assignment import Assignment, AssignmentNote
from app.models.leadership.book import ResponsibilityBook
from app.models.leadership.evaluation import AccountabilityAction, Evaluation, EvaluationScore
from tests.api.leadership.leadership_read_data import ASSIGNMENTS, BOOKS, EVALUATIONS, make_records
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


@pytest.fixture(scope="module")
async def records(api: Api) -> dict[str, Any]:
    return await make_records(api)


async def _in_scope(api: Api, username: str, model: Any) -> list[int]:
    mine = await orgs_under(api, (await principal_of(api, username)).org_id)
    return [i for i, org in await all_rows(api, model.id, model.org_id) if org in mine]


async def _by(api: Api, parent: Any, child: Any) -> dict[int, list[int]]:
    """Each parent's child rows' ids, in the order the child table is read (its first column)."""
    out: dict[int, list[int]] = defaultdict(list)
    for _, child_id, parent_id in await all_rows(api, *child, parent):
        out[parent_id].append(child_id)
    return out


@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_its_subtrees_assignments(api, records, username):
    everything = await pages_agree(api, username, ASSIGNMENTS)
    assert [r["id"] for r in everything] == await _in_scope(api, username, Assignment), "its subtree, by id"
    users = {
        i: (name, active, org)
        for i, name, active, org in await all_rows(api, User.id, User.full_name, User.is_active, User.org_id)
    }
    books = {
        i: (org, street)
        for i, org, street in await all_rows(
            api, ResponsibilityBook.id, ResponsibilityBook.org_id, ResponsibilityBook.street_id
        )
    }
    for row in everything:
        name, active, org = users[row["assignee_id"]]
        stays = active and org in books[row["book_id"]]
        assert row["needs_reassignment"] == (row["status"] == "open" and not stays), row
        assert row["assignee_name"] == name
    if username in ("community-a", "street", "district"):
        assert {r["needs_reassignment"] for r in everything} == {True, False}
    cases: list[dict[str, Any]] = [
        {"book_id": records["books"]["community-a"]},
        {"book_id": records["books"]["unit"]},
        {"assignee_id": records["worker"]},
        {"status": "open"},
        {"status": "done"},
        {"needs_reassignment": True},
        {"needs_reassignment": False},
        {"needs_reassignment": True, "status": "open", "book_id": records["books"]["community-a"]},
    ]
    nonempty = 0
    for filters in cases:
        wire = {f: str(v).lower() if isinstance(v, bool) else v for f, v in filters.items()}
        got = (await walk(api, username, ASSIGNMENTS, 2, **wire))[0]
        assert got == [r for r in everything if all(r[f] == v for f, v in filters.items())], filters
        nonempty += bool(got)
    assert nonempty >= 3


@pytest.mark.parametrize("username", CALLERS)
async def test_single_assignments_and_notes_and_404_out_of_scope(api, records, username):
    listed = {r["id"]: r for r in (await walk(api, username, ASSIGNMENTS, 100))[0]}
    every = await all_rows(api, Assignment.id)
    notes = await _by(api, AssignmentNote.assignment_id, (AssignmentNote.id, AssignmentNote.id))
    assert listed and len(every) >= 7
    for assignment_id in [*every, 999999]:
        response = await api.get(username, f"{ASSIGNMENTS}/{assignment_id}")
        its_notes = await api.get(username, f"{ASSIGNMENTS}/{assignment_id}/notes")
        if assignment_id in listed:
            body = listed[assignment_id]
            assert response.status_code == 200, response.text
            assert response.json() == body
            assert response.headers["etag"] == f'"{body["version"]}"'
            assert its_notes.status_code == 200
            assert [n["id"] for n in its_notes.json()] == notes[assignment_id]
            assert all(n["assignment_id"] == assignment_id for n in its_notes.json())
        else:
            for answer in (response, its_notes):
                assert answer.status_code == 404, assignment_id
                assert answer.json()["detail"] == "Assignment not found"
    if records["assignments"][0] in listed:
        assert len(notes[records["assignments"][0]]) == 2


@pytest.mark.parametrize("username", CALLERS)
async def test_evaluations_with_scores_and_accountability_and_404_out_of_scope(api, records, username):
    everything = await pages_agree(api, username, EVALUATIONS)
    assert [r["id"] for r in everything] == await _in_scope(api, username, Evaluation), "its subtree, by id"
    for year in (2019, 2020):
        got = (await walk(api, username, EVALUATIONS, 1, year=year))[0]
        assert got == [r for r in everything if r["as_of"][:4] == str(year)], year
    scores = await _by(
        api, EvaluationScore.evaluation_id, (EvaluationScore.position, EvaluationScore.book_indicator_id)
    )
    actions = await _by(
        api, AccountabilityAction.evaluation_id, (AccountabilityAction.id, AccountabilityAction.id)
    )
    for row in everything:
        assert [s["book_indicator_id"] for s in row["scores"]] == scores[row["id"]], "in position order"
        assert [a["id"] for a in row["accountability"]] == actions[row["id"]]
    every = await all_rows(api, Evaluation.id)
    assert len(every) == 2
    if username in ("street", "district"):
        assert [r["id"] for r in everything] == every
    await singles_are_rows(api, username, EVALUATIONS, every, "Evaluation")
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
