"""The working-day calendar: every year from the State Council's notices (chinese-calendar package),
district corrections through the API (audited), and for a year nobody knows a clear 422 on reading
it and provisional deadlines counted by weekdays (tests/api/core/test_provisional_deadlines.py)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.core.calendar import CalendarYear
from app.services.core import working_days
from tests.api.benefits.benefit_helpers import set_today
from tests.api.lawful_services.request_helpers import request_family

CAL = "/api/v1/working-calendar"


async def _due(session, start: date, days: int) -> date:
    due = await working_days.deadline(session, start, days)
    assert not due.provisional, due
    return due.on


async def _put(api, user: str, path: str, body: object):
    return await api.client.put(path, json=body, headers=await api.headers(user))


async def test_due_dates_across_the_2020_spring_festival_and_the_2024_national_day(api):
    async with api.session() as session:
        # Filed Friday 2019-12-20, 20 working days: 1 January 2020 is off, Sunday 19 January 2020
        # is the make-up working day before the Spring Festival, and it is the 20th.
        assert await _due(session, date(2019, 12, 20), 20) == date(2020, 1, 19)
        # Filed Friday 2024-09-27: Sunday 29 September worked, 1-7 October off, Saturday
        # 12 October worked; the 20th working day is Wednesday 30 October.
        assert await _due(session, date(2024, 9, 27), 20) == date(2024, 10, 30)
        years = set((await session.execute(select(CalendarYear.year))).scalars())
    assert {2019, 2020, 2024} <= years


async def test_a_request_filed_on_2019_12_20_is_due_on_2020_01_19_over_http(api):
    family = await request_family(api, "community-b")
    set_today(api, date(2019, 12, 20))
    try:
        filed = await api.post(
            "street",
            "/api/v1/service-requests",
            {"service_type": "special_support_application", "family_id": family["id"], "materials": []},
        )
    finally:
        api.app.dependency_overrides.clear()
    assert filed.status_code == 201, filed.text
    body = filed.json()
    assert body["clock_started_on"] == "2019-12-20" and body["due_on"] == "2020-01-19"


async def test_every_year_from_2019_is_served_from_the_package(api):
    for year in range(2019, 2027):
        response = await api.get("community-a", f"{CAL}/{year}")
        assert response.status_code == 200, (year, response.text)
        assert response.json()["source"] == "package"
    days = {d["day"]: d for d in (await api.get("community-a", f"{CAL}/2020")).json()["days"]}
    assert days["2020-01-19"]["kind"] == "workday" and days["2020-01-25"]["name"] == "春节"


async def test_a_year_without_data_is_a_clear_422_and_its_deadlines_provisional(api):
    response = await api.get("community-a", f"{CAL}/2035")
    assert response.status_code == 422
    body = response.json()
    assert body["type"].endswith("/calendar-year-unknown") and body["year"] == 2035
    assert "2035" in body["detail"]
    async with api.session() as session:
        # Counted by weekdays alone, never refused: Friday 2 March 2035 + 5 is Friday 9 March.
        inside = await working_days.deadline(session, date(2035, 3, 2), 5)
        across = await working_days.deadline(session, date(2034, 12, 20), 20)
    assert inside == working_days.Deadline(date(2035, 3, 9), (2035,))
    assert across.provisional and across.unknown_years == (2034, 2035)


async def test_the_district_enters_a_year_and_it_is_audited(api):
    put = {
        "holidays": [{"day": "2031-01-01", "name": "元旦"}, {"day": "2031-01-02", "name": "元旦"}],
        "workdays": [{"day": "2031-01-04", "name": "元旦调休上班"}],
    }
    assert (await _put(api, "street", f"{CAL}/2031", put)).status_code == 403
    assert (await _put(api, "community-a", f"{CAL}/2031", put)).status_code == 403
    stored = await _put(api, "district", f"{CAL}/2031", put)
    assert stored.status_code == 200, stored.text
    assert stored.json()["source"] == "district" and len(stored.json()["days"]) == 3
    async with api.session() as session:
        # From Wednesday 1 January 2031: Thursday 2 off, Friday 3 (1), Saturday 4 worked (2),
        # Monday 6 (3).
        assert await _due(session, date(2031, 1, 1), 2) == date(2031, 1, 4)
        assert await _due(session, date(2031, 1, 1), 3) == date(2031, 1, 6)
        audit = (
            await session.execute(select(AuditEvent).where(AuditEvent.action == "working_calendar.replaced"))
        ).scalar_one()
    assert audit.object_id == "2031" and audit.detail["holidays"] == 2


async def test_bad_calendars_are_422_and_change_nothing(api):
    weekday_worked = {"holidays": [], "workdays": [{"day": "2033-01-06", "name": "x"}]}
    other_year = {"holidays": [{"day": "2032-01-01", "name": "元旦"}], "workdays": []}
    twice = {
        "holidays": [{"day": "2033-01-01", "name": "元旦"}],
        "workdays": [{"day": "2033-01-01", "name": "元旦"}],
    }
    for body in (weekday_worked, other_year, twice, {"holidays": "no"}):
        response = await _put(api, "district", f"{CAL}/2033", body)
        assert response.status_code == 422, response.text
    assert (await api.get("district", f"{CAL}/2033")).status_code == 422
    assert (await _put(api, "district", f"{CAL}/99999", other_year)).status_code == 422
