"""The demo lays on any day from 2019 to 2035 (issue 22): the fixed 2019 demo plus the live layer at
an anchor in December 2026 (next year's holidays unknown), late 2030 (both years' holidays unknown;
the fixed demo's lots, dated from the real day of the load, expired) and December 2019 (the fixed
demo's own year), each on a freshly migrated database, seen over the API as each demo user sees it."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from datetime import date, datetime, timedelta
from typing import Any

import httpx
import pytest
import pytest_asyncio

from app.clock import local_today, set_today, today
from app.config import get_settings
from app.db import Database, set_database
from app.services.core.working_days import package_arrangement
from tests.conftest import Api
from tests.databases import DatabaseFactory, run_alembic
from tests.demo_ids import org_ids

ANCHORS = [date(2026, 12, 20), date(2030, 12, 27), date(2019, 12, 23)]
USERS = ("district", "street", "street-officer", "community-a", "community-b", "unit")


@pytest_asyncio.fixture(scope="module", params=ANCHORS, ids=[a.isoformat() for a in ANCHORS])
async def laid(db_factory: DatabaseFactory, request: pytest.FixtureRequest) -> AsyncIterator[Api]:
    """A migrated database with the fixed demo and the live layer laid at the anchor; the clock reads
    the anchor until the anchor's tests are done."""
    from scripts.seed_demo import seed_demo

    anchor: date = request.param
    url = await db_factory.empty(f"demo_any_day_{anchor:%Y%m%d}")
    await asyncio.to_thread(run_alembic, url, "upgrade", "head")
    os.environ["FPW_DATABASE_URL_UNDER_TEST"] = url
    get_settings.cache_clear()
    settings = get_settings().model_copy(update={"database_url": url})
    set_today(anchor)
    database = Database(settings)
    try:
        assert await seed_demo(settings, live_anchor=anchor)
        set_database(database)
        from app.main import create_app

        app = create_app(settings)
        app.dependency_overrides[today] = lambda: anchor
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield Api(client=client, app=app, settings=settings, database=database, url=url)
    finally:
        set_today(None)
        await database.dispose()
        set_database(None)


def anchor_of(api: Api) -> date:
    """The anchor the module's database was laid at (the clock reads it while its tests run)."""
    return local_today()


