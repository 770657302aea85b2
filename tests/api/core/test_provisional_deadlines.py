"""December does not stop the office: a deadline counted into a year whose holiday arrangement is
not published yet is given by the weekday rule, marked provisional with a note in every answer that
shows it, and counted again (audited, version bumped, an event) when the year arrives — never moved
earlier without saying so.

The package's knowledge of 2027 is taken away here (and any 2027 rows of the template removed), so
these tests mean the same whether or not the installed chinesecalendar knows 2027.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, select

from app.clock import set_today
from app.jobs import JOBS
from app.models.core.audit import AuditEvent
from app.models.core.calendar import CalendarDay, CalendarDayKind, CalendarYear, ProvisionalDeadline
from app.models.core.outbox import OutboxEvent
from app.models.grassroots.sunshine import Feedback
from app.models.lawful_services.service import ServiceRequest
from app.schemas.common import PROVISIONAL_DUE_NOTE
from app.services.core import working_days
from tests.api.benefits.benefit_helpers import set_today as set_request_today
from tests.api.core.deadline_helpers import NEW_YEAR_2027, REQUESTS, org_code_of, special_support_request
from tests.api.lawful_services.request_helpers import COMPLETE_BIRTH, request_family
from tests.demo_ids import org_ids

CAL = "/api/v1/working-calendar"
DASHBOARD = "/api/v1/reports/dashboard"
EXCHANGE = "/api/v1/exchange/messages"
UNKNOWN = 2027
NEW_YEAR_2035 = {"holidays": [{"day": "2035-01-01", "name": "元旦"}], "workdays": []}
_real_arrangement = working_days.package_arrangement


@pytest.fixture(autouse=True)
async def year_unknown(api, monkeypatch):
    """2027 as the office met it in December 2026: not in the package, not entered."""
    monkeypatch.setattr(
        working_days, "package_arrangement", lambda year: None if year >= UNKNOWN else _real_arrangement(year)
    )
    async with api.session() as session:
        await session.execute(delete(CalendarDay).where(CalendarDay.day >= date(UNKNOWN, 1, 1)))
        await session.execute(delete(CalendarYear).where(CalendarYear.year >= UNKNOWN))
        await session.commit()
    yield
    set_today(None)
    api.app.dependency_overrides.clear()


def _on(api, day: date) -> None:
    set_today(day)
    set_request_today(api, day)


async def _recount(session, object_type: str, object_id: int) -> AuditEvent:
    """The one audit row of a record's deadline counted again."""
    return (
        await session.execute(
            select(AuditEvent).where(
                AuditEvent.action == "deadline.recomputed",
                AuditEvent.object_type == object_type,
                AuditEvent.object_id == str(object_id),
            )
        )
    ).scalar_one()


async def test_a_request_filed_on_2026_12_15_is_provisional_then_counted_again_when_2027_is_entered(api):
    _on(api, date(2026, 12, 15))
    request = await special_support_request(api)
    # Tuesday 15 December + 20 working days by weekdays alone: 1 January 2027 counted as a working day.
    assert request["due_on"] == "2027-01-12"
    assert request["due_provisional"] is True and request["due_note"] == PROVISIONAL_DUE_NOTE
    assert "暂按周一至周五" in request["due_note"]["zh-CN"]
    listed = await api.get("street", REQUESTS, params={"limit": 100})
    row = next(r for r in listed.json()["items"] if r["id"] == request["id"])
    assert row["due_provisional"] is True and row["due_note"] == PROVISIONAL_DUE_NOTE
    public = await api.client.get(f"/api/v1/public/service-requests/{request['tracking_code']}")
    assert public.status_code == 200, public.text
    assert public.json()["due_provisional"] is True and public.json()["due_note"] == PROVISIONAL_DUE_NOTE

    entered = await api.client.put(f"{CAL}/2027", json=NEW_YEAR_2027, headers=await api.headers("district"))
    assert entered.status_code == 200, entered.text

    again = (await api.get("street", f"{REQUESTS}/{request['id']}")).json()
    assert again["due_on"] == "2027-01-13"  # 1 January off: one working day later
    assert again["due_provisional"] is False and again["due_note"] is None
    assert again["version"] == request["version"] + 1
    async with api.session() as session:
        audit = await _recount(session, "service_request", request["id"])
        [event] = [
            e
            for e in (
                await session.execute(select(OutboxEvent).where(OutboxEvent.topic == "deadline.recomputed"))
            ).scalars()
            if e.payload["object_id"] == request["id"] and e.payload["object_type"] == "service_request"
        ]
        waiting = (await session.execute(select(ProvisionalDeadline))).scalars().all()
        entry = (
            await session.execute(select(AuditEvent).where(AuditEvent.action == "working_calendar.replaced"))
        ).scalar_one()
    assert audit.actor_username == "district" and audit.object_type == "service_request"
    assert audit.detail == {
        "field": "due_on",
        "year": 2027,
        "provisional_due_on": "2027-01-12",
        "counted_due_on": "2027-01-13",
        "due_on": "2027-01-13",
        "still_provisional": False,
        "earlier_date_not_applied": False,
    }
    assert event.payload["object_id"] == request["id"] and event.payload["due_on"] == "2027-01-13"
    assert waiting == [] and entry.detail["deadlines_recounted"] == 1


