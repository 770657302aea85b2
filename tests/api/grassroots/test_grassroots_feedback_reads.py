"""Staff reads of feedback on the fast read path (app/services/grassroots/feedback_reads.py) for the
callers who do not handle feedback, and on the audited session path for those who do: every demo
caller sees what the session path showed, page by page and filter by filter, judged on several days;
the single reads with their ETag, 404 outside the scope; the contact read is audited only where it
is shown. The previous implementation's query and view are copied here."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Select, func, select

from app.authz import Principal, scoped_org_ids
from app.models.core.audit import AuditEvent
from app.models.grassroots.sunshine import Feedback, FeedbackCategory, FeedbackStatus
from app.schemas.grassroots.sunshine import FeedbackRead
from app.security import pii_cipher
from tests.api.grassroots.sunshine_read_data import CALLERS, on_day, seed_commitments
from tests.api.read_helpers import lane_answers_as_fastapi, principal_of, walk
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
PATH = "/api/v1/feedback"
OPEN = (FeedbackStatus.open, FeedbackStatus.escalated)
DAYS = [date(2019, 3, 20), date(2026, 3, 5), date(2026, 3, 25)]


# The previous implementation: app/services/grassroots/feedback.list_feedback / get_feedback and
# feedback_reads (newest first; the contact only for those who handle feedback).


def _old_feedback(principal: Principal, day: date, **filters: str) -> Select[Any]:
    stmt = select(Feedback).where(Feedback.org_id.in_(scoped_org_ids(principal)))
    overdue = Feedback.status.in_(OPEN) & (Feedback.due_on < day)
    for name, value in filters.items():
        if name == "status":
            stmt = stmt.where(Feedback.status == FeedbackStatus(value))
        elif name == "category":
            stmt = stmt.where(Feedback.category == FeedbackCategory(value))
        elif name == "org_id":
            stmt = stmt.where(Feedback.org_id == int(value))
        elif name == "overdue":
            stmt = stmt.where(overdue if value == "true" else ~overdue)
        else:
            escalated = (
                Feedback.escalated_to_id.is_not(None)
                if value == "true"
                else Feedback.escalated_to_id.is_(None)
            )
            stmt = stmt.where(escalated)
    return stmt.order_by(Feedback.id.desc())


async def _expected(api: Api, principal: Principal, day: date, **filters: str) -> list[dict]:
    show = principal.can("feedback:handle")
    cipher = pii_cipher(api.settings)
    async with api.session() as session:
        rows = (await session.execute(_old_feedback(principal, day, **filters))).scalars().all()
    return [
        FeedbackRead.model_validate(
            {
                **{k: getattr(f, k) for k in FeedbackRead.model_fields if hasattr(f, k)},
                "contact": cipher.decrypt(f.contact_enc) if show and f.contact_enc else None,
                "overdue": f.status in OPEN and f.due_on < day,
                "answered_on_time": None if f.answered_on is None else f.answered_on <= f.due_on,
            }
        ).model_dump(mode="json")
        for f in rows
    ]


async def _contact_reads(api: Api) -> int:
    async with api.session() as session:
        query = select(func.count()).where(AuditEvent.action == "feedback.contacts_read")
        return (await session.execute(query)).scalar_one()


@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_feedback_as_before(api, username):
    await seed_commitments(api)
    principal = await principal_of(api, username)
    orgs = sorted((await org_ids(api)).values())
    cases: list[dict[str, Any]] = [{"status": s.value} for s in FeedbackStatus]
    cases += [{"category": c.value} for c in FeedbackCategory] + [{"org_id": o} for o in orgs]
    cases += [{"overdue": b} for b in ("true", "false")] + [{"escalated": b} for b in ("true", "false")]
    cases += [{"overdue": "false", "escalated": "true", "status": "escalated"}]
    before = await _contact_reads(api)
    for day in DAYS:
        with on_day(api, day):
            expected = await _expected(api, principal, day)
            assert expected, "every caller has feedback once seeded"
            for limit in (1, 2, 3):
                items, pages = await walk(api, username, PATH, limit)
                assert items == expected, (day, limit)
                assert pages == max(1, -(-len(expected) // limit))
            nonempty = 0
            for filters in cases:
                rows = await _expected(api, principal, day, **{k: str(v) for k, v in filters.items()})
                assert (await walk(api, username, PATH, 1, **filters))[0] == rows, (day, filters)
                nonempty += bool(rows)
            assert nonempty >= 3
    if principal.can("feedback:handle"):
        assert await _contact_reads(api) > before
    else:
        assert await _contact_reads(api) == before  # nothing shown, nothing audited


@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_match_and_are_404_out_of_scope(api, username):
    await seed_commitments(api)
    principal = await principal_of(api, username)
    async with api.session() as session:
        everything = set((await session.execute(select(Feedback.id))).scalars().all())
    day = DAYS[-1]
    with on_day(api, day):
        expected = await _expected(api, principal, day)
        assert expected
        assert any(row["overdue"] for row in expected) or username in ("community-a", "unit")
        for row in expected:
            response = await api.get(username, f"{PATH}/{row['id']}")
            assert response.status_code == 200, response.text
            assert response.json() == row
            assert response.headers["etag"] == f'"{row["version"]}"'
        outside = everything - {row["id"] for row in expected}
        assert outside or username in ("district", "street", "street-officer")
        for object_id in [*sorted(outside), max(everything) + 1000]:
            response = await api.get(username, f"{PATH}/{object_id}")
            assert response.status_code == 404, (object_id, response.text)
            assert "Feedback not found" in response.text
            assert "etag" not in response.headers


async def test_the_lane_and_fastapi_answer_alike(api):

    await seed_commitments(api)
    async with api.session() as session:
        ids = sorted((await session.execute(select(Feedback.id))).scalars().all())
    cases: list[tuple[str | None, str, dict]] = []
    for user in ("district", "unit", "street"):
        first = (await api.get(user, PATH, params={"limit": 1})).json()
        for params in (
            {},
            {"limit": 1},
            {"limit": 1, "cursor": first["next_cursor"]},
            {"limit": 0},
            {"limit": 101},
        ):
            cases.append((user, PATH, params))
        cases += [(user, PATH, {"cursor": "not-a-cursor"}), (user, PATH, {"status": "bogus"})]
        cases += [(user, PATH, {"overdue": "maybe"}), (user, PATH, {"overdue": "true", "escalated": "false"})]
        cases += [(user, f"{PATH}/{i}", {}) for i in (ids[0], ids[-1], ids[-1] + 1, 0, "abc")]
    cases += [(None, PATH, {}), (None, f"{PATH}/{ids[0]}", {})]
    statuses: set[int] = set()
    for day in (DAYS[1], DAYS[2]):
        with on_day(api, day):
            statuses |= await lane_answers_as_fastapi(api, cases)
    assert {200, 401, 404, 422} <= statuses