async def items(api: Api, user: str, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a list as ``user`` sees it, following the cursor; every page answers 200."""
    found: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {**params, "limit": 100, **({"cursor": cursor} if cursor else {})}
        response = await api.get(user, path, params=query)
        assert response.status_code == 200, (user, path, response.text)
        body = response.json()
        found.extend(body["items"])
        cursor = body["next_cursor"]
        if not cursor:
            return found


# Who works with each list, and the field that holds the org a community's or the unit's item is of.
STAFF = ("district", "street", "street-officer", "community-a", "community-b")
LISTS: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "/api/v1/benefit-applications": (
        USERS,
        {"community-a": "community_id", "community-b": "community_id", "unit": "unit_id"},
    ),
    "/api/v1/service-requests": (STAFF, {"community-a": "org_id", "community-b": "org_id"}),
    "/api/v1/referrals": (STAFF, {"community-a": "org_id", "community-b": "org_id"}),
    "/api/v1/payment-batches": (("district", "street", "street-officer", "unit"), {"unit": "payer_org_id"}),
}


@pytest.mark.parametrize("path", list(LISTS))
async def test_each_user_finds_work_in_its_own_scope(laid: Api, path: str) -> None:
    users, org_field = LISTS[path]
    ids = await org_ids(laid)
    seen: dict[str, set[int]] = {}
    for user in users:
        found = await items(laid, user, path)
        assert found, f"{user} sees no {path} on {anchor_of(laid)}"
        seen[user] = {item["id"] for item in found}
        if user in org_field:
            assert {item[org_field[user]] for item in found} == {ids[user]}, (user, path)
    # The street and the district above it see every community's items.
    below = set().union(*(seen[u] for u in ("community-a", "community-b") if u in seen))
    assert below <= seen["street"] == seen["street-officer"] <= seen["district"]
    for user in set(USERS) - set(users):
        response = await laid.get(user, path)
        # The unit has no part in requests and referrals; batches belong to the street, not a community.
        assert response.status_code == 403 or response.json()["items"] == [], (user, path, response.text)


def _unknown_years(first: date, last: date) -> set[int]:
    """The years from ``first`` to ``last`` whose holidays the installed chinese-calendar lacks."""
    return {year for year in range(first.year, last.year + 1) if package_arrangement(year) is None}


async def test_deadlines_are_provisional_exactly_where_a_year_is_unknown(laid: Api) -> None:
    anchor = anchor_of(laid)
    requests = await items(laid, "street", "/api/v1/service-requests")
    for request in requests:
        started = date.fromisoformat(request["clock_started_on"])
        ends = [date.fromisoformat(request["due_on"])]
        if request["forward_due_on"]:
            ends.append(date.fromisoformat(request["forward_due_on"]))
        expected = bool(_unknown_years(started, max(ends)))
        assert request["due_provisional"] is expected, request
        note = request["due_note"]
        assert (note is not None) is expected and (note is None or set(note) == {"zh-CN", "en"}), request
    # Requests due in a year the package does not know yet (2027 on this machine's package, 2030 and
    # 2031 for the late anchor) are provisional; the 2019 anchor has none.
    provisional = {date.fromisoformat(r["due_on"]).year for r in requests if r["due_provisional"]}
    due_years = {date.fromisoformat(r["due_on"]).year for r in requests}
    assert provisional == {y for y in due_years if package_arrangement(y) is None}
    if package_arrangement(anchor.year) is None:
        assert {r["due_provisional"] for r in requests} == {True}


@pytest.mark.parametrize("user", ["community-a", "street", "district"])
async def test_the_working_calendar_of_the_anchor_year(laid: Api, user: str) -> None:
    year = anchor_of(laid).year
    response = await laid.get(user, f"/api/v1/working-calendar/{year}")
    if package_arrangement(year) is not None:
        assert response.status_code == 200, response.text
        assert "国庆节" in response.text
    else:
        assert response.status_code == 422, response.text
        body = response.json()
        assert body["type"].endswith("/calendar-year-unknown") and body["year"] == year


async def test_screening_programs_one_of_a_kind_a_year(laid: Api) -> None:
    """The live layer's programs for last year and this year, the fixed demo's 2019 ones reused."""
    anchor = anchor_of(laid)
    for year in (anchor.year - 1, anchor.year):
        programs = await items(laid, "street", "/api/v1/screening-programs", year=year)
        kinds = [p["kind"] for p in programs]
        assert len(kinds) == len(set(kinds)), programs
        assert {"pre_pregnancy_check", "reproductive_health_census"} <= set(kinds)
        screened = [
            await items(laid, "community-a", "/api/v1/screenings", program_id=p["id"]) for p in programs
        ]
        assert any(screened), f"no screening in {year}"


@pytest.mark.parametrize("user", ["community-a", "community-b"])
async def test_stations_hand_out_good_stock(laid: Api, user: str) -> None:
    """Whatever the anchor, the stations had usable stock to hand out: lots expired by then were
    written off, and the district topped the stations up."""
    anchor = anchor_of(laid)
    dispensed = await items(laid, user, "/api/v1/dispensations")
    assert dispensed and {d["dispensed_on"] for d in dispensed} == {anchor.isoformat()}
    stock = await items(laid, user, "/api/v1/stock")
    assert all(b["qty_on_hand"] == 0 for b in stock if date.fromisoformat(b["expires_on"]) < anchor), stock
    assert any(not b["expired"] and b["qty_on_hand"] > 0 for b in stock)


async def test_submissions_and_decisions_carry_the_day_they_were_made_not_the_load(laid: Api):
    """Each submitted application's instant falls on its own (Beijing) day before the anchor: an
    enrolled case submitted 130 days back says so, not the moment the demo was loaded."""
    from app.clock import local_date

    anchor = anchor_of(laid)
    rows = await items(laid, "street", "/api/v1/benefit-applications")
    submitted = {r["id"]: r for r in rows if r.get("submitted_at")}
    assert submitted
    days = {local_date(datetime.fromisoformat(r["submitted_at"])) for r in submitted.values()}
    assert max(days) < anchor and min(days) <= anchor - timedelta(days=100), sorted(days)
    enrolled = [r for r in submitted.values() if r["status"] == "enrolled"]
    submitted_on = [local_date(datetime.fromisoformat(r["submitted_at"])) for r in enrolled]
    assert submitted_on and set(submitted_on) == {anchor - timedelta(days=130)}


async def test_a_campaign_shows_the_activities_opened_under_it(laid: Api):
    campaigns = await items(laid, "street", "/api/v1/campaigns")
    activities = await items(laid, "street", "/api/v1/activities")
    assert campaigns
    for campaign in campaigns:
        under = [a for a in activities if a.get("campaign_id") == campaign["id"]]
        assert campaign["activities_opened"] == len(under), campaign
        single = await laid.get("street", f"/api/v1/campaigns/{campaign['id']}")
        assert single.json()["activities_opened"] == len(under)
    assert any(c["activities_opened"] >= 3 for c in campaigns)


async def test_this_years_books_show_their_results_from_the_records(laid: Api) -> None:
    """Whatever the anchor, community A's book is behind plan, community B's vetoed on the migrants'
    certificate rate and the unit's passed, each signed and seen by its own org; last year's are
    evaluated."""
    anchor = anchor_of(laid)
    expected = {"community-a": "failed", "community-b": "vetoed", "unit": "passed"}
    for org, result in expected.items():
        books = await items(laid, org, "/api/v1/responsibility-books", year=anchor.year)
        assert [b["status"] for b in books] == ["signed"], (org, books)
        response = await laid.get(org, f"/api/v1/responsibility-books/{books[0]['id']}/progress")
        assert response.status_code == 200 and response.json()["result"] == result, (org, response.text)
    evaluations = await items(laid, "street", "/api/v1/evaluations", year=anchor.year - 1)
    assert len(evaluations) == 3 and {e["status"] for e in evaluations} == {"final"}
