"""Stock on hand, the stock ledger, dispensations and pregnancy follow-ups on the fast read path
(app/services/quality/stock_reads.py, pregnancy_reads.py) show exactly what the session path showed:
for every demo caller the same rows in the same pages (dispensations and pregnancies newest first),
for every filter the same rows, the same single reads (dispensation batches and pregnancy visits
nested) with the same ETag or none, and 404 outside the scope. The previous implementation's
queries are copied here and compared."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.authz import Principal
from app.clock import local_today
from app.models.quality.contraceptive import DistributionPoint
from app.models.quality.pregnancy import Pregnancy, PregnancyState
from app.models.quality.stock import Dispensation, MovementKind, StockBatch, StockMovement
from app.routers.v1.quality.dispensations import _read as dispensation_read
from app.schemas.quality.stock import DispensedBatch, StockBatchRead, StockMovementRead
from app.services.quality import pregnancies as pregnancy_service
from tests.api.quality.stock_read_data import (
    DISPENSATIONS,
    MOVEMENTS,
    PREGNANCIES,
    RESOURCES,
    STOCK,
    add_rows,
    ids_of,
)
from tests.api.read_helpers import principal_of, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district", "integration"]


# The previous implementation (batches_of is gone now; the queries below are its and the others'):
# stock_ledger.list_stock / list_movements / get_movement,
# dispensing.list_dispensations / get_dispensation (+ batches_of), pregnancies.list_pregnancies /
# get_pregnancy (+ to_reads): an ORM query in a session, each row as the old route wrote it.


def _stock_read(b: StockBatch) -> dict:
    columns = ("id", "point_id", "product_id", "batch_no", "expires_on", "qty_on_hand", "updated_at")
    read = StockBatchRead.model_validate(
        {**{c: getattr(b, c) for c in columns}, "expired": b.expires_on < local_today()}
    )
    return read.model_dump(mode="json")


async def _expected(api: Api, path: str, principal: Principal, **filters: Any) -> list[dict]:
    old = RESOURCES[path][2]
    async with api.session() as session:
        rows = (await session.execute(old(principal, **filters))).scalars().all()
        if path == STOCK:
            return [_stock_read(b) for b in rows]
        if path == MOVEMENTS:
            return [StockMovementRead.model_validate(m).model_dump(mode="json") for m in rows]
        if path == DISPENSATIONS:
            return [dispensation_read(d).model_dump(mode="json") for d in rows]
        reads = await pregnancy_service.to_reads(session, rows, local_today())
        return [read.model_dump(mode="json") for read in reads]


async def _old_single(api: Api, path: str, object_id: int) -> dict:
    async with api.session() as session:
        if path == MOVEMENTS:
            return StockMovementRead.model_validate(await session.get(StockMovement, object_id)).model_dump(
                mode="json"
            )
        if path == DISPENSATIONS:
            d = await session.get(Dispensation, object_id)
            lines = (
                await session.execute(
                    select(StockMovement)
                    .where(StockMovement.dispensation_id == object_id)
                    .order_by(StockMovement.id)
                )
            ).scalars()
            batches = [
                DispensedBatch(batch_no=m.batch_no, expires_on=m.expires_on, quantity=-m.quantity)
                for m in lines
            ]
            return dispensation_read(d, batches).model_dump(mode="json")
        p = await session.get(Pregnancy, object_id)
        [read] = await pregnancy_service.to_reads(session, [p], local_today())
        return read.model_dump(mode="json")


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_pages_as_before(api, username, path):
    await add_rows(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[path][0]):
        for params in ({}, {"limit": 2}):
            assert (await api.get(username, path, params=params)).status_code == 403
        return
    expected = await _expected(api, path, principal)
    assert expected or username in ("unit", "integration")
    for limit in (1, 2, 5):
        items, pages = await walk(api, username, path, limit)
        assert items == expected
        assert pages == max(1, -(-len(expected) // limit))


async def _cases(api: Api, path: str) -> list[dict[str, Any]]:
    points = [{"point_id": i} for i in await ids_of(api, DistributionPoint.id)]
    if path == STOCK:
        products = [{"product_id": i} for i in await ids_of(api, StockBatch.product_id)]
        return [{"include_empty": "true"}, *points, *products, {"include_empty": "true", **points[0]}]
    if path == MOVEMENTS:
        cases = [*points, *({"product_id": i} for i in await ids_of(api, StockMovement.product_id))]
        cases += [{"kind": k.value} for k in MovementKind]
        return cases + [{"batch_id": i} for i in await ids_of(api, StockMovement.batch_id)]
    if path == DISPENSATIONS:
        today = local_today().isoformat()
        cases = [*points, *({"product_id": i} for i in await ids_of(api, Dispensation.product_id))]
        cases += [{"resident_id": i} for i in await ids_of(api, Dispensation.resident_id)]
        cases += [{"channel": "staff"}, {"channel": "machine"}]
        return cases + [{"dispensed_from": today}, {"dispensed_to": today}, {"dispensed_from": "2030-01-01"}]
    cases = [{"state": s.value} for s in PregnancyState] + [{"overdue": "true"}, {"overdue": "false"}]
    return cases + [{"resident_id": i} for i in await ids_of(api, Pregnancy.resident_id)]


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", ["community-a", "street", "district"])
async def test_filters_give_the_same_rows_as_before(api, username, path):
    await add_rows(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[path][0]):
        assert (await api.get(username, path)).status_code == 403
        return
    nonempty = 0
    for filters in await _cases(api, path):
        expected = await _expected(api, path, principal, **filters)
        assert (await walk(api, username, path, 2, **filters))[0] == expected, filters
        nonempty += bool(expected)
    assert nonempty >= 3


async def test_the_compared_rows_have_every_shape(api):
    await add_rows(api)
    street = await principal_of(api, "street")
    dispensations = await _expected(api, DISPENSATIONS, street)
    assert {(d["channel"], d["anonymous"], d["resident_id"] is None) for d in dispensations} >= {
        ("staff", True, True),
        ("staff", False, False),
        ("machine", False, True),
    }
    several = [d["id"] for d in dispensations if d["quantity"] == 3]
    assert len((await api.get("street", f"{DISPENSATIONS}/{several[0]}")).json()["batches"]) == 2
    stock = await _expected(api, STOCK, street, include_empty="true")
    assert {b["expired"] for b in stock} == {True, False} and any(b["qty_on_hand"] == 0 for b in stock)
    pregnancies = await _expected(api, PREGNANCIES, await principal_of(api, "street"))
    assert {p["overdue"] for p in pregnancies} == {True, False}
    assert any(len(p["visits"]) == 2 for p in pregnancies) and any(p["next_steps"] == [] for p in pregnancies)


@pytest.mark.parametrize("path", [MOVEMENTS, DISPENSATIONS, PREGNANCIES])
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_match_and_are_404_out_of_scope(api, username, path):
    await add_rows(api)
    principal = await principal_of(api, username)
    permission, label, _, model = RESOURCES[path]
    everything = set(await ids_of(api, model.id))
    if not principal.can(permission):
        assert (await api.get(username, f"{path}/{min(everything)}")).status_code == 403
        return
    visible = {row["id"] for row in await _expected(api, path, principal)}
    for object_id in sorted(visible):
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 200, response.text
        expected = await _old_single(api, path, object_id)
        assert response.json() == expected
        if path == PREGNANCIES:
            assert response.headers["etag"] == f'"{expected["version"]}"'
        else:  # no version, no ETag, as before
            assert "etag" not in response.headers
    outside = everything - visible
    assert outside or username not in ("community-a", "community-b", "unit")
    for object_id in [*sorted(outside), max(everything) + 1000]:
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 404, (object_id, response.text)
        assert f"{label} not found" in response.text
        assert "etag" not in response.headers
