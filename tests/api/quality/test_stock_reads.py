"""Stock on hand, the stock ledger, dispensations and pregnancy follow-ups on the fast read path
(app/services/quality/stock_reads.py, pregnancy_reads.py), over rows of every shape: for every demo
caller its points' rows in pages (dispensations and pregnancies newest first), each filter's rows,
the single reads (dispensation batches and pregnancy visits nested) with an ETag or none, and 404
outside the scope."""

from __future__ import annotations

from typing import Any

import pytest

from app.clock import local_today
from app.models.quality.pregnancy import PregnancyState
from app.models.quality.stock import MovementKind
from tests.api.quality.stock_read_data import (
    DISPENSATIONS,
    MOVEMENTS,
    PREGNANCIES,
    RESOURCES,
    STOCK,
    add_rows,
    ids_of,
)
from tests.api.read_helpers import pages_agree, principal_of, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district", "integration"]
NEWEST_FIRST = (DISPENSATIONS, PREGNANCIES)


async def _listed(api: Api, username: str, path: str, **filters: Any) -> list[dict]:
    return (await walk(api, username, path, 100, **filters))[0]


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_its_points_rows_in_pages(api, username, path):
    await add_rows(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[path][0]):
        for params in ({}, {"limit": 2}):
            assert (await api.get(username, path, params=params)).status_code == 403
        return
    rows = await pages_agree(api, username, path)
    assert rows or username in ("unit", "integration")
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids, reverse=path in NEWEST_FIRST)
    if path != PREGNANCIES:
        points = {p["id"] for p in await _listed(api, username, "/api/v1/distribution-points")}
        assert all(r["point_id"] in points for r in rows), "only the caller's points"
    if username == "district":
        every = await ids_of(api, RESOURCES[path][2].id)
        assert len(rows) == len(every) or path == STOCK  # empty batches only with include_empty


def _cases(path: str, everything: list[dict]) -> list[dict[str, Any]]:
    """Filters named after a field of the rows, with values the rows have."""
    fields = {
        STOCK: ("point_id", "product_id"),
        MOVEMENTS: ("point_id", "product_id", "kind", "batch_id"),
        DISPENSATIONS: ("point_id", "product_id", "resident_id", "channel"),
        PREGNANCIES: ("state", "resident_id", "overdue"),
    }[path]
    return [{f: v} for f in fields for v in sorted({r[f] for r in everything if r[f] is not None}, key=str)]


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", ["community-a", "street", "district"])
async def test_filters_pick_their_rows(api, username, path):
    await add_rows(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[path][0]):
        assert (await api.get(username, path)).status_code == 403
        return
    everything = await _listed(api, username, path)
    cases = _cases(path, everything)
    assert len(cases) >= 3
    for filters in cases:
        ((field, value),) = filters.items()
        wire = str(value).lower() if isinstance(value, bool) else value
        rows = (await walk(api, username, path, 2, **{field: wire}))[0]
        assert rows and rows == [r for r in everything if r[field] == value], filters
    if path == STOCK:
        with_empty = await _listed(api, username, path, include_empty="true")
        assert all(r["qty_on_hand"] > 0 for r in everything)
        assert [r for r in with_empty if r["qty_on_hand"] > 0] == everything
    if path == DISPENSATIONS:
        today = local_today().isoformat()
        assert await _listed(api, username, path, dispensed_from="2030-01-01") == []
        assert await _listed(api, username, path, dispensed_to=today) == everything
    if path == MOVEMENTS:
        kinds = {m.value for m in MovementKind}
        assert {r["kind"] for r in everything} <= kinds
    if path == PREGNANCIES:
        assert {r["state"] for r in everything} <= {s.value for s in PregnancyState}


async def test_the_rows_have_every_shape(api):
    await add_rows(api)
    dispensations = await _listed(api, "street", DISPENSATIONS)
    assert {(d["channel"], d["anonymous"], d["resident_id"] is None) for d in dispensations} >= {
        ("staff", True, True),
        ("staff", False, False),
        ("machine", False, True),
    }
    several = [d["id"] for d in dispensations if d["quantity"] == 3]
    assert len((await api.get("street", f"{DISPENSATIONS}/{several[0]}")).json()["batches"]) == 2
    stock = await _listed(api, "street", STOCK, include_empty="true")
    assert {b["expired"] for b in stock} == {True, False} and any(b["qty_on_hand"] == 0 for b in stock)
    today = local_today().isoformat()
    assert all(b["expired"] == (b["expires_on"] < today) for b in stock)
    pregnancies = await _listed(api, "street", PREGNANCIES)
    assert {p["overdue"] for p in pregnancies} == {True, False}
    assert any(len(p["visits"]) == 2 for p in pregnancies) and any(p["next_steps"] == [] for p in pregnancies)


@pytest.mark.parametrize("path", [MOVEMENTS, DISPENSATIONS, PREGNANCIES])
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
        single = response.json()
        if path == DISPENSATIONS:  # the batches only in the single read
            assert row["batches"] is None
            row = {**row, "batches": single["batches"]}
        assert {k: single[k] for k in row} == row
        if path == DISPENSATIONS:
            assert sum(b["quantity"] for b in single["batches"]) == single["quantity"]
        if path == PREGNANCIES:
            assert response.headers["etag"] == f'"{single["version"]}"'
        else:  # no version, no ETag
            assert "etag" not in response.headers
    outside = everything - set(rows)
    assert outside or username not in ("community-a", "community-b", "unit")
    for object_id in [*sorted(outside), max(everything) + 1000]:
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 404, (object_id, response.text)
        assert f"{label} not found" in response.text
        assert "etag" not in response.headers
