"""Migrants, their services and hand-overs on the fast read path (app/services/migrants/
migrant_reads.py, transfer_reads.py) show exactly what the session path showed: for every demo caller
the same rows in the same pages, for every filter (the duty lists judged on the request's date) the
same rows, the same single reads with their ETags (and 404 outside the scope), a migrant's services in
the same order, and the same change feed. The previous implementation's queries are copied here."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Select, and_, select

from app.authz import Principal, scoped_org_ids
from app.clock import set_today
from app.feed import feed_page
from app.models.migrants.migrant import CertificateStatus, Migrant, MigrantStatus, PermitStatus
from app.models.migrants.service import MigrantService
from app.models.migrants.transfer import MigrantTransfer, TransferStatus
from app.schemas.migrants.migrant import ServiceRead
from app.schemas.migrants.transfer import TransferRead
from app.services.migrants.migrants import migrant_scope, to_read
from app.services.migrants.transfers import transfer_scope
from tests.api.migrants.migrant_data import seeded
from tests.api.read_helpers import principal_of, walk
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


# The previous implementation: app/services/migrants/migrants.list_migrants / get_migrant,
# transfers.list_transfers / get_transfer and public_services.list_services (an ORM query in a
# session, ordered by id, each row through the read schema; migrants through to_read on today).


def _month(value: str) -> tuple[date, date]:
    year, month = (int(p) for p in value.split("-"))
    return date(year, month, 1), date(year + (month == 12), month % 12 + 1, 1)


def _old_migrants(principal: Principal, **f: Any) -> Select[Any]:
    stmt = select(Migrant).where(migrant_scope(principal))
    for column, name in (
        (Migrant.status, "status"),
        (Migrant.community_id, "community_id"),
        (Migrant.employer_unit_id, "employer_unit_id"),
        (Migrant.household_province, "household_province"),
    ):
        if f.get(name) is not None:
            stmt = stmt.where(column == (MigrantStatus(f[name]) if name == "status" else f[name]))
    if f.get("certificate_overdue") is not None:
        late = and_(
            Migrant.status == MigrantStatus.present,
            Migrant.certificate_status == CertificateStatus.missing,
            Migrant.certificate_due_on < TODAY,
        )
        stmt = stmt.where(late if f["certificate_overdue"] == "true" else ~late)
    if f.get("permit_endorsement_due") is not None:
        due = and_(
            Migrant.status == MigrantStatus.present,
            Migrant.permit_status == PermitStatus.issued,
            Migrant.permit_expires_on <= TODAY + timedelta(days=30),
        )
        stmt = stmt.where(due if f["permit_endorsement_due"] == "true" else ~due)
    if f.get("arrived_in") is not None:
        start, end = _month(f["arrived_in"])
        stmt = stmt.where(Migrant.arrival_date >= start, Migrant.arrival_date < end)
    if f.get("departed_in") is not None:
        start, end = _month(f["departed_in"])
        stmt = stmt.where(Migrant.departed_on >= start, Migrant.departed_on < end)
    return stmt


def _old_transfers(
    principal: Principal, status: str | None = None, incoming: str | None = None
) -> Select[Any]:
    stmt = select(MigrantTransfer).where(transfer_scope(principal))
    if status is not None:
        stmt = stmt.where(MigrantTransfer.status == TransferStatus(status))
    if incoming is not None:
        column = MigrantTransfer.to_community_id if incoming == "true" else MigrantTransfer.from_community_id
        stmt = stmt.where(column.in_(scoped_org_ids(principal)))
    return stmt


RESOURCES: dict[str, tuple[str, str, Any, Any, Any]] = {
    # path: (permission, 404 label, old query, model, old row → JSON)
    "/api/v1/migrants": (
        "migrants:read",
        "Migrant",
        _old_migrants,
        Migrant,
        lambda m: to_read(m, TODAY).model_dump(mode="json"),
    ),
    "/api/v1/migrant-transfers": (
        "migrants:read",
        "Migrant transfer",
        _old_transfers,
        MigrantTransfer,
        lambda t: TransferRead.model_validate(t).model_dump(mode="json"),
    ),
}


async def _expected(api: Api, path: str, principal: Principal, **filters: Any) -> list[dict]:
    _, _, old, model, dump = RESOURCES[path]
    async with api.session() as session:
        rows = (await session.execute(old(principal, **filters).order_by(model.id))).scalars().all()
        return [dump(row) for row in rows]


async def _all_ids(api: Api, model: Any) -> set[int]:
    async with api.session() as session:
        return set((await session.execute(select(model.id))).scalars().all())


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_pages_as_before(api, username, path):
    await seeded(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[path][0]):
        for params in ({}, {"limit": 2}):
            assert (await api.get(username, path, params=params)).status_code == 403
        return
    expected = await _expected(api, path, principal)
    assert expected or username == "unit" and "transfers" in path  # a unit sees no hand-overs
    for limit in (1, 2, 3):
        items, pages = await walk(api, username, path, limit)
        assert items == expected
        assert pages == max(1, -(-len(expected) // limit))


@pytest.mark.parametrize("username", CALLERS)
async def test_migrant_filters_give_the_same_rows_as_before(api, username):
    await seeded(api)
    principal = await principal_of(api, username)
    path = "/api/v1/migrants"
    if not principal.can("migrants:read"):
        assert (await api.get(username, path, params={"status": "present"})).status_code == 403
        return
    ids = await org_ids(api)
    cases: list[dict[str, Any]] = [{"status": s.value} for s in MigrantStatus]
    for flag in ("certificate_overdue", "permit_endorsement_due"):
        cases += [{flag: "true"}, {flag: "false"}]
    cases += [{"community_id": ids[c]} for c in ("community-a", "community-b", "community-c")]
    cases += [{"employer_unit_id": ids["unit"]}, {"household_province": "50"}, {"household_province": "44"}]
    cases += [{"arrived_in": m} for m in ("2025-06", "2025-07", "2026-01", "2026-02", "2026-03", "2024-12")]
    cases += [{"departed_in": "2026-03"}, {"departed_in": "2026-02"}]
    cases += [
        {"status": "present", "certificate_overdue": "true", "community_id": ids["community-a"]},
        {"permit_endorsement_due": "true", "certificate_overdue": "false"},
        {"arrived_in": "2025-08", "departed_in": "2026-03"},
    ]
    nonempty = 0
    for filters in cases:
        expected = await _expected(api, path, principal, **filters)
        assert (await walk(api, username, path, 2, **filters))[0] == expected, filters
        nonempty += bool(expected)
    assert nonempty >= 4


@pytest.mark.parametrize("username", CALLERS)
async def test_transfer_filters_give_the_same_rows_as_before(api, username):
    await seeded(api)
    principal = await principal_of(api, username)
    path = "/api/v1/migrant-transfers"
    if not principal.can("migrants:read"):
        assert (await api.get(username, path, params={"incoming": "true"})).status_code == 403
        return
    cases: list[dict[str, Any]] = [{"status": s.value} for s in TransferStatus]
    cases += [{"incoming": "true"}, {"incoming": "false"}, {"status": "pending", "incoming": "true"}]
    nonempty = 0
    for filters in cases:
        expected = await _expected(api, path, principal, **filters)
        assert (await walk(api, username, path, 1, **filters))[0] == expected, filters
        nonempty += bool(expected)
    assert nonempty >= 3 or username == "unit"


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_match_and_are_404_out_of_scope(api, username, path):
    await seeded(api)
    principal = await principal_of(api, username)
    permission, label, _, model, _ = RESOURCES[path]
    everything = await _all_ids(api, model)
    if not principal.can(permission):
        assert (await api.get(username, f"{path}/{min(everything)}")).status_code == 403
        return
    expected = await _expected(api, path, principal)
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
    visible = {row["id"] for row in await _expected(api, "/api/v1/migrants", principal)}
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


async def test_the_change_feed_is_the_session_paths(api):
    """``updated_since`` stays on the session path: the same rows as the previous feed query."""
    await seeded(api)
    original = api.app.state.settings
    api.app.state.settings = original.model_copy(update={"feed_settle_seconds": 0})
    try:
        since = datetime(2000, 1, 1, tzinfo=UTC)
        nonempty = 0
        for username in ("community-a", "street", "unit"):
            principal = await principal_of(api, username)
            for filters in ({}, {"status": "present"}, {"certificate_overdue": "true"}):
                expected: list[dict] = []
                cursor = None
                async with api.session() as session:
                    while True:
                        items, cursor = await feed_page(
                            session,
                            api.app.state.settings,
                            _old_migrants(principal, **filters),
                            updated_column=Migrant.updated_at,
                            id_column=Migrant.id,
                            updated_since=since,
                            limit=2,
                            cursor=cursor,
                        )
                        expected += [to_read(m, TODAY).model_dump(mode="json") for m in items]
                        if cursor is None:
                            break
                got = await walk(
                    api, username, "/api/v1/migrants", 2, updated_since=since.isoformat(), **filters
                )
                assert got[0] == expected, (username, filters)
                nonempty += bool(expected)
        assert nonempty >= 7
    finally:
        api.app.state.settings = original
