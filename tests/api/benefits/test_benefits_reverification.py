"""Yearly re-verification (年审): the street opens a round, communities confirm or fail checks,
whatever is unconfirmed at the deadline is suspended, and the round reports progress."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models.benefits.enrolment import Enrolment
from app.models.core.outbox import OutboxEvent
from tests.api.benefits.benefit_helpers import seed_enrolments, set_today
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio


async def test_a_round_from_opening_to_automatic_suspension(api):
    ids = await org_ids(api)
    async with api.session() as session:
        enrolled = await seed_enrolments(
            session, "special_support_disability", ids, {"community-a": 2, "community-b": 1}
        )
    set_today(api, date(2019, 11, 1))
    assert (
        await api.post("community-a", "/api/v1/reverifications", {"year": 2019, "deadline": "2019-12-31"})
    ).status_code == 403
    opened = await api.post(
        "street-officer", "/api/v1/reverifications", {"year": 2019, "deadline": "2019-12-31"}
    )
    assert opened.status_code == 201, opened.text
    round_id = opened.json()["id"]
    assert opened.json()["progress"] == {"pending": 3, "confirmed": 0, "failed": 0, "total": 3}
    duplicate = await api.post(
        "street-officer", "/api/v1/reverifications", {"year": 2019, "deadline": "2019-12-31"}
    )
    assert duplicate.status_code == 409

    checks_a = (await api.get("community-a", f"/api/v1/reverifications/{round_id}/checks")).json()["items"]
    checks_b = (await api.get("community-b", f"/api/v1/reverifications/{round_id}/checks")).json()["items"]
    assert len(checks_a) == 2 and len(checks_b) == 1
    first, second = checks_a
    url = f"/api/v1/reverifications/{round_id}/checks"
    assert (await api.post("community-b", f"{url}/{first['id']}", {"outcome": "confirm"})).status_code == 404
    confirmed = await api.post("community-a", f"{url}/{first['id']}", {"outcome": "confirm"})
    assert confirmed.status_code == 200 and confirmed.json()["status"] == "confirmed"
    assert (await api.post("community-a", f"{url}/{first['id']}", {"outcome": "confirm"})).status_code == 409
    assert (await api.post("community-a", f"{url}/{second['id']}", {"outcome": "fail"})).status_code == 422
    failed = await api.post(
        "community-a", f"{url}/{second['id']}", {"outcome": "fail", "reason": "已迁出本区"}
    )
    assert failed.json()["status"] == "failed"

    early = await api.post("street-officer", f"/api/v1/reverifications/{round_id}/close")
    assert early.status_code == 409
    set_today(api, date(2020, 1, 1))
    closed = await api.post("street-officer", f"/api/v1/reverifications/{round_id}/close")
    assert closed.status_code == 200, closed.text
    assert closed.json()["status"] == "closed"
    assert closed.json()["progress"] == {"pending": 0, "confirmed": 1, "failed": 2, "total": 3}
    community_view = (await api.get("community-a", f"/api/v1/reverifications/{round_id}")).json()
    assert community_view["progress"]["total"] == 2

    async with api.session() as session:
        statuses = {
            e.id: (e.status.value, e.status_reason)
            for e in (await session.execute(select(Enrolment).where(Enrolment.id.in_(enrolled)))).scalars()
        }
    by_check = {c["enrolment_id"]: c for c in checks_a + checks_b}
    assert statuses[first["enrolment_id"]][0] == "active"
    assert statuses[second["enrolment_id"]] == ("suspended", "re-verification 2019 failed: 已迁出本区")
    b_enrolment = checks_b[0]["enrolment_id"]
    assert statuses[b_enrolment][0] == "suspended" and "not confirmed" in statuses[b_enrolment][1]
    assert set(by_check) == set(enrolled)
    # the webhook: the reason in Chinese, its English for a log, the code and its parameters
    async with api.session() as session:
        events = {
            e.payload["enrolment_id"]: e.payload
            for e in (
                await session.execute(
                    select(OutboxEvent).where(OutboxEvent.topic == "benefit.enrolment_suspended")
                )
            ).scalars()
        }
    suspended = events[b_enrolment]
    assert suspended["reason"] == "2019年度资格复核未在2019-12-31前确认"
    assert suspended["reason_en"] == "re-verification 2019 not confirmed by 2019-12-31"
    assert (suspended["reason_code"], suspended["reason_params"]) == (
        "reverification_not_confirmed",
        {"year": 2019, "deadline": "2019-12-31"},
    )