async def test_a_recount_that_would_be_earlier_keeps_the_date_given_and_says_so(api):
    _on(api, date(2026, 12, 15))
    request = await special_support_request(api)
    assert request["due_on"] == "2027-01-12"
    # A make-up working day on Saturday 9 January and no holiday: by the real calendar it is the 11th.
    make_up = {"holidays": [], "workdays": [{"day": "2027-01-09", "name": "调休上班"}]}
    entered = await api.client.put(f"{CAL}/2027", json=make_up, headers=await api.headers("district"))
    assert entered.status_code == 200, entered.text
    again = (await api.get("street", f"{REQUESTS}/{request['id']}")).json()
    assert again["due_on"] == "2027-01-12" and again["due_provisional"] is False
    async with api.session() as session:
        audit = await _recount(session, "service_request", request["id"])
    assert audit.detail["counted_due_on"] == "2027-01-11" and audit.detail["due_on"] == "2027-01-12"
    assert audit.detail["earlier_date_not_applied"] is True


async def test_a_complaint_on_2026_12_28_is_taken_with_a_provisional_deadline(api):
    _on(api, date(2026, 12, 28))
    ids = await org_ids(api)
    body = {
        "org_code": await org_code_of(api, ids["community-a"]),
        "category": "complaint",
        "subject": "元旦前办证",
        "content": "窗口何时办理？",
        "anonymous": True,
    }
    filed = await api.client.post("/api/v1/public/feedback", json=body)
    assert filed.status_code == 201, filed.text
    receipt = filed.json()
    # 29, 30, 31 December, then 1 January (weekday rule) and 4 January: the 5th working day.
    assert receipt["due_on"] == "2027-01-04" and receipt["due_provisional"] is True
    assert receipt["due_note"] == PROVISIONAL_DUE_NOTE
    view = await api.client.get(f"/api/v1/public/feedback/{receipt['tracking_code']}")
    assert view.json()["due_provisional"] is True
    # The worker loads 2027 the day the installed package knows it, and the complaint is recounted.
    _on(api, date(2026, 12, 30))
    arrangement = [(date(2027, 1, 1), CalendarDayKind.holiday, "元旦")]
    working_days.package_arrangement = lambda year: (
        arrangement if year == UNKNOWN else _real_arrangement(year)
    )
    try:
        async with api.session() as session:
            loaded = await JOBS["calendar_years"](session, date(2026, 12, 30))
            await session.commit()
    finally:
        working_days.package_arrangement = _real_arrangement
    assert loaded == 1
    async with api.session() as session:
        feedback = (
            await session.execute(select(Feedback).where(Feedback.tracking_code == receipt["tracking_code"]))
        ).scalar_one()
        audit = await _recount(session, "feedback", feedback.id)
        year = await session.get(CalendarYear, UNKNOWN)
    assert feedback.due_on == date(2027, 1, 5) and feedback.due_provisional is False
    assert audit.actor_username == "system:calendar" and audit.object_type == "feedback"
    assert year is not None and year.source.value == "package"


async def test_every_request_is_taken_in_a_year_nobody_knows(api):
    _on(api, date(2027, 1, 11))
    family = await request_family(api, "community-a")
    filed = await api.post(
        "community-a", REQUESTS, {"service_type": "birth_registration", "family_id": family["id"],
                                  "materials": COMPLETE_BIRTH},
    )  # fmt: skip
    assert filed.status_code == 201, filed.text
    assert filed.json()["due_provisional"] is True
    async with api.session() as session:
        stored = await session.get(ServiceRequest, filed.json()["id"])
        assert stored is not None and stored.due_provisional
    # Reading the calendar of the unknown year still says it is unknown, and what that means.
    unknown = await api.get("community-a", f"{CAL}/2027")
    assert unknown.status_code == 422 and "provisional" in unknown.json()["detail"]


