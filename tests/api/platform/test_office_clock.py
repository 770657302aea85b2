"""One clock: life events and births compare against the office's date (Beijing), never the host's.

At 01:00 Beijing time the instant is 17:00 UTC of the day before, and a host set to UTC or to
Honolulu still lives in that day before. A move-out or a birth dated Beijing's today is accepted
then, and refused a day later. "Today" here lies two days past the real Beijing date, so it is
later than the host's own date on any host time zone: an old read of the host clock would refuse.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import text

from app import clock
from tests.api.benefits.benefit_helpers import new_family, new_resident

pytestmark = pytest.mark.asyncio

TODAY = clock.local_date(clock.utcnow()) + timedelta(days=2)


@pytest.fixture(autouse=True)
def one_in_the_morning_in_beijing():
    clock.set_today(TODAY, at=time(1, 0))
    yield
    clock.set_today(None)
    configured = os.environ.get("FPW_TEST_BEIJING_TIME")
    clock.set_time_of_day(clock.parse_time_of_day(configured) if configured else None)


async def test_the_clock_at_one_in_the_morning_in_beijing():
    assert clock.local_today() == TODAY
    assert clock.now() == datetime.combine(TODAY - timedelta(days=1), time(17, 0), tzinfo=UTC)
    assert clock.local_date(clock.now()) == TODAY
    # fixed, not the hour the test runs at
    assert clock.now() == clock.now()


async def test_a_move_out_dated_beijings_today_is_accepted_the_day_after_refused(api):
    resident = await new_resident(api, "community-a", "community-a", birth=date(1990, 4, 1), female=True)
    path = f"/api/v1/residents/{resident}/status"
    tomorrow = await api.post(
        "community-a",
        path,
        {"status": "moved_out", "effective_date": (TODAY + timedelta(days=1)).isoformat()},
    )
    assert tomorrow.status_code == 422, tomorrow.text
    assert tomorrow.json()["errors"][0]["loc"] == ["body", "effective_date"]
    assert (await api.get("community-a", f"/api/v1/residents/{resident}")).json()["status"] == "active"
    today = await api.post("community-a", path, {"status": "moved_out", "effective_date": TODAY.isoformat()})
    assert today.status_code == 200, today.text
    assert today.json()["status"] == "moved_out" and today.json()["status_date"] == TODAY.isoformat()


async def test_a_birth_dated_beijings_today_is_accepted_the_day_after_refused(api):
    family = await new_family(
        api,
        mother_birth=date(1994, 2, 3),
        children=[{"name": "大宝", "sex": "female", "birth_date": "2021-05-01"}],
    )
    path = f"/api/v1/families/{family}/children"
    tomorrow = await api.post(
        "community-a",
        path,
        {"name": "二宝", "sex": "male", "birth_date": (TODAY + timedelta(days=1)).isoformat()},
    )
    assert tomorrow.status_code == 422, tomorrow.text
    assert "future" in tomorrow.text
    born = await api.post(
        "community-a", path, {"name": "二宝", "sex": "male", "birth_date": TODAY.isoformat()}
    )
    assert born.status_code == 201, born.text
    children = (await api.get("community-a", path)).json()
    assert [(c["name"], c["birth_date"]) for c in children] == [
        ("大宝", "2021-05-01"),
        ("二宝", TODAY.isoformat()),
    ]


async def test_postgresql_sessions_run_in_utc_whatever_the_server_setting(api):
    async with api.session() as session:
        assert (await session.execute(text("SHOW TimeZone"))).scalar_one() == "UTC"
    rows = await api.database.fetch("SHOW TimeZone", [])
    assert rows[0][0] == "UTC"
