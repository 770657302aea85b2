"""Migrants, their services and hand-overs on the fast read path (app/services/migrants/
migrant_reads.py, transfer_reads.py): for every demo caller its scope's rows in pages, each filter's
rows (the duty lists judged on the request's date), the single reads with their ETags (and 404
outside the scope), a migrant's services in day order, and the change feed holding the list's rows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import set_today
from app.models.core.org import Org
from app.models.migrants.migrant import Migrant, MigrantStatus
from app.models.migrants.service import MigrantService
from app.models.migrants.transfer import MigrantTransfer, TransferStatus
from app.schemas.migrants.migrant import ServiceRead
from tests.api.migrants.migrant_data import seeded
from tests.api.read_helpers import pages_agree, principal_of, walk
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district", "integration"]
TODAY = date(2026, 3, 10)


@pytest.fixture(autouse=True)
def fixed_today():
    set_today(TODAY)
    yield
    set_today(None)


RESOURCES: dict[str, tuple[str, str, Any]] = {
    # path: (permission, 404 label, model)
    "/api/v1/migrants": ("migrants:read", "Migrant", Migrant),
    "/api/v1/migrant-transfers": ("migrants:read", "Migrant transfer", MigrantTransfer),
}
MIGRANTS = "/api/v1/migrants"


async def _listed(api: Api, username: str, path: str, **filters: Any) -> list[dict]:
    return (await walk(api, username, path, 100, **filters))[0]


async def _all_ids(api: Api, model: Any) -> set[int]:
    async with api.session() as session:
        return set((await session.execute(select(model.id))).scalars().all())


async def _below(api: Api, username: str) -> set[int]:
    principal = await principal_of(api, username)
    async with api.session() as session:
        return set(
            (await session.execute(select(Org.id).where(Org.path.startswith(principal.org_path)))).scalars()
        )


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_its_scope_in_pages(api, username, path):
    await seeded(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[path][0]):
        for params in ({}, {"limit": 2}):
            assert (await api.get(username, path, params=params)).status_code == 403
        return
    rows = await pages_agree(api, username, path)
    assert rows or username == "unit" and "transfers" in path  # a unit sees no hand-overs
    below = await _below(api, username)
    if path == MIGRANTS and username != "integration":
        assert all(r["community_id"] in below or r["employer_unit_id"] in below for r in rows)
    elif path != MIGRANTS:
        assert all(r["from_community_id"] in below or r["to_community_id"] in below for r in rows)


def _endorsement_due(row: dict) -> bool:
    expires = row["permit_expires_on"]
    return (
        row["status"] == "present"
        and row["permit_status"] == "issued"
        and expires is not None
        and expires <= (TODAY + timedelta(days=30)).isoformat()
    )


@pytest.mark.parametrize("username", CALLERS)
async def test_migrant_filters_pick_their_rows(api, username):
    await seeded(api)
    principal = await principal_of(api, username)
    if not principal.can("migrants:read"):
        assert (await api.get(username, MIGRANTS, params={"status": "present"})).status_code == 403
        return
    everything = await _listed(api, username, MIGRANTS)
    ids = await org_ids(api)
    cases: list[tuple[dict[str, Any], Any]] = []
    cases += [({"status": s.value}, lambda r, v=s.value: r["status"] == v) for s in MigrantStatus]
    for flag, judged in (
        ("certificate_overdue", lambda r: r["certificate_overdue"]),
        ("permit_endorsement_due", _endorsement_due),
    ):
        cases += [({flag: "true"}, judged), ({flag: "false"}, lambda r, j=judged: not j(r))]
    cases += [
        ({"community_id": ids[c]}, lambda r, i=ids[c]: r["community_id"] == i)
        for c in ("community-a", "community-b", "community-c")
    ]
    cases += [({"employer_unit_id": ids["unit"]}, lambda r: r["employer_unit_id"] == ids["unit"])]
    cases += [({"household_province": p}, lambda r, p=p: r["household_province"] == p) for p in ("50", "44")]
    months = ("2025-06", "2025-07", "2026-01", "2026-02", "2026-03", "2024-12")
    cases += [({"arrived_in": m}, lambda r, m=m: r["arrival_date"].startswith(m)) for m in months]
    cases += [
        ({"departed_in": m}, lambda r, m=m: (r["departed_on"] or "").startswith(m))
        for m in ("2026-03", "2026-02")
    ]
    nonempty = 0
    for filters, keeps in cases:
        rows = (await walk(api, username, MIGRANTS, 2, **filters))[0]
        assert rows == [r for r in everything if keeps(r)], filters
        nonempty += bool(rows)
    assert nonempty >= 4
    overdue = await _listed(api, username, MIGRANTS, certificate_overdue="true")
    assert all(r["status"] == "present" and r["certificate_status"] == "missing" for r in overdue)
    assert all(r["certificate_due_on"] < TODAY.isoformat() for r in overdue), "judged on the request's date"


@pytest.mark.parametrize("username", CALLERS)
async def test_transfer_filters_pick_their_rows(api, username):
    await seeded(api)
    principal = await principal_of(api, username)
    path = "/api/v1/migrant-transfers"
    if not principal.can("migrants:read"):
        assert (await api.get(username, path, params={"incoming": "true"})).status_code == 403
        return
    everything = await _listed(api, username, path)
    below = await _below(api, username)
    cases: list[tuple[dict[str, Any], Any]] = [
        ({"status": s.value}, lambda r, v=s.value: r["status"] == v) for s in TransferStatus
    ]
    cases += [
        ({"incoming": "true"}, lambda r: r["to_community_id"] in below),
        ({"incoming": "false"}, lambda r: r["from_community_id"] in below),
        (
            {"status": "pending", "incoming": "true"},
            lambda r: r["status"] == "pending" and r["to_community_id"] in below,
        ),
    ]
    nonempty = 0
    for filters, keeps in cases:
        rows = (await walk(api, username, path, 1, **filters))[0]
        assert rows == [r for r in everything if keeps(r)], filters
        nonempty += bool(rows)
    assert nonempty >= 3 or username == "unit"


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_are_the_rows_and_404_out_of_scope(api, username, path):
    await seeded(api)
    principal = await principal_of(api, username)
    permission, label, model = RESOURCES[path]
    everything = await _all_ids(api, model)
    if not principal.can(permission):
        assert (await api.get(username, f"{path}/{min(everything)}")).status_code == 403
        return
    expected = await _listed(api, username, path)
    for row in expected:
        response = await api.get(username, f"{path}/{row['id']}")
        assert response.status_code == 200, response.text
        assert response.json() == row
        assert response.headers["etag"] == f'"{row["version"]}"'
    outside = everything - {row["id"] for row in expected}
    # every hand-over starts or ends at community-b, which lies in the street
    parties = ("community-b", "street", "street-officer") if "transfers" in path else ()
    assert outside or username in ("district", "integration", *parties)
    for object_id in [*sorted(outside), max(everything) + 1000]:
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 404, (object_id, response.text)
        assert f"{label} not found" in response.text
        assert "etag" not in response.headers


@pytest.mark.parametrize("username", CALLERS)
async def test_services_match_in_day_order_and_are_404_out_of_scope(api, username):
    await seeded(api)
    principal = await principal_of(api, username)
    everything = await _all_ids(api, Migrant)
    if not principal.can("migrants:read"):
        assert (await api.get(username, f"/api/v1/migrants/{min(everything)}/services")).status_code == 403
        return
    visible = {row["id"] for row in await _listed(api, username, MIGRANTS)}
    served = out_of_id_order = 0
    for migrant_id in [*sorted(everything), max(everything) + 1000]:
        response = await api.get(username, f"/api/v1/migrants/{migrant_id}/services")
        if migrant_id not in visible:
            assert response.status_code == 404, response.text
            assert "Migrant not found" in response.text
            continue
        async with api.session() as session:
            rows = (
                await session.execute(
                    select(MigrantService)
                    .where(MigrantService.migrant_id == migrant_id)
                    .order_by(MigrantService.delivered_on, MigrantService.id)
                )
            ).scalars()
            expected = [ServiceRead.model_validate(s).model_dump(mode="json") for s in rows]
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/json"
        assert response.json() == expected
        served += bool(expected)
        out_of_id_order += [s["id"] for s in expected] != sorted(s["id"] for s in expected)
    assert served, "every caller with the permission sees a migrant with services"
    assert out_of_id_order or username in ("unit", "community-b")  # the day order is not the id order


async def test_the_change_feed_holds_the_lists_rows(api):
    """``updated_since`` (on the session path) gives the rows of the list with the same filters,
    oldest change first."""
    await seeded(api)
    original = api.app.state.settings
    api.app.state.settings = original.model_copy(update={"feed_settle_seconds": 0})
    try:
        since = datetime(2000, 1, 1, tzinfo=UTC).isoformat()
        nonempty = 0
        for username in ("community-a", "street", "unit"):
            for filters in ({}, {"status": "present"}, {"certificate_overdue": "true"}):
                listed = await _listed(api, username, MIGRANTS, **filters)
                got, _ = await walk(api, username, MIGRANTS, 2, updated_since=since, **filters)
                assert sorted(got, key=lambda r: r["id"]) == listed, (username, filters)
                nonempty += bool(got)
        assert nonempty >= 7
    finally:
        api.app.state.settings = original