async def test_from_1_october_the_district_sees_that_next_year_is_missing(api):
    _on(api, date(2026, 9, 30))
    board = await api.get("district", DASHBOARD, params={"year": 2026})
    assert board.status_code == 200, board.text
    assert board.json()["alerts"] == []
    metrics = (await api.client.get("/metrics")).text
    assert 'fpwork_calendar_next_year_missing{year="2027"} 0.0' in metrics

    _on(api, date(2026, 10, 1))
    board = await api.get("district", DASHBOARD, params={"year": 2026})
    [alert] = board.json()["alerts"]
    assert alert["code"] == "calendar_next_year_missing" and alert["year"] == 2027
    assert "2027年节假日安排尚未录入" in alert["message_zh"]
    metrics = (await api.client.get("/metrics")).text
    assert 'fpwork_calendar_next_year_missing{year="2027"} 1.0' in metrics

    entered = await api.client.put(f"{CAL}/2027", json=NEW_YEAR_2027, headers=await api.headers("district"))
    assert entered.status_code == 200
    board = await api.get("district", DASHBOARD, params={"year": 2026})
    assert board.json()["alerts"] == []
    assert 'fpwork_calendar_next_year_missing{year="2027"} 0.0' in (await api.client.get("/metrics")).text


async def test_the_integration_account_collects_on_2026_12_21_and_the_answer_clock_is_provisional(api):
    _on(api, date(2026, 12, 18))
    queued = await api.post(
        "community-a",
        EXCHANGE,
        {"kind": "verification_request", "counterpart_region": "500101", "body": {"question": "核实"}},
    )
    assert queued.status_code == 201, queued.text
    # 7 working days from Friday 18 December stay in 2026: a settled date.
    assert queued.json()["due_on"] == "2026-12-29" and queued.json()["due_provisional"] is False
    _on(api, date(2026, 12, 21))
    collected = await api.post("integration", f"{EXCHANGE}/collect", {"ids": [queued.json()["id"]]})
    assert collected.status_code == 200, collected.text
    sent = collected.json()[0]
    assert sent["status"] == "sent" and sent["due_provisional"] is True
    assert sent["due_note"] == PROVISIONAL_DUE_NOTE and sent["due_on"] > "2027-01-01"
    listed = await api.get("community-a", EXCHANGE, params={"limit": 100})
    row = next(m for m in listed.json()["items"] if m["id"] == sent["id"])
    assert row["due_provisional"] is True and row["due_on"] == sent["due_on"]


async def test_a_deadline_across_two_unknown_years_stays_provisional_until_both_are_entered(api):
    _on(api, date(2034, 12, 20))  # a Wednesday; 2034 and 2035 both unknown
    request = await special_support_request(api)
    # 21, 22, 25-29 December (7), 1-5 January (12), 8-12 (17), 15, 16, 17 January 2035 (20)
    assert request["due_on"] == "2035-01-17" and request["due_provisional"] is True
    christmas_off = {"holidays": [{"day": "2034-12-25", "name": "测试假日"}], "workdays": []}
    entered = await api.client.put(f"{CAL}/2034", json=christmas_off, headers=await api.headers("district"))
    assert entered.status_code == 200, entered.text
    middle = (await api.get("street", f"{REQUESTS}/{request['id']}")).json()
    # one day later, and still provisional: 2035 is not known yet
    assert middle["due_on"] == "2035-01-18" and middle["due_provisional"] is True
    assert middle["due_note"] == PROVISIONAL_DUE_NOTE
    entered = await api.client.put(f"{CAL}/2035", json=NEW_YEAR_2035, headers=await api.headers("district"))
    assert entered.status_code == 200, entered.text
    settled = (await api.get("street", f"{REQUESTS}/{request['id']}")).json()
    assert settled["due_on"] == "2035-01-19" and settled["due_provisional"] is False
    assert settled["version"] == request["version"] + 2
    async with api.session() as session:
        rows = (
            await session.execute(
                select(AuditEvent.detail)
                .where(
                    AuditEvent.action == "deadline.recomputed",
                    AuditEvent.object_id == str(request["id"]),
                )
                .order_by(AuditEvent.id)
            )
        ).scalars()
        details = list(rows)
    assert [(d["year"], d["due_on"], d["still_provisional"]) for d in details] == [
        (2034, "2035-01-18", True),
        (2035, "2035-01-19", False),
    ]
