"""The demo is alive on the day it is loaded: the fixed 2019 demo plus the live layer laid relative
to an anchor date (here 2026-12-01, never the real date), seen over the API by each demo user."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
import pytest_asyncio
from sqlalchemy import select

from app.clock import local_date, set_today, today
from app.config import get_settings
from app.db import Database, set_database, utcnow
from app.demo.people import FEMALE_GIVEN, MALE_GIVEN
from app.models.core.family import Child, Family
from app.models.core.user import User
from tests.conftest import Api
from tests.databases import DatabaseFactory, run_alembic
from tests.demo_ids import org_ids

ANCHOR = date(2026, 12, 1)
COMMUNITIES = ("community-a", "community-b")
LAST_CERTIFICATE_BIRTH = date(2015, 12, 31)


@pytest_asyncio.fixture(scope="module")
async def alive(db_factory: DatabaseFactory) -> AsyncIterator[Api]:
    """One database for the module: migrated, the fixed demo, then the live layer at ANCHOR."""
    from scripts.seed_demo import seed_demo

    url = await db_factory.empty("demo_alive")
    await asyncio.to_thread(run_alembic, url, "upgrade", "head")
    os.environ["FPW_DATABASE_URL_UNDER_TEST"] = url
    get_settings.cache_clear()
    settings = get_settings().model_copy(update={"database_url": url})
    # every clock reads the anchor: the services the live layer calls, and the requests below
    set_today(ANCHOR)
    assert await seed_demo(settings, live_anchor=ANCHOR)
    database = Database(settings)
    set_database(database)
    from app.main import create_app

    app = create_app(settings)
    app.dependency_overrides[today] = lambda: ANCHOR
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield Api(client=client, app=app, settings=settings, database=database, url=url)
    set_today(None)
    await database.dispose()
    set_database(None)


async def items(api: Api, user: str, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a list, following the cursor."""
    found: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {**params, "limit": 100, **({"cursor": cursor} if cursor else {})}
        response = await api.get(user, path, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        found.extend(body["items"])
        cursor = body["next_cursor"]
        if not cursor:
            return found


async def test_applications_in_every_state_for_each_community_and_the_unit(alive: Api) -> None:
    ids = await org_ids(alive)
    seen: set[int] = set()
    for community in COMMUNITIES:
        apps = await items(alive, community, "/api/v1/benefit-applications")
        assert {a["community_id"] for a in apps} == {ids[community]}
        seen |= {a["id"] for a in apps}
        states = {a["status"] for a in apps}
        assert {
            "draft",
            "submitted",
            "returned",
            "in_notice",
            "street_approved",
            "enrolled",
            "rejected",
        } <= states
    unit_apps = await items(alive, "unit", "/api/v1/benefit-applications")
    assert {a["status"] for a in unit_apps} >= {"draft", "submitted", "in_notice", "enrolled"}
    assert {a["unit_id"] for a in unit_apps} == {ids["unit"]}
    # The unit's employees live in community A; the street sees both communities' cases.
    assert {a["id"] for a in unit_apps} < seen
    street_apps = await items(alive, "street", "/api/v1/benefit-applications")
    assert {a["id"] for a in street_apps} == seen
    enrolments = await items(alive, "community-b", "/api/v1/benefit-enrolments")
    assert enrolments and {e["status"] for e in enrolments} == {"active"}


async def test_a_notice_is_open_today_with_an_objection(alive: Api) -> None:
    response = await alive.client.get("/api/v1/public/notices", params={"current": "true", "limit": 100})
    assert response.status_code == 200, response.text
    notices = response.json()["items"]
    assert notices and all(n["open_for_objections"] for n in notices)
    assert all(
        date.fromisoformat(n["published_on"]) <= ANCHOR < date.fromisoformat(n["window_ends_on"])
        for n in notices
    )
    objected = []
    for notice in notices:
        objections = await items(alive, "street", f"/api/v1/public-notices/{notice['id']}/objections")
        objected.extend(objections)
    assert objected and {o["status"] for o in objected} == {"open"}
    # The case objected to waits at street review: the street cannot pass it while the objection is open.
    case = objected[0]["application_id"]
    held = await alive.post("street", f"/api/v1/benefit-applications/{case}/review", {"decision": "approve"})
    assert held.status_code == 409, held.text


async def test_payment_batches_paid_and_waiting(alive: Api) -> None:
    last_month = (ANCHOR.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    street = await items(alive, "street", "/api/v1/payment-batches")
    assert {b["status"] for b in street} >= {"paid", "approved", "street_approved"}
    assert last_month in {b["period"] for b in street}
    unit = await items(alive, "unit", "/api/v1/payment-batches")
    assert [b["status"] for b in unit] == ["paid"] and unit[0]["period"] == last_month
    district = await items(alive, "district", "/api/v1/payment-batches", status="street_approved")
    assert district and all(b["period"] == last_month for b in district)


async def test_service_requests_on_time_due_this_week_and_overdue(alive: Api) -> None:
    ids = await org_ids(alive)
    week_end = ANCHOR + timedelta(days=6)
    for community in COMMUNITIES:
        requests = await items(alive, community, "/api/v1/service-requests")
        assert {r["org_id"] for r in requests} == {ids[community]}
        assert {"submitted", "accepted", "returned", "completed", "rejected"} <= {
            r["state"] for r in requests
        }
        open_ = [r for r in requests if r["state"] in ("submitted", "accepted")]
        due = [date.fromisoformat(r["due_on"]) for r in open_]
        assert any(d > week_end for d in due), "one on time with room to spare"
        assert any(ANCHOR <= d <= week_end for d in due), "one due this week"
        overdue = await items(alive, community, "/api/v1/service-requests", overdue="true")
        assert overdue and all(date.fromisoformat(r["due_on"]) < ANCHOR and r["overdue"] for r in overdue)
        listed = await items(alive, community, "/api/v1/service-requests/overdue")
        assert {r["id"] for r in listed} == {r["id"] for r in overdue}


async def test_referrals_screenings_and_stock(alive: Api) -> None:
    ids = await org_ids(alive)
    for community in COMMUNITIES:
        referrals = await items(alive, community, "/api/v1/referrals")
        assert {"requested", "accepted", "scheduled", "completed", "declined"} <= {
            r["status"] for r in referrals
        }
        late = await items(alive, community, "/api/v1/referrals", overdue="true")
        assert late and all(date.fromisoformat(r["follow_up_due_on"]) < ANCHOR for r in late)
        screenings = await items(alive, community, "/api/v1/screenings", org_id=ids[community])
        years = {date.fromisoformat(s["screened_on"]).year for s in screenings}
        assert {ANCHOR.year - 1, ANCHOR.year} <= years
        assert all(date.fromisoformat(s["screened_on"]) <= ANCHOR for s in screenings)
        waiting = await items(alive, community, "/api/v1/screenings/needing-referral")
        assert waiting, "high-risk screenings still to refer"
    programs = await items(alive, "street", "/api/v1/screening-programs", year=ANCHOR.year)
    assert sorted(p["kind"] for p in programs) == [
        "pre_pregnancy_check",
        "prenatal_screening",
        "reproductive_health_census",
    ]
    # Community B: a lot that expires within six weeks, and condoms just above the warning level.
    points = {p["org_id"]: p for p in await items(alive, "community-b", "/api/v1/distribution-points")}
    station = points[ids["community-b"]]
    expiring = await items(alive, "community-b", "/api/v1/stock/alerts/expiring", within_days=60)
    assert any(ANCHOR < date.fromisoformat(b["expires_on"]) <= ANCHOR + timedelta(days=60) for b in expiring)
    response = await alive.get("community-b", f"/api/v1/distribution-points/{station['id']}/thresholds")
    assert response.status_code == 200, response.text
    thresholds = {t["product_id"]: t["threshold"] for t in response.json()}
    stock = await items(alive, "community-b", "/api/v1/stock", point_id=station["id"])
    on_hand: dict[int, int] = {}
    for batch in stock:
        on_hand[batch["product_id"]] = on_hand.get(batch["product_id"], 0) + batch["qty_on_hand"]
    assert any(t < on_hand.get(p, 0) <= t * 1.2 for p, t in thresholds.items()), (thresholds, on_hand)
    dispensed = await items(alive, "community-b", "/api/v1/dispensations", point_id=station["id"])
    assert dispensed


async def test_grassroots_campaign_complaints_and_care(alive: Api) -> None:
    ids = await org_ids(alive)
    campaigns = await items(alive, "street", "/api/v1/campaigns", year=ANCHOR.year)
    assert len(campaigns) == 2
    activities = await items(alive, "street", "/api/v1/activities", campaign_id=campaigns[0]["id"])
    by_org = {a["org_id"]: a["status"] for a in activities}
    assert by_org[ids["community-a"]] == "reported" and by_org[ids["unit"]] == "planned"
    complaints = await items(alive, "community-a", "/api/v1/feedback", category="complaint", overdue="true")
    assert complaints and all(c["status"] == "open" for c in complaints)
    late_visits = await items(alive, "community-a", "/api/v1/care-cases", visit_overdue="true")
    all_cases = await items(alive, "community-a", "/api/v1/care-cases")
    assert late_visits and len(all_cases) > len(late_visits)


async def test_people_look_real_and_their_dates_agree(alive: Api) -> None:
    """Marriages precede births and certificates predate 2016 in the whole demo; the live layer's
    families, read over the API, have children with the father's surname and names fitting the sex."""
    async with alive.session() as session:
        rows = (
            await session.execute(
                select(
                    Family.marriage_date, Family.honour_certificate_no, Child.birth_date, Child.birth_order
                ).join(Child, Child.family_id == Family.id)
            )
        ).all()
    assert rows
    for marriage, certificate, birth, _ in rows:
        assert marriage is None or marriage < birth
        if certificate is not None:
            assert birth <= LAST_CERTIFICATE_BIRTH
    family_ids = {a["family_id"] for a in await items(alive, "street", "/api/v1/benefit-applications")}
    for family_id in sorted(family_ids):
        family = (await alive.get("street", f"/api/v1/families/{family_id}")).json()
        husband = (await alive.get("street", f"/api/v1/residents/{family['husband_id']}")).json()
        wife = (await alive.get("street", f"/api/v1/residents/{family['wife_id']}")).json()
        assert husband["sex"] == "male" and wife["sex"] == "female"
        for person in (husband, wife):
            pool = MALE_GIVEN if person["sex"] == "male" else FEMALE_GIVEN
            assert all(ch in pool for ch in person["name"][1:]), person["name"]
        for child in family["children"]:
            assert child["name"][0] == husband["name"][0]
            pool = MALE_GIVEN if child["sex"] == "male" else FEMALE_GIVEN
            assert all(ch in pool for ch in child["name"][1:]), child["name"]
            assert family["marriage_date"] < child["birth_date"]
            if family["honour_certificate_no"]:
                assert date.fromisoformat(child["birth_date"]) <= LAST_CERTIFICATE_BIRTH


@pytest.mark.parametrize("user", ["community-a", "community-b"])
async def test_the_working_calendar_knows_the_anchor_year(alive: Api, user: str) -> None:
    response = await alive.get(user, f"/api/v1/working-calendar/{ANCHOR.year}")
    assert response.status_code == 200, response.text
    assert "国庆节" in response.text


async def test_calendar_years_are_loaded_once_and_unknown_years_are_tolerated(alive: Api) -> None:
    """The live layer loaded last year's and this year's holidays; asking again loads nothing, and a
    year the chinese-calendar package does not know yet is left out of the known years, without an
    error."""
    from app.models.core.calendar import CalendarDay, CalendarYear
    from app.services.core.working_days import ensure_years

    unknown = 2099
    async with alive.session() as session:
        before = (await session.execute(select(CalendarYear.year, CalendarYear.loaded_at))).all()
        known = await ensure_years(session, [2019, ANCHOR.year - 1, ANCHOR.year, unknown])
        assert known == {2019, ANCHOR.year - 1, ANCHOR.year}
        after = (await session.execute(select(CalendarYear.year, CalendarYear.loaded_at))).all()
        days = (await session.execute(select(CalendarDay.day))).scalars().all()
        await session.rollback()
    assert sorted(after) == sorted(before)
    years = {d.year for d in days}
    assert {2019, ANCHOR.year - 1, ANCHOR.year} <= years and unknown not in years
    response = await alive.get("street", f"/api/v1/working-calendar/{ANCHOR.year - 1}")
    assert response.status_code == 200 and "春节" in response.text


async def test_the_leadership_area_has_this_years_signed_books_with_progress(alive: Api) -> None:
    """Community A signs in and finds its book for this year, signed, behind plan; community B's is
    vetoed on the migrants' certificate rate; the unit's passes; each has named assignees; last
    year's books are evaluated and final."""
    ids = await org_ids(alive)
    expected = {"community-a": "failed", "community-b": "vetoed", "unit": "passed"}
    street_books = await items(alive, "street", "/api/v1/responsibility-books", year=ANCHOR.year)
    # the books the street set, and its own with the district (below)
    assert {b["org_id"] for b in street_books} == {ids[o] for o in (*expected, "street")}
    for org, result in expected.items():
        books = await items(alive, org, "/api/v1/responsibility-books", year=ANCHOR.year)
        assert [(b["org_id"], b["status"]) for b in books] == [(ids[org], "signed")]
        book = books[0]
        assert {s["role"] for s in book["signatories"]} >= {"party_leader", "leader_in_charge"}
        response = await alive.get(org, f"/api/v1/responsibility-books/{book['id']}/progress")
        assert response.status_code == 200, response.text
        progress = response.json()
        assert progress["as_of"] == ANCHOR.isoformat() and progress["result"] == result, progress
        rate = next(i for i in progress["indicators"] if i["indicator_code"] == "migrant_certificate_rate")
        # The certificate rate is computed from the demo's migrants: A 1 of 4, B 3 of 5, the unit 2 of 2.
        assert (rate["numerator"], rate["denominator"]) == {
            "community-a": (1, 4),
            "community-b": (3, 5),
            "unit": (2, 2),
        }[org]
        assert progress["veto_missed"] == (["migrant_certificate_rate"] if org == "community-b" else [])
        assignments = await items(alive, org, "/api/v1/assignments", book_id=book["id"])
        assert len(assignments) == 2 and all(a["status"] == "open" for a in assignments)
        for assignment in assignments:
            user = await alive.get("street", f"/api/v1/users/{assignment['assignee_id']}")
            assert user.status_code == 200 and user.json()["full_name"], user.text
    last_year = await items(alive, "street", "/api/v1/evaluations", year=ANCHOR.year - 1)
    assert len(last_year) == 3 and {e["status"] for e in last_year} == {"final"}
    for evaluation in last_year:
        assert bool(evaluation["accountability"]) is (evaluation["result"] != "passed"), evaluation
    mine = await items(alive, "community-a", "/api/v1/evaluations", year=ANCHOR.year - 1)
    assert [e["org_id"] for e in mine] == [ids["community-a"]]


async def test_the_districts_book_with_the_street_measures_each_screening_kind_on_its_own(alive: Api) -> None:
    """The district's signed book with the street holds the free pre-pregnancy check, the census and
    birth-defect prenatal screening as three coverage indicators, and the migrants' information
    collection rate; each value is the demo's records counted again here."""
    ids = await org_ids(alive)
    books = await items(alive, "district", "/api/v1/responsibility-books", year=ANCHOR.year)
    book = next(b for b in books if b["org_id"] == ids["street"])
    assert book["status"] == "signed"
    response = await alive.get("street", f"/api/v1/responsibility-books/{book['id']}/progress")
    assert response.status_code == 200, response.text
    lines = {i["indicator_code"]: i for i in response.json()["indicators"]}
    programs = {
        p["kind"]: p for p in await items(alive, "street", "/api/v1/screening-programs", year=ANCHOR.year)
    }
    for code, kind in (
        ("pre_pregnancy_check_coverage", "pre_pregnancy_check"),
        ("reproductive_health_census_coverage", "reproductive_health_census"),
        ("prenatal_screening_coverage", "prenatal_screening"),
    ):
        rows = (
            await alive.get("street", f"/api/v1/screening-programs/{programs[kind]['id']}/coverage")
        ).json()
        typed = [r for r in rows if r["target_source"] == "typed"]
        assert (lines[code]["numerator"], lines[code]["denominator"]) == (
            sum(r["screened"] for r in typed),
            sum(r["target_count"] for r in typed),
        ), (code, rows)
        assert lines[code]["numerator"] > 0
    assert lines["prenatal_screening_coverage"]["denominator"] == 55  # 30 + 25 typed by the street
    collection = lines["migrant_information_collection_rate"]
    assert (collection["numerator"], collection["denominator"]) == (6, 9)
    assert (await alive.get("community-a", f"/api/v1/responsibility-books/{book['id']}")).status_code == 404


@pytest.mark.parametrize("user", COMMUNITIES)
async def test_every_community_has_its_migrants(alive: Api, user: str) -> None:
    ids = await org_ids(alive)
    migrants = await items(alive, user, "/api/v1/migrants")
    assert migrants and {m["community_id"] for m in migrants} == {ids[user]}
    assert any(m["certificate_overdue"] for m in migrants)
    unit = await items(alive, "unit", "/api/v1/migrants")
    assert {m["employer_unit_id"] for m in unit} == {ids["unit"]} and len(unit) == 2


async def test_this_years_budget_spending_and_institutions_in_force(alive: Api) -> None:
    """Safeguards in place (issue 29 point 1): the budget with lines and spending with evidence."""
    budgets = await items(alive, "street", "/api/v1/budgets", year=ANCHOR.year)
    assert len(budgets) == 1 and budgets[0]["approved_fen"] > budgets[0]["spent_fen"] > 0
    spending = await items(alive, "street", "/api/v1/budget-spendings", budget_id=budgets[0]["id"])
    assert {s["kind"] for s in spending} == {"spending", "reversal", "adjustment"}
    assert all(s["evidence_filename"] for s in spending if s["kind"] == "spending")
    ids = await org_ids(alive)
    lines = await items(alive, "community-a", "/api/v1/budget-lines")
    assert lines and {line["org_id"] for line in lines} == {ids["community-a"]}
    in_force = await items(alive, "community-a", "/api/v1/institutions", in_force_on=ANCHOR.isoformat())
    assert {i["kind"] for i in in_force} >= {
        "leading_group",
        "association",
        "work_rules",
        "responsibility_system",
    }
    required = await alive.get("community-a", "/api/v1/institutions/required")
    assert required.status_code == 200 and required.json()["in_force"] == 4, required.text


BOOK_RESULTS = {"community-a": "failed", "community-b": "vetoed", "community-c": "passed", "unit": "passed"}


@pytest.mark.parametrize("user", sorted(BOOK_RESULTS))
async def test_each_community_and_the_unit_signs_in_to_its_own_leadership_work(alive: Api, user: str) -> None:
    """Issue 29, point 9: every community (community C of the second street too) and the unit signs in
    and finds this year's book signed with its progress, assignments to named workers, last year's
    evaluation final, and its migrants."""
    ids = await org_ids(alive)
    books = await items(alive, user, "/api/v1/responsibility-books", year=ANCHOR.year)
    assert [(b["org_id"], b["status"]) for b in books] == [(ids[user], "signed")]
    response = await alive.get(user, f"/api/v1/responsibility-books/{books[0]['id']}/progress")
    assert response.status_code == 200, response.text
    assert response.json()["result"] == BOOK_RESULTS[user]
    assignments = await items(alive, user, "/api/v1/assignments", book_id=books[0]["id"])
    assert len(assignments) == 2
    # The community sees who does each task by name (the street's officer for the survey).
    assert all(a["assignee_name"] for a in assignments), assignments
    async with alive.session() as session:
        names = dict((await session.execute(select(User.id, User.full_name))).tuples().all())
    assert {a["assignee_name"] for a in assignments} == {names[a["assignee_id"]] for a in assignments}
    evaluations = await items(alive, user, "/api/v1/evaluations", year=ANCHOR.year - 1)
    assert [(e["org_id"], e["status"]) for e in evaluations] == [(ids[user], "final")]
    migrants = await items(alive, user, "/api/v1/migrants")
    key = "employer_unit_id" if user == "unit" else "community_id"
    assert migrants and {m[key] for m in migrants} == {ids[user]}


async def test_each_street_signs_its_own_books_and_the_district_sees_all(alive: Api) -> None:
    ids = await org_ids(alive, live=True)
    expected = {
        "street": {ids["community-a"], ids["community-b"], ids["unit"]},
        "street-2": {ids["community-c"]},
        "district": {ids[o] for o in BOOK_RESULTS},
    }
    # this year the district signs a book with the street too (its screening and migrant figures)
    # (and with the second street and the four the live layer adds)
    added = {ids[s] for s in ("street-2", "street-3", "street-4", "street-5", "street-6")}
    signed_with_the_district = {
        "street": {ids["street"]},
        "street-2": {ids["street-2"]},
        "district": {ids["street"]} | added,
    }
    for user, orgs in expected.items():
        books = await items(alive, user, "/api/v1/responsibility-books", year=ANCHOR.year)
        assert {b["org_id"] for b in books} == orgs | signed_with_the_district[user], user
        assert {b["status"] for b in books} == {"signed"}, user
        last = await items(alive, user, "/api/v1/evaluations", year=ANCHOR.year - 1)
        assert {e["org_id"] for e in last} == orgs and {e["status"] for e in last} == {"final"}, user
    this_year = await items(alive, "street-2", "/api/v1/responsibility-books", year=ANCHOR.year)
    c_book = next(b for b in this_year if b["org_id"] == ids["community-c"])
    assert {s["name"] for s in c_book["signatories"]} >= {"郑文斌", "袁静"}
    hidden = await alive.get("street", f"/api/v1/responsibility-books/{c_book['id']}")
    assert hidden.status_code == 404, hidden.text


@pytest.mark.parametrize("user", ["community-a", "community-b", "community-c"])
async def test_each_community_sees_its_five_links_this_year(alive: Api, user: str) -> None:
    """Issue 29, point 6: the five links as the office reports them, per community."""
    ids = await org_ids(alive)
    response = await alive.get(user, f"/api/v1/five-links/{ids[user]}")
    assert response.status_code == 200, response.text
    view = response.json()
    assert view["date_from"] == f"{ANCHOR.year}-01-01" and view["date_to"] == ANCHOR.isoformat()
    counts = view["counts"]
    assert counts["network_members"] >= 1 and counts["contact_visits"] >= 1, counts
    if user != "community-c":
        assert counts["joint_activities"] == 1 and counts["joint_activity_participants"] > 0, counts
        # Referrals count by the day they were recorded: the wall clock's, not the anchor's.
        now = {"date_from": f"{ANCHOR.year}-01-01", "date_to": local_date(utcnow()).isoformat()}
        linked = await alive.get(user, f"/api/v1/five-links/{ids[user]}", params=now)
        assert linked.json()["counts"]["referrals"] >= 1, linked.text
    if user == "community-a":
        assert counts["pairings"] == 2 and counts["paired_members"] >= 4, counts
    visits = await items(alive, user, "/api/v1/contact-visits")
    assert visits and {v["org_id"] for v in visits} == {ids[user]}
    summary = (await alive.get("street", "/api/v1/five-links")).json()
    assert {r["org_id"] for r in summary["items"]} == {ids["community-a"], ids["community-b"]}


@pytest.mark.parametrize(
    ("user", "street"),
    [
        ("street-3", "street-3"),
        ("community-d", "street-3"),
        ("street-5", "street-5"),
        ("community-h", "street-6"),
    ],
)
async def test_the_districts_other_streets_have_people_migrants_and_a_book(
    alive: Api, user: str, street: str
) -> None:
    ids = await org_ids(alive, live=True)
    residents = await items(alive, user, "/api/v1/residents")
    assert len(residents) >= 20, user
    migrants = await items(alive, user, "/api/v1/migrants")
    assert migrants and all(m["community_id"] != ids["community-a"] for m in migrants), user
    books = await items(alive, user, "/api/v1/responsibility-books", year=ANCHOR.year)
    expected = {ids[street]} if user.startswith("street") else set()
    assert {b["org_id"] for b in books} == expected, user


async def test_the_districts_dashboard_counts_every_street(alive: Api) -> None:
    ids = await org_ids(alive, live=True)
    streets = ["street", "street-2", "street-3", "street-4", "street-5", "street-6"]
    board = await alive.get("district", "/api/v1/reports/dashboard", params={"year": ANCHOR.year})
    assert board.status_code == 200, board.text
    assert {b["org_id"] for b in board.json()["books"]} >= {ids[s] for s in streets}
    # the migrants whose information is collected: the district's are its six streets' together
    migrants = {}
    for org in ["district", *streets]:
        answer = await alive.get(
            "district", "/api/v1/reports/dashboard", params={"year": ANCHOR.year, "org_id": ids[org]}
        )
        assert answer.status_code == 200, answer.text
        rate = next(
            i
            for i in answer.json()["indicators"]
            if i["code"].endswith("migrant_information_collection_rate")
        )
        migrants[org] = rate["denominator"]
    assert all(migrants[s] for s in streets), migrants
    assert migrants["district"] == sum(migrants[s] for s in streets), migrants
