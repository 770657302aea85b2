"""Referrals: the FHIR-like workflow, illegal transitions, overdue lists, scope, audit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.quality.referral import Referral, ReferralStatus
from tests.api.benefits.benefit_helpers import set_today

pytestmark = pytest.mark.asyncio


async def _partner(api, kind="mch_hospital") -> int:
    return (await api.get("community-a", "/api/v1/partners", params={"kind": kind})).json()["items"][0]["id"]


async def _referral(api, index=30, **overrides) -> dict:
    resident = (await api.get("community-a", "/api/v1/residents", params={"limit": 60})).json()["items"][
        index
    ]
    body = {
        "resident_id": resident["id"],
        "partner_id": await _partner(api),
        "reason": "月经不调，转诊妇科",
        "follow_up_due_on": "2099-12-31",
        **overrides,
    }
    response = await api.post("community-a", "/api/v1/referrals", body)
    assert response.status_code == 201, response.text
    return response.json()


async def test_referral_walks_requested_accepted_scheduled_completed(api):
    referral = await _referral(api)
    assert referral["status"] == "requested" and referral["priority"] == "routine"
    path = f"/api/v1/referrals/{referral['id']}"
    accepted = await api.post("community-a", f"{path}/accept", headers={"If-Match": '"1"'})
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["status"] == "accepted" and accepted.headers["etag"] == '"2"'
    scheduled = await api.post(
        "community-a", f"{path}/schedule", {"scheduled_for": "2099-05-06T09:30:00+08:00"}
    )
    assert scheduled.json()["status"] == "scheduled"
    assert scheduled.json()["scheduled_for"].startswith("2099-05-06T01:30:00")
    # not before the scheduled day (Beijing date), with the reason
    set_today(api, date(2099, 5, 5))
    early = await api.post(
        "community-a", f"{path}/complete", {"outcome": "已就诊"}, headers={"Accept-Language": "zh-CN"}
    )
    assert early.status_code == 409 and early.json()["scheduled_on"] == "2099-05-06"
    assert "预约日之前不能登记完成" in early.json()["detail"]
    assert (await api.get("community-a", path)).json()["status"] == "scheduled"
    set_today(api, date(2099, 5, 6))
    completed = await api.post("community-a", f"{path}/complete", {"outcome": "已就诊，予药物治疗"})
    api.app.dependency_overrides.clear()
    assert completed.status_code == 200
    assert completed.json()["status"] == "completed" and completed.json()["closed_at"] is not None

    again = await api.post("community-a", f"{path}/cancel", {"reason": "误操作"})
    assert again.status_code == 409
    assert again.json()["current_state"] == "completed" and again.json()["action"] == "cancel"

    async with api.session() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(AuditEvent.object_type == "referral", AuditEvent.object_id == str(referral["id"]))
                    .order_by(AuditEvent.id)
                )
            )
            .scalars()
            .all()
        )
        stored = (await session.execute(select(Referral).where(Referral.id == referral["id"]))).scalar_one()
    assert actions == ["referral.requested", "referral.accepted", "referral.scheduled", "referral.completed"]
    assert stored.status is ReferralStatus.completed and stored.outcome == "已就诊，予药物治疗"


@pytest.mark.parametrize(
    ("steps", "illegal"),
    [
        ([], "complete"),  # requested → completed skips accept and schedule
        ([], "schedule"),
        (["accept"], "accept"),
        (["accept", "schedule"], "decline"),  # the provider cannot decline after the appointment was made
    ],
)
async def test_illegal_transitions_are_409_with_the_current_state(api, steps, illegal):
    referral = await _referral(api, index=31 + len(steps))
    path = f"/api/v1/referrals/{referral['id']}"
    bodies = {
        "accept": None,
        "schedule": {"scheduled_for": "2099-01-01T08:00:00Z"},
        "complete": {"outcome": "完成"},
        "decline": {"reason": "不在服务范围"},
    }
    for step in steps:
        assert (await api.post("community-a", f"{path}/{step}", bodies[step])).status_code == 200
    response = await api.post("community-a", f"{path}/{illegal}", bodies[illegal])
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    current = (await api.get("community-a", path)).json()["status"]
    assert response.json()["current_state"] == current


async def test_decline_and_cancel_need_reasons_and_close_the_referral(api):
    declined = await _referral(api, index=40)
    path = f"/api/v1/referrals/{declined['id']}"
    assert (await api.post("community-a", f"{path}/decline", {})).status_code == 422
    assert (await api.post("community-a", f"{path}/accept")).status_code == 200
    no_offset = await api.post("community-a", f"{path}/schedule", {"scheduled_for": "2099-01-01T08:00:00"})
    assert no_offset.status_code == 422  # an appointment time needs its offset
    response = await api.post("community-a", f"{path}/decline", {"reason": "本院不开展该项目"})
    assert response.status_code == 200 and response.json()["status_reason"] == "本院不开展该项目"
    assert response.json()["closed_at"] is not None

    cancelled = await _referral(api, index=44)
    path = f"/api/v1/referrals/{cancelled['id']}"
    assert (await api.post("community-a", f"{path}/cancel", {"reason": ""})).status_code == 422
    response = await api.post("community-a", f"{path}/cancel", {"reason": "已在外院就诊"})
    assert response.status_code == 200 and response.json()["status"] == "cancelled"


async def test_stale_if_match_is_412(api):
    referral = await _referral(api, index=41)
    path = f"/api/v1/referrals/{referral['id']}"
    assert (await api.post("community-a", f"{path}/accept")).status_code == 200
    stale = await api.post(
        "community-a",
        f"{path}/schedule",
        {"scheduled_for": "2099-01-01T08:00:00Z"},
        headers={"If-Match": '"1"'},
    )
    assert stale.status_code == 412
    assert (await api.get("community-a", path)).json()["status"] == "accepted"


async def test_overdue_list_and_scope(api):
    referral = await _referral(api, index=42)
    async with api.session() as session:
        row = (await session.execute(select(Referral).where(Referral.id == referral["id"]))).scalar_one()
        row.follow_up_due_on = row.follow_up_due_on.replace(year=2019)
        await session.commit()
    overdue = await api.get("community-a", "/api/v1/referrals", params={"overdue": "true", "limit": 100})
    items = {r["id"]: r for r in overdue.json()["items"]}
    assert referral["id"] in items and items[referral["id"]]["overdue"] is True
    assert all(r["status"] in ("requested", "accepted", "scheduled") for r in items.values())
    not_overdue = await api.get("community-a", "/api/v1/referrals", params={"overdue": "false", "limit": 100})
    assert referral["id"] not in {r["id"] for r in not_overdue.json()["items"]}
    # another community neither sees nor moves it
    assert (await api.get("community-b", f"/api/v1/referrals/{referral['id']}")).status_code == 404
    assert (await api.post("community-b", f"/api/v1/referrals/{referral['id']}/accept")).status_code == 404
    listed = await api.get("community-b", "/api/v1/referrals", params={"overdue": "true"})
    assert referral["id"] not in {r["id"] for r in listed.json()["items"]}


async def test_who_may_do_what(api):
    referral = await _referral(api, index=43)
    path = f"/api/v1/referrals/{referral['id']}"
    # the district integration system reports the provider's answers but cannot make or cancel referrals
    assert (await api.post("integration", f"{path}/accept")).status_code == 200
    assert (await api.post("integration", f"{path}/cancel", {"reason": "x"})).status_code == 403
    resident = (await api.get("community-a", "/api/v1/residents", params={"limit": 1})).json()["items"][0]
    assert (
        await api.post(
            "integration",
            "/api/v1/referrals",
            {
                "resident_id": resident["id"],
                "partner_id": await _partner(api),
                "reason": "x",
                "follow_up_due_on": "2099-01-01",
            },
        )
    ).status_code == 403
    # bad input: a past follow-up date, a partner from nowhere, no subject
    for body, status in (
        (
            {
                "resident_id": resident["id"],
                "partner_id": await _partner(api),
                "reason": "x",
                "follow_up_due_on": "2001-01-01",
            },
            422,
        ),
        (
            {
                "resident_id": resident["id"],
                "partner_id": 999999,
                "reason": "x",
                "follow_up_due_on": "2099-01-01",
            },
            404,
        ),
        ({"partner_id": await _partner(api), "reason": "x", "follow_up_due_on": "2099-01-01"}, 422),
    ):
        assert (await api.post("community-a", "/api/v1/referrals", body)).status_code == status
