"""Stock, the ledger, dispensations and pregnancies converted to the fast read path
(test_stock_reads.py) through the read lane: the same answers as FastAPI gives with the lane off,
for good and bad requests (the dispensations change feed included) and without a token."""

from __future__ import annotations

import pytest

from tests.api.quality.stock_read_data import (
    DISPENSATIONS,
    MOVEMENTS,
    PREGNANCIES,
    RESOURCES,
    STOCK,
    add_rows,
    ids_of,
)
from tests.api.read_helpers import lane_answers_as_fastapi

pytestmark = pytest.mark.asyncio


async def test_the_lane_and_fastapi_answer_alike(api):
    """The converted routes answer through the read lane as FastAPI answers them (an app with the
    lane off): the same status, body and headers for good and bad requests, and no token."""
    await add_rows(api)
    cases: list[tuple[str | None, str, dict]] = []
    for path in RESOURCES:
        first = (await api.get("street", path, params={"limit": 1})).json()
        for params in (
            {},
            {"limit": 1},
            {"limit": 1, "cursor": first["next_cursor"]},
            {"limit": 0},
            {"limit": 101},
            {"cursor": "not-a-cursor"},
            {"cursor": "WzEsMiwzXQ"},
        ):
            cases += [("community-a", path, params), ("street", path, params)]
        cases += [(None, path, {}), ("unit", path, {"limit": 3}), ("integration", path, {})]
    for path in (MOVEMENTS, DISPENSATIONS, PREGNANCIES):
        everything = await ids_of(api, RESOURCES[path][2].id)
        for object_id in (everything[0], everything[-1], everything[-1] + 1, 0, "abc"):
            cases += [("community-a", f"{path}/{object_id}", {}), ("community-b", f"{path}/{object_id}", {})]
        cases += [(None, f"{path}/{everything[0]}", {})]
    cases += [
        ("street", STOCK, {"include_empty": "maybe"}),
        ("street", STOCK, {"include_empty": "true", "point_id": -1}),
        ("street", MOVEMENTS, {"kind": "bogus"}),
        ("street", MOVEMENTS, {"kind": "dispense"}),
        ("street", DISPENSATIONS, {"channel": "bogus"}),
        ("street", DISPENSATIONS, {"channel": "machine"}),
        ("street", DISPENSATIONS, {"dispensed_from": "2030-03-01", "dispensed_to": "2030-02-01"}),
        ("street", DISPENSATIONS, {"dispensed_from": "soon"}),
        ("street", DISPENSATIONS, {"updated_since": "2000-01-01T00:00:00Z", "limit": 2}),
        ("street", DISPENSATIONS, {"updated_since": "2026-01-01T00:00:00"}),
        ("street", PREGNANCIES, {"state": "bogus"}),
        ("street", PREGNANCIES, {"overdue": "true"}),
        ("street", PREGNANCIES, {"overdue": "maybe"}),
    ]
    statuses = await lane_answers_as_fastapi(api, cases)
    assert {200, 401, 404, 422} <= statuses
