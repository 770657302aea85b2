"""Staff reads of feedback on the fast read path (app/services/grassroots/feedback_reads.py) for the
callers who do not handle feedback, and on the audited session path for those who do, over the demo's
and the seed's cases: every demo caller sees exactly the feedback of its subtree, newest first, in
pages; each filter keeps exactly its rows; the overdue flag judged on several days; the single reads
with their ETag, 404 outside the scope; the contact shown (and its read audited) only to those who
handle feedback."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.models.core.audit import AuditEvent
from app.models.grassroots.sunshine import Feedback, FeedbackCategory, FeedbackStatus
from app.security import pii_cipher
from tests.api.grassroots.sunshine_read_data import CALLERS, on_day, seed_commitments
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
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
PATH = "/api/v1/feedback"
DAYS = [date(2019, 3, 20), date(2026, 3, 5), date(2026, 3, 25)]


async def _contact_reads(api: Api) -> int:
    async with api.session() as session:
        query = select(func.count()).where(AuditEvent.action == "feedback.contacts_read")
        return (await session.execute(query)).scalar_one()


def _keeps(field: str, value: str, row: dict) -> bool:
    if field == "escalated":
        return (row["escalated_to_id"] is not None) == (value == "true")
    if field == "overdue":
        return row["overdue"] == (value == "true")
    return str(row[field]) == value


@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_its_subtrees_feedback(api, username):
    await seed_commitments(api)
    principal = await principal_of(api, username)
    mine = await orgs_under(api, principal.org_id)
    every = await all_rows(api, Feedback.id, Feedback.org_id)
    show = principal.can("feedback:handle")
    cipher = pii_cipher(api.settings)
    contact = {
        i: enc and cipher.decrypt(enc) for i, enc in await all_rows(api, Feedback.id, Feedback.contact_enc)
    }
    assert "139" in contact.values()
    cases: list[tuple[str, str]] = [("status", s.value) for s in FeedbackStatus]
    cases += [("category", c.value) for c in FeedbackCategory]
    cases += [("org_id", str(o)) for o in sorted((await org_ids(api)).values())]
    cases += [(f, b) for f in ("overdue", "escalated") for b in ("true", "false")]
    before = await _contact_reads(api)
    overdue_seen = set()
    for day in DAYS:
        with on_day(api, day):
            rows = await pages_agree(api, username, PATH)
            ids = [r["id"] for r in rows]
            assert ids == sorted((i for i, org in every if org in mine), reverse=True), "its subtree, newest"
            for r in rows:
                late = r["status"] in ("open", "escalated") and r["due_on"] < day.isoformat()
                assert r["overdue"] == late, (day, r)
                on_time = None if r["answered_on"] is None else r["answered_on"] <= r["due_on"]
                assert r["answered_on_time"] == on_time
                overdue_seen.add(r["overdue"])
            # the stored contact, decrypted, only for those who handle feedback
            assert [r["contact"] for r in rows] == [contact[r["id"]] if show else None for r in rows]
            nonempty = 0
            for field, value in cases:
                kept = (await walk(api, username, PATH, 2, **{field: value}))[0]
                assert kept == [r for r in rows if _keeps(field, value, r)], (day, field, value)
                nonempty += bool(kept)
            assert nonempty >= 3
            both = {"overdue": "false", "escalated": "true", "status": "escalated"}
            kept = (await walk(api, username, PATH, 2, **both))[0]
            assert kept == [r for r in rows if all(_keeps(f, v, r) for f, v in both.items())]
    assert overdue_seen == {True, False} or username in ("community-a", "unit")
    if show:
        assert await _contact_reads(api) > before
    else:
        assert await _contact_reads(api) == before  # nothing shown, nothing audited


@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_are_the_rows_and_404_out_of_scope(api, username):
    await seed_commitments(api)
    every = await all_rows(api, Feedback.id)
    with on_day(api, DAYS[-1]):
        rows = await singles_are_rows(api, username, PATH, every, "Feedback")
        assert rows and (set(every) - set(rows) or username in ("district", "street", "street-officer"))


async def test_the_lane_and_fastapi_answer_alike(api):
    await seed_commitments(api)
    ids = await all_rows(api, Feedback.id)
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
