"""Benefit programs, applications and enrolments on the fast read path (app/services/benefits/
program_reads.py, application_reads.py, enrolment_reads.py), over rows built through the API: each
caller's pages, its scope (a community sees its own cases only), each filter's rows, the single
reads with their ETag (404 outside the scope) and the enrolments' change feed. That the lane answers
as FastAPI does is tests/api/platform/test_lane_parity.py's."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
import pytest_asyncio
from sqlalchemy import func, select

from app.clock import local_date
from app.models.benefits.benefit import BenefitApplication, BenefitProgram
from app.models.benefits.enrolment import Enrolment
from app.models.core.org import Org
from tests.api.benefits.benefit_read_helpers import populate
from tests.api.read_helpers import pages_agree, principal_of, reads_by_id, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]
PROGRAMS, APPLICATIONS, ENROLMENTS = (
    "/api/v1/benefit-programs",
    "/api/v1/benefit-applications",
    "/api/v1/benefit-enrolments",
)
MODELS = {PROGRAMS: BenefitProgram, APPLICATIONS: BenefitApplication, ENROLMENTS: Enrolment}
LABELS = {PROGRAMS: "Benefit program", APPLICATIONS: "Benefit application", ENROLMENTS: "Enrolment"}


@pytest_asyncio.fixture(scope="module")
async def built(api: Api) -> dict[str, Any]:
    return await populate(api)


async def _ids(api: Api, model: Any) -> list[int]:
    async with api.session() as session:
        return sorted((await session.execute(select(model.id))).scalars().all())


async def _communities_under(api: Api, org_id: int) -> set[int]:
    async with api.session() as session:
        path = (await session.execute(select(Org.path).where(Org.id == org_id))).scalar_one()
        return set((await session.execute(select(Org.id).where(Org.path.startswith(path)))).scalars())


@pytest.mark.parametrize("path", [PROGRAMS, APPLICATIONS, ENROLMENTS])
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_its_scope_in_pages_and_by_id(api, built, username, path):
    principal = await principal_of(api, username)
    every = await _ids(api, MODELS[path])
    if not principal.can("benefits:read"):
        assert (await api.get(username, path)).status_code == 403
        assert (await api.get(username, f"{path}/{every[0]}")).status_code == 403
        return
    rows = await pages_agree(api, username, path)
    ids = [row["id"] for row in rows]
    assert ids == sorted(ids, reverse=path == APPLICATIONS), "applications newest first, the rest by id"
    if path != PROGRAMS:
        mine = await _communities_under(api, principal.org_id)
        assert all(row["community_id"] in mine for row in rows), "no case of another community"
        if username in ("community-a", "street", "district"):
            assert rows, "the built cases give this caller some"
        if username == "district":
            assert len(rows) == len(every)
        if username == "community-b":
            assert set(every) - set(ids), "community-b reads no case of community-a"
    else:
        assert rows, "every caller sees the programs"
    singles = await reads_by_id(api, username, path, ids, every, LABELS[path])
    if path == APPLICATIONS and username == "community-a":
        detail = next(s for s in singles if s["id"] == built["applications"][0])
        assert detail["reviews"], "a reviewed application shows its review"


async def _filtered(api: Api, username: str, path: str, **filters: Any) -> list[dict]:
    return (await walk(api, username, path, 2, **filters))[0]


@pytest.mark.parametrize("username", ["community-a", "street", "district"])
async def test_filters_pick_their_rows(api, built, username):
    for path, fields in (
        (PROGRAMS, {"open_for_applications": ("true", "false")}),
        (APPLICATIONS, {"status": ("in_notice", "submitted", "draft")}),
        (ENROLMENTS, {"status": ("active", "suspended"), "needs_review": ("true", "false")}),
    ):
        everything = await _filtered(api, username, path)
        for field, values in fields.items():
            found = 0
            for value in values:
                rows = await _filtered(api, username, path, **{field: value})
                assert rows == [r for r in everything if str(r[field]).lower() == value], (path, field, value)
                found += bool(rows)
            assert found == len(values) or (path == PROGRAMS and found), (path, field)
        for field in ("program_id", "community_id", "family_id"):
            if path == PROGRAMS:
                continue
            for value in sorted({r[field] for r in everything})[:3]:
                rows = await _filtered(api, username, path, **{field: value})
                assert rows == [r for r in everything if r[field] == value] and rows, (path, field)
    community = built["orgs"]["community-a"]
    both = await _filtered(
        api, username, ENROLMENTS, status="active", needs_review="false", community_id=community
    )
    assert all(
        r["status"] == "active" and not r["needs_review"] and r["community_id"] == community for r in both
    )


async def test_submitted_dates_select_by_day(api, built):
    everything = await _filtered(api, "community-a", APPLICATIONS)
    submitted = [r for r in everything if r["submitted_at"]]
    assert submitted
    # the filters take Beijing dates; submitted_at is an instant (in UTC, a day behind before 08:00)
    beijing_day = {
        r["id"]: local_date(datetime.fromisoformat(r["submitted_at"])).isoformat() for r in submitted
    }
    day = min(beijing_day.values())
    assert await _filtered(api, "community-a", APPLICATIONS, submitted_to="2000-01-01") == []
    assert await _filtered(api, "community-a", APPLICATIONS, submitted_to="2100-01-01") == submitted
    on_day = await _filtered(api, "community-a", APPLICATIONS, submitted_from=day, submitted_to=day)
    assert on_day == [r for r in submitted if beijing_day[r["id"]] == day]


async def test_a_range_that_ends_before_it_starts_is_the_same_problem(api, built):
    params = {"submitted_from": "2020-01-02", "submitted_to": "2020-01-01"}
    response = await api.get("community-a", APPLICATIONS, params=params)
    assert response.status_code == 422
    assert response.json()["detail"] == "submitted_from is after submitted_to"


@pytest.mark.parametrize("username", ["community-a", "street", "district"])
async def test_the_enrolment_change_feed_holds_the_list(api, built, username):
    # no settling time: the rows were written a moment ago, and nothing else is writing
    original = api.app.state.settings
    api.app.state.settings = original.model_copy(update={"feed_settle_seconds": 0})
    try:
        for filters in ({}, {"status": "active"}, {"needs_review": "true"}):
            listed = await _filtered(api, username, ENROLMENTS, **filters)
            since = "2000-01-01T00:00:00Z"
            items, _ = await walk(api, username, ENROLMENTS, 2, updated_since=since, **filters)
            assert items and sorted(items, key=lambda r: r["id"]) == listed, filters
    finally:
        api.app.state.settings = original
    async with api.session() as session:
        assert (await session.execute(select(func.count(Enrolment.id)))).scalar_one() >= 7
