"""Property: stock on hand per batch always equals the sum of its ledger lines and never goes negative,
whatever sequence of receipts, transfers, adjustments, write-offs and dispenses is sent."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.api.quality.contraceptive_setup import expiry, new_product, on_hand_and_ledger, point_ids

pytestmark = pytest.mark.asyncio

BATCHES = {"P1": 400, "P2": 30, "P3": 700}  # batch → days to expiry (P2 may be written off)

receipt = st.tuples(
    st.just("receipt"), st.sampled_from(["A", "B"]), st.sampled_from(list(BATCHES)), st.integers(1, 20)
)
transfer = st.tuples(
    st.just("transfer"), st.sampled_from(["A", "B"]), st.sampled_from(list(BATCHES)), st.integers(1, 15)
)
adjustment = st.tuples(
    st.just("adjustment"),
    st.sampled_from(["A", "B"]),
    st.sampled_from(list(BATCHES)),
    st.integers(-15, 15).filter(bool),
)
write_off = st.tuples(
    st.just("expiry_write_off"), st.sampled_from(["A", "B"]), st.just("P2"), st.integers(1, 10)
)
dispense = st.tuples(st.just("dispense"), st.sampled_from(["A", "B"]), st.just(""), st.integers(1, 12))
operations = st.lists(st.one_of(receipt, transfer, adjustment, write_off, dispense), min_size=1, max_size=12)


async def _apply(api, points, product, ops) -> dict[int, int]:
    """Send the operations; return how many answered with each status (only 201/404/409 allowed)."""
    statuses: dict[int, int] = {}
    station = {"A": points["station-a"], "B": points["station-b"]}
    for kind, at, batch, quantity in ops:
        other = "B" if at == "A" else "A"
        if kind == "dispense":
            response = await api.post(
                "street",
                "/api/v1/dispensations",
                {"point_id": station[at], "product_id": product, "quantity": quantity},
            )
        else:
            body = {
                "kind": kind,
                "point_id": station[at],
                "product_id": product,
                "batch_no": batch,
                "quantity": quantity,
            }
            if kind == "receipt":
                body["expires_on"] = expiry(BATCHES[batch])
                body["source"] = "district_allocation"
                body["document_no"] = "D1"
            if kind == "transfer":
                body["to_point_id"] = station[other]
            if kind == "adjustment":
                body["reason"] = "盘点"
            response = await api.post("street", "/api/v1/stock-movements", body)
        assert response.status_code in (201, 404, 409), response.text
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
    return statuses


async def test_on_hand_always_equals_the_ledger(api):
    points = await point_ids(api)
    loop = asyncio.get_running_loop()
    await api.token("street")

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(ops=operations)
    def check(ops):
        async def run():
            product = await new_product(api)
            await _apply(api, points, product, ops)
            rows = await on_hand_and_ledger(api, product_id=product)
            for _, qty, total in rows:
                assert qty >= 0
                assert qty == total

        asyncio.run_coroutine_threadsafe(run(), loop).result(timeout=60)

    # Hypothesis drives the examples from a worker thread; each runs on the test's event loop.
    await asyncio.to_thread(check)
