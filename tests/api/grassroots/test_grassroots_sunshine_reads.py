"""Commitments and the public feedback view on the fast read path (app/services/grassroots/
sunshine_reads.py) show exactly what the session path showed: the area's commitments for every demo
caller and filter, page by page; the published commitments anyone reads, newest first, as of several
days; a submitter's view by tracking code (however typed) and the same 404. The previous
implementation's queries are copied here, so these tests compare against it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Select, select

from app.authz import Principal, scoped_org_ids
from app.models.core.org import Org
from app.models.grassroots.sunshine import Commitment, Feedback
from app.schemas.grassroots.sunshine import CommitmentRead, FeedbackPublicView, PublicCommitment
from tests.api.grassroots.sunshine_read_data import CALLERS, STAFF, on_day, seed_commitments
from tests.api.read_helpers import lane_answers_as_fastapi, principal_of, walk
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
PUBLIC = "/api/v1/public/commitments"
DAYS = [date(2019, 1, 1), date(2026, 3, 1), date(2026, 3, 2), date(2026, 6, 1), date(2030, 1, 1)]


# The previous implementation: app/services/grassroots/commitments.list_commitments and
# list_public_commitments, feedback.public_status (an ORM query in a session, keyset by id).


def _old_commitments(principal: Principal, org_id: int | None = None) -> Select[Any]:
    stmt = select(Commitment).where(Commitment.org_id.in_(scoped_org_ids(principal)))
    if org_id is not None:
        stmt = stmt.where(Commitment.org_id == org_id)
    return stmt.order_by(Commitment.id)


async def _expected_staff(api: Api, principal: Principal, **filters: Any) -> list[dict]:
    async with api.session() as session:
        rows = (await session.execute(_old_commitments(principal, **filters))).scalars().all()
    return [CommitmentRead.model_validate(c).model_dump(mode="json") for c in rows]


async def _expected_public(api: Api, day: date) -> list[dict]:
    stmt = (
        select(Commitment, Org.name)
        .join(Org, Org.id == Commitment.org_id)
        .where(Commitment.published_on.is_not(None), Commitment.published_on <= day)
        .order_by(Commitment.id.desc())
    )
    async with api.session() as session:
        rows = (await session.execute(stmt)).all()
    return [
        PublicCommitment(
            id=c.id,
            org_name=name,
            content=c.content,
            due_on=c.due_on,
            published_on=c.published_on,
            fulfilled_on=c.fulfilled_on,
        ).model_dump(mode="json")
        for c, name in rows
    ]


def _old_public_view(feedback: Feedback) -> dict:
    return FeedbackPublicView(
        tracking_code=feedback.tracking_code,
        category=feedback.category,
        subject=feedback.subject,
        status=feedback.status,
        received_on=feedback.received_on,
        due_on=feedback.due_on,
        escalated=feedback.escalated_to_id is not None,
        reply=feedback.reply,
        answered_on=feedback.answered_on,
        satisfaction=feedback.satisfaction,
        about_staff=feedback.about_staff,
        staff_upheld=feedback.staff_upheld,
    ).model_dump(mode="json")


@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_commitments_as_before(api, username):
    await seed_commitments(api)
    principal = await principal_of(api, username)
    expected = await _expected_staff(api, principal)
    assert expected or username == "unit"
    for limit in (1, 2, 3):
        items, pages = await walk(api, username, STAFF, limit)
        assert items == expected
        assert pages == max(1, -(-len(expected) // limit))
    nonempty = 0
    for org_id in sorted((await org_ids(api)).values()):
        rows = await _expected_staff(api, principal, org_id=org_id)
        assert (await walk(api, username, STAFF, 1, org_id=org_id))[0] == rows, org_id
        nonempty += bool(rows)
    assert nonempty >= (0 if username == "unit" else 1)


async def test_anyone_sees_the_published_commitments_as_before_newest_first(api):
    await seed_commitments(api)
    seen = set()
    for day in DAYS:
        expected = await _expected_public(api, day)
        seen.add(len(expected))
        assert [row["id"] for row in expected] == sorted((row["id"] for row in expected), reverse=True)
        with on_day(api, day):
            for limit in (1, 2, 3):
                items: list[dict] = []
                cursor = None
                while True:
                    params = {"limit": limit, **({"cursor": cursor} if cursor else {})}
                    response = await api.client.get(PUBLIC, params=params)
                    assert response.status_code == 200, response.text
                    body = response.json()
                    assert len(body["items"]) <= limit
                    items += body["items"]
                    cursor = body["next_cursor"]
                    if cursor is None:
                        break
                assert items == expected, (day, limit)
    assert len(seen) >= 3 and max(seen) >= 3  # the days show different lists


async def test_the_public_feedback_view_matches_by_any_typing_of_the_code(api):
    await seed_commitments(api)
    async with api.session() as session:
        cases = (await session.execute(select(Feedback).order_by(Feedback.id))).scalars().all()
    views = [_old_public_view(case) for case in cases]
    assert {view["status"] for view in views} >= {"answered", "escalated"}
    assert {view["escalated"] for view in views} == {True, False}
    for view in views:
        code = view["tracking_code"]
        for typed in (code, code.lower(), f"{code[:4]}-{code[4:8]}-{code[8:]}", f" {code[:6]} {code[6:]}"):
            response = await api.client.get(f"/api/v1/public/feedback/{typed}")
            assert response.status_code == 200, (typed, response.text)
            assert response.json() == view
            assert "etag" not in response.headers
    for typed in ("ZZZZZZZZZZZZ", "0000-0000-0000"):
        response = await api.client.get(f"/api/v1/public/feedback/{typed}")
        assert response.status_code == 404, response.text
        assert "No feedback has this tracking code" in response.text


async def test_the_lane_and_fastapi_answer_alike(api):
    """The converted routes answer through the read lane as FastAPI answers them: good and bad
    parameters, no token, and the public routes without one."""
    await seed_commitments(api)
    ids = await org_ids(api)
    async with api.session() as session:
        code = (await session.execute(select(Feedback.tracking_code).limit(1))).scalar_one()
    first = (await api.get("street", STAFF, params={"limit": 1})).json()
    cases: list[tuple[str | None, str, dict]] = []
    for params in (
        {},
        {"limit": 1},
        {"limit": 1, "cursor": first["next_cursor"]},
        {"limit": 0},
        {"limit": 101},
    ):
        cases += [("street", STAFF, params), (None, PUBLIC, params), ("community-a", PUBLIC, params)]
    cases += [
        ("street", STAFF, {"cursor": "not-a-cursor"}),
        ("street", STAFF, {"org_id": ids["community-a"]}),
        ("street", STAFF, {"org_id": -1}),
        ("street", STAFF, {"org_id": "x"}),
        ("unit", STAFF, {}),
        (None, STAFF, {}),
        (None, PUBLIC, {"cursor": "not-a-cursor"}),
        (None, PUBLIC, {"limit": "abc"}),
    ]
    for typed in (code, code.lower(), "ZZZZZZZZZZZZ", "short", "bad$code!!", "x" * 21):
        cases.append((None, f"/api/v1/public/feedback/{typed}", {}))
    statuses: set[int] = set()
    for day in (date(2026, 3, 1), date(2030, 1, 1)):
        with on_day(api, day):
            statuses |= await lane_answers_as_fastapi(api, cases)
    assert {200, 401, 404, 422} <= statuses
