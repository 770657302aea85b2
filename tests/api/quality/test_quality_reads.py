"""Screening programs, screenings, referrals, the contraceptive catalogue and distribution points on
the fast read path (app/services/quality/screening_reads.py, referral_reads.py,
contraceptive_reads.py), over rows beyond the demo's: for every demo caller its scope's rows in
pages, each filter's rows, the screenings needing a referral, the single reads with their ETag (and
404 outside the scope)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api.quality.quality_read_data import (
    NEEDING,
    POINTS,
    PRODUCTS,
    PROGRAMS,
    REFERRALS,
    RESOURCES,
    SCREENINGS,
    add_rows,
    ids_of,
)
from tests.api.read_helpers import pages_agree, principal_of, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district", "integration"]
FIELDS = {
    PROGRAMS: ("year",),
    SCREENINGS: ("program_id", "org_id", "risk_level", "resident_id"),
    NEEDING: ("program_id", "org_id"),
    REFERRALS: ("status", "overdue", "partner_id", "resident_id", "screening_id", "priority"),
    PRODUCTS: ("method", "active"),
    POINTS: ("org_id", "kind"),
}


async def _listed(api: Api, username: str, path: str, **filters: Any) -> list[dict]:
    return (await walk(api, username, path, 100, **filters))[0]


@pytest.mark.parametrize("path", [*RESOURCES, NEEDING])
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_its_scope_in_pages(api, username, path):
    await add_rows(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[SCREENINGS if path == NEEDING else path][0]):
        for params in ({}, {"limit": 2}):
            assert (await api.get(username, path, params=params)).status_code == 403
        return
    rows = await pages_agree(api, username, path)
    assert rows or username in ("unit", "integration")
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    if path == NEEDING:
        screenings = await _listed(api, username, SCREENINGS)
        assert all(r in screenings and r["risk_level"] == "high" for r in rows)
    if username == "district" and path != NEEDING:
        assert len(rows) == len(await ids_of(api, RESOURCES[path][2].id))


@pytest.mark.parametrize("path", [*RESOURCES, NEEDING])
@pytest.mark.parametrize("username", ["community-a", "street", "district"])
async def test_filters_pick_their_rows(api, username, path):
    await add_rows(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[SCREENINGS if path == NEEDING else path][0]):
        assert (await api.get(username, path)).status_code == 403
        return
    everything = await _listed(api, username, path)
    nonempty = 0
    for field in FIELDS[path]:
        for value in sorted({r[field] for r in everything if r.get(field) is not None}, key=str)[:6]:
            wire = str(value).lower() if isinstance(value, bool) else value
            rows = (await walk(api, username, path, 2, **{field: wire}))[0]
            assert rows and rows == [r for r in everything if r[field] == value], (field, value)
            nonempty += 1
    assert nonempty >= 2
    if path == SCREENINGS:
        days = sorted({r["screened_on"] for r in everything})
        middle = days[len(days) // 2]
        for filters, keeps in (
            ({"screened_from": middle}, lambda r: r["screened_on"] >= middle),
            ({"screened_to": middle}, lambda r: r["screened_on"] <= middle),
            ({"screened_from": middle, "screened_to": middle}, lambda r: r["screened_on"] == middle),
        ):
            rows = await _listed(api, username, path, **filters)
            assert rows and rows == [r for r in everything if keeps(r)], filters
    if path == PROGRAMS:
        assert await _listed(api, username, path, year=2001) == []


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_are_the_rows_and_404_out_of_scope(api, username, path):
    await add_rows(api)
    principal = await principal_of(api, username)
    permission, label, model = RESOURCES[path]
    everything = set(await ids_of(api, model.id))
    if not principal.can(permission):
        assert (await api.get(username, f"{path}/{min(everything)}")).status_code == 403
        return
    rows = {row["id"]: row for row in await _listed(api, username, path)}
    for object_id, row in sorted(rows.items()):
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 200, response.text
        if path == SCREENINGS:  # the single read shows the list's names; the findings only revealed
            assert response.json()["findings"] is None
            assert response.json()["resident_name"] and response.json()["program_name"]
        assert response.json() == row
        assert response.headers["etag"] == f'"{response.json()["version"]}"'
    outside = everything - set(rows)
    assert outside or username not in ("community-a", "community-b", "unit") or path in (PRODUCTS, PROGRAMS)
    for object_id in [*sorted(outside), max(everything) + 1000]:
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 404, (object_id, response.text)
        assert f"{label} not found" in response.text
        assert "etag" not in response.headers
