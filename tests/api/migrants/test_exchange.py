"""Exchange with other regions: a verification round trip through the integration account on the
working-day clock (2019 calendar: National Day holidays and make-up days), and overdue ones."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.clock import set_today
from app.models.core.outbox import OutboxEvent
from app.worker import Worker
from tests.demo_ids import org_ids
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio
URL = "/api/v1/exchange/messages"


@pytest.fixture(autouse=True)
def reset_today():
    yield
    set_today(None)


async def _migrant(api) -> dict:
    ids = await org_ids(api)
    resident = await api.post(
        "community-a",
        "/api/v1/residents",
        resident_body(ids["community-a"], household_division_code="500101001001"),
    )
    body = {"resident_id": resident.json()["id"], "arrival_date": "2019-09-01", "address": "幸福路1号"}
    response = await api.post("community-a", "/api/v1/migrants", body)
    assert response.status_code == 201, response.text
    return response.json()


async def _overdue_ids(api, user="community-a") -> list[int]:
    page = await api.get(user, URL, params={"overdue": True, "limit": 100})
    return [m["id"] for m in page.json()["items"]]


async def test_verification_round_trip_on_the_working_day_clock(api):
    set_today(date(2019, 9, 27))
    migrant = await _migrant(api)
    queued = await api.post(
        "community-a",
        URL,
        {
            "kind": "verification_request",
            "counterpart_region": "500101",
            "migrant_id": migrant["id"],
            "body": {"question": "请核实该对象生育情况"},
        },
    )
    assert queued.status_code == 201, queued.text
    request = queued.json()
    # 7 working days from Friday 27 Sep 2019: Sun 29 Sep and Sat 12 Oct are make-up working days,
    # 1-7 Oct are the National Day holidays
    assert request["status"] == "awaiting_collection" and request["due_on"] == "2019-10-12"

    set_today(date(2019, 10, 14))
    assert request["id"] in await _overdue_ids(api)  # not sent in time
    assert (await api.post("community-a", f"{URL}/collect", {"ids": [request["id"]]})).status_code == 403

    set_today(date(2019, 10, 8))
    collected = await api.post("integration", f"{URL}/collect", {"ids": [request["id"]]})
    assert collected.status_code == 200, collected.text
    sent = collected.json()[0]
    assert sent["status"] == "sent" and sent["collected_at"] and sent["due_on"] == "2019-10-28"
    again = await api.post("integration", f"{URL}/collect", {"ids": [request["id"]]})
    assert again.json()[0]["collected_at"] == sent["collected_at"]

    set_today(date(2019, 10, 20))
    answer_body = {
        "sender_message_id": "cq-500101-2019-0077",
        "kind": "verification_answer",
        "counterpart_region": "500101",
        "in_reply_to": request["sender_message_id"],
        "body": {"children": 1, "registered": True},
    }
    answered = await api.post("integration", f"{URL}/inbound", answer_body)
    assert answered.status_code == 201, answered.text
    answer = answered.json()
    assert answer["status"] == "received" and answer["due_on"] == "2019-11-08"
    assert answer["migrant_id"] == migrant["id"]
    repeat = await api.post("integration", f"{URL}/inbound", answer_body)
    assert repeat.status_code == 200 and repeat.json()["id"] == answer["id"]
    closed = (await api.get("community-a", f"{URL}/{request['id']}")).json()
    assert closed["status"] == "answered" and closed["done_on"] == "2019-10-20" and closed["overdue"] is False
    async with api.session() as session:
        events = (
            (
                await session.execute(
                    select(OutboxEvent.payload).where(OutboxEvent.topic == "exchange.message_received")
                )
            )
            .scalars()
            .all()
        )
    assert [e["message_id"] for e in events] == [answer["id"]]

    set_today(date(2019, 11, 11))
    assert answer["id"] in await _overdue_ids(api)  # the result is not reported back yet
    result = await api.post(
        "community-a",
        URL,
        {"kind": "verification_result", "counterpart_region": "500101", "in_reply_to_id": answer["id"]},
    )
    assert result.status_code == 201
    assert answer["id"] not in await _overdue_ids(api)
    assert (await api.get("community-a", f"{URL}/{answer['id']}")).json()["status"] == "answered"


async def test_unanswered_request_becomes_overdue_and_scope_holds(api):
    ids = await org_ids(api)
    set_today(date(2019, 9, 2))
    queued = (
        await api.post("community-a", URL, {"kind": "verification_request", "counterpart_region": "510104"})
    ).json()
    await api.post("integration", f"{URL}/collect", {"ids": [queued["id"]]})
    set_today(date(2019, 9, 24))  # 15 working days after 2 Sep (mid-autumn 13 Sep) is 24 Sep: still on time
    assert queued["id"] not in await _overdue_ids(api)
    set_today(date(2019, 9, 25))
    assert queued["id"] in await _overdue_ids(api)
    assert queued["id"] in await _overdue_ids(api, "street")
    # the worker announces a clock that ran out, once
    worker = Worker(api.database, api.settings)
    assert (await worker.run_jobs())["exchange_overdue"] >= 1
    assert (await worker.run_jobs())["exchange_overdue"] == 0
    async with api.session() as session:
        late = (
            (
                await session.execute(
                    select(OutboxEvent.payload).where(OutboxEvent.topic == "exchange.message_overdue")
                )
            )
            .scalars()
            .all()
        )
    assert queued["id"] in [e["message_id"] for e in late]
    assert queued["id"] not in await _overdue_ids(api, "community-b")
    assert (await api.get("community-b", f"{URL}/{queued['id']}")).status_code == 404

    notice = {"sender_message_id": "sc-1", "kind": "departure_notice", "counterpart_region": "510104"}
    assert (await api.post("integration", f"{URL}/inbound", notice)).status_code == 422  # addressed to nobody
    to_unit = await api.post("integration", f"{URL}/inbound", {**notice, "org_id": ids["unit"]})
    assert to_unit.status_code == 422
    ok = await api.post("integration", f"{URL}/inbound", {**notice, "org_id": ids["community-b"]})
    assert ok.status_code == 201 and ok.json()["due_on"] is None and ok.json()["overdue"] is False
    seen_b = (await api.get("community-b", URL, params={"direction": "inbound"})).json()["items"]
    assert [m["id"] for m in seen_b] == [ok.json()["id"]]
    bad_reply = await api.post(
        "integration", f"{URL}/inbound", {**notice, "sender_message_id": "sc-2", "in_reply_to": "nope"}
    )
    assert bad_reply.status_code == 422
    assert (await api.post("integration", f"{URL}/collect", {"ids": [ok.json()["id"]]})).status_code == 404
