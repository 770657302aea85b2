"""Public notice (公示) and objections: masked names, the window, objections hold a case, rate limit."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import delete, select

from app.models.benefits.notice import Objection
from app.models.core.audit import AuditEvent
from app.models.core.throttle import Throttle
from tests.api.benefits.benefit_helpers import review, set_today
from tests.api.benefits.notice_helpers import case_in_notice

pytestmark = pytest.mark.asyncio


async def test_public_notice_shows_masked_names_and_no_id_numbers(api):
    set_today(api, date(2019, 7, 1))
    await case_in_notice(api, date(1960, 5, 5), "张晓明")
    response = await api.client.get("/api/v1/public/notices")  # no Authorization header
    assert response.status_code == 200
    text = response.text
    assert "张*明" in text and "张晓明" not in text
    assert "李大伟" not in text
    assert not re.search(r"\d{17}[\dX]", text)
    assert not re.search(r"\d{6}\*{8}", text)  # not even the masked form of an ID number
    item = response.json()["items"][0]
    assert set(item) >= {"community_name", "program_name", "window_ends_on", "entries"}
    assert set(item["entries"][0]) == {"entry_id", "name", "withdrawn"}


async def test_an_objection_during_the_window_holds_the_case_until_resolved(api):
    set_today(api, date(2019, 7, 1))
    app_id, notice_id, entry_id = await case_in_notice(api, date(1960, 6, 6), "王建国")
    set_today(api, date(2019, 7, 3))
    filed = await api.client.post(
        f"/api/v1/public-notices/{notice_id}/objections",
        json={"entry_id": entry_id, "reason": "该户另有子女在外地生活", "contact": "邻居"},
    )
    assert filed.status_code == 201, filed.text
    objection_id = filed.json()["id"]
    assert filed.json()["status"] == "open"

    set_today(api, date(2019, 7, 9))  # window over, but the objection holds the case
    held = await review(api, "street-officer", app_id)
    assert held.status_code == 409
    assert held.json()["current_state"] == "in_notice" and held.json()["open_objections"] == 1

    listed = (await api.get("street-officer", f"/api/v1/public-notices/{notice_id}/objections")).json()
    assert [o["id"] for o in listed["items"]] == [objection_id]
    # the objector's contact: encrypted at rest, shown to the street that resolves, not to others
    assert listed["items"][0]["contact"] == "邻居"
    community_view = (await api.get("community-a", f"/api/v1/public-notices/{notice_id}/objections")).json()
    assert community_view["items"][0]["contact"] is None
    async with api.session() as session:
        stored = (await session.execute(select(Objection).where(Objection.id == objection_id))).scalar_one()
        assert stored.contact_enc and "邻居" not in stored.contact_enc
        reads = (
            (await session.execute(select(AuditEvent).where(AuditEvent.action == "objection.contacts_read")))
            .scalars()
            .all()
        )
    assert [(e.actor_username, e.detail["objection_ids"]) for e in reads] == [
        ("street-officer", [objection_id])
    ]
    assert (await api.get("community-b", f"/api/v1/public-notices/{notice_id}/objections")).json()[
        "items"
    ] == []
    resolve = f"/api/v1/public-notices/{notice_id}/objections/{objection_id}/resolve"
    assert (
        await api.post("community-a", resolve, {"decision": "dismiss", "comment": "x"})
    ).status_code == 403
    dismissed = await api.post(
        "street-officer", resolve, {"decision": "dismiss", "comment": "经核实无其他子女"}
    )
    assert dismissed.status_code == 200 and dismissed.json()["status"] == "dismissed"
    assert (
        await api.post("street-officer", resolve, {"decision": "uphold", "comment": "x"})
    ).status_code == 409
    passed = await review(api, "street-officer", app_id)
    assert passed.status_code == 200 and passed.json()["status"] == "street_approved"
    async with api.session() as session:
        actions = (
            await session.execute(
                select(AuditEvent.action, AuditEvent.actor_username)
                .where(AuditEvent.object_type == "benefit_application", AuditEvent.object_id == str(app_id))
                .order_by(AuditEvent.id)
            )
        ).all()
    assert ("objection.filed", "public") in actions
    assert ("objection.resolved", "street-officer") in actions


async def test_an_upheld_objection_rejects_the_case(api):
    set_today(api, date(2019, 8, 1))
    app_id, notice_id, entry_id = await case_in_notice(api, date(1959, 7, 7), "赵丽")
    filed = await api.client.post(
        f"/api/v1/public-notices/{notice_id}/objections",
        json={"entry_id": entry_id, "reason": "该户已迁出本区多年"},
    )
    resolve = f"/api/v1/public-notices/{notice_id}/objections/{filed.json()['id']}/resolve"
    upheld = await api.post("street", resolve, {"decision": "uphold", "comment": "核实已迁出"})
    assert upheld.json()["status"] == "upheld"
    case = (await api.get("street", f"/api/v1/benefit-applications/{app_id}")).json()
    assert case["status"] == "rejected" and "核实已迁出" in case["decision_reason"]
    assert case["reviews"][-1]["level"] == "street" and case["reviews"][-1]["decision"] == "reject"


async def test_objections_outside_the_window_are_refused(api):
    set_today(api, date(2019, 9, 1))
    _, notice_id, entry_id = await case_in_notice(api, date(1958, 8, 8), "孙红")
    set_today(api, date(2019, 9, 8))  # the window was 1–7 September
    late = await api.client.post(
        f"/api/v1/public-notices/{notice_id}/objections",
        json={"entry_id": entry_id, "reason": "迟到的异议内容"},
    )
    assert late.status_code == 409
    unknown = await api.client.post(
        f"/api/v1/public-notices/{notice_id}/objections",
        json={"entry_id": 999999, "reason": "不存在的公示条目"},
    )
    assert unknown.status_code == 404


async def test_objections_are_rate_limited_by_a_count_in_the_database(api):
    set_today(api, date(2019, 10, 1))
    _, notice_id, entry_id = await case_in_notice(api, date(1957, 9, 9), "周平")
    async with api.session() as session:
        before = len((await session.execute(select(Objection))).scalars().all())
    statuses = []
    for i in range(7):
        response = await api.client.post(
            f"/api/v1/public-notices/{notice_id}/objections",
            json={"entry_id": entry_id, "reason": f"重复提交的异议 {i}"},
        )
        statuses.append(response.status_code)
    # earlier tests in this module filed objections from the same address within the hour
    allowed = max(0, 5 - before)
    assert statuses == [201] * allowed + [429] * (7 - allowed)
    limited = await api.client.post(
        f"/api/v1/public-notices/{notice_id}/objections",
        json={"entry_id": entry_id, "reason": "再来一次异议"},
    )
    assert limited.status_code == 429 and "retry-after" in limited.headers
    async with api.session() as session:
        rows = (await session.execute(select(Objection))).scalars().all()
    assert len(rows) == before + allowed
    assert all(len(r.client_hash) == 64 and "127.0.0.1" not in r.client_hash for r in rows)


async def test_the_last_day_of_the_window_is_accepted_and_the_objector_reads_the_outcome(api):
    set_today(api, date(2019, 10, 8))
    app_id, notice_id, entry_id = await case_in_notice(api, date(1961, 6, 6), "赵红梅")
    notice = next(
        n for n in (await api.client.get("/api/v1/public/notices")).json()["items"] if n["id"] == notice_id
    )
    assert notice["window_ends_on"] == "2019-10-14"  # 7 days: the 8th to the 14th, both included
    entry = next(e for e in notice["entries"] if e["entry_id"] == entry_id)
    assert len(entry["name"].split("、")) == 2  # per person: both paid parents, masked
    set_today(api, date(2019, 10, 14))
    async with api.session() as session:  # an hour later: the other tests' objections no longer count
        await session.execute(delete(Throttle).where(Throttle.key.startswith("objections")))
        await session.commit()
    filed = await api.client.post(
        f"/api/v1/public-notices/{notice_id}/objections",
        json={"entry_id": entry_id, "reason": "该户子女仍健在，见于外地"},
    )
    assert filed.status_code == 201, filed.text
    code = filed.json()["tracking_code"]
    outcome = await api.client.get(f"/api/v1/public/objections/{code}")
    assert outcome.status_code == 200 and outcome.json()["status"] == "open"
    set_today(api, date(2019, 10, 15))
    late = await api.client.post(
        f"/api/v1/public-notices/{notice_id}/objections",
        json={"entry_id": entry_id, "reason": "第二条异议，已过期"},
    )
    assert late.status_code == 409
    resolved = await api.post(
        "street-officer",
        f"/api/v1/public-notices/{notice_id}/objections/{filed.json()['id']}/resolve",
        {"decision": "dismiss", "comment": "经核实子女已于2011年死亡"},
    )
    assert resolved.status_code == 200, resolved.text
    outcome = (await api.client.get(f"/api/v1/public/objections/{code}")).json()
    assert outcome["status"] == "dismissed" and outcome["resolution_comment"] == "经核实子女已于2011年死亡"
    assert (await api.client.get("/api/v1/public/objections/not-a-real-code")).status_code == 404
    assert app_id
