"""Stock never goes negative under concurrent requests, against a real uvicorn server."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import httpx
import pytest
from sqlalchemy import func, select

from app.config import get_settings
from app.db import Database
from app.demo.context import DEMO_CLIENT_SECRET, DEMO_PASSWORD
from app.models.core.outbox import OutboxEvent
from app.models.quality.stock import Dispensation, StockBatch, StockMovement
from tests.api.quality.contraceptive_setup import POINT_NAMES, expiry, person_id_number, years_ago

pytestmark = pytest.mark.asyncio


async def _token(client: httpx.AsyncClient, **form: str) -> dict[str, str]:
    response = await client.post("/api/v1/auth/token", data=form)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def _setup(
    client: httpx.AsyncClient, point_name: str, quantity: int
) -> tuple[dict[str, str], int, int]:
    street = await _token(client, grant_type="password", username="street", password=DEMO_PASSWORD)
    points = (await client.get("/api/v1/distribution-points", headers=street, params={"limit": 100})).json()
    point_id = next(p["id"] for p in points["items"] if p["name"] == point_name)
    product = await client.post(
        "/api/v1/contraceptive-products",
        headers=street,
        json={
            "code": f"RACE-{time.time_ns()}",
            "name": "并发测试",
            "method": "condom",
            "form": "乳胶",
            "unit": "盒",
        },
    )
    assert product.status_code == 201, product.text
    product_id = product.json()["id"]
    received = await client.post(
        "/api/v1/stock-movements",
        headers=street,
        json={
            "kind": "receipt",
            "point_id": point_id,
            "product_id": product_id,
            "batch_no": "RACE",
            "expires_on": expiry(100),
            "quantity": quantity,
            "source": "district_allocation",
            "document_no": "D1",
        },
    )
    assert received.status_code == 201, received.text
    return street, point_id, product_id


async def _ledger_state(database_url: str, product_id: int) -> tuple[int, int, int]:
    settings = get_settings().model_copy(update={"database_url": database_url})
    database = Database(settings)
    try:
        async with database.sessionmaker() as session:
            on_hand = (
                await session.execute(
                    select(func.sum(StockBatch.qty_on_hand)).where(StockBatch.product_id == product_id)
                )
            ).scalar_one()
            ledger = (
                await session.execute(
                    select(func.sum(StockMovement.quantity)).where(StockMovement.product_id == product_id)
                )
            ).scalar_one()
            dispensed = (
                await session.execute(
                    select(func.count())
                    .select_from(Dispensation)
                    .where(Dispensation.product_id == product_id)
                )
            ).scalar_one()
        return int(on_hand), int(ledger), int(dispensed)
    finally:
        await database.dispose()


async def _low_stock_events(database_url: str, product_id: int) -> list[int]:
    settings = get_settings().model_copy(update={"database_url": database_url})
    database = Database(settings)
    try:
        async with database.sessionmaker() as session:
            events = (
                (
                    await session.execute(
                        select(OutboxEvent).where(OutboxEvent.topic == "stock.below_threshold")
                    )
                )
                .scalars()
                .all()
            )
        return [e.payload["on_hand"] for e in events if e.payload["product_id"] == product_id]
    finally:
        await database.dispose()


async def test_20_concurrent_staff_dispenses_against_5_in_stock(live_server):
    limits = httpx.Limits(max_connections=40, max_keepalive_connections=40)
    async with httpx.AsyncClient(base_url=live_server.base_url, limits=limits, timeout=60) as client:
        _, point_id, product_id = await _setup(client, POINT_NAMES["station-a"], 5)
        worker = await _token(client, grant_type="password", username="community-a", password=DEMO_PASSWORD)
        threshold = await client.put(
            f"/api/v1/distribution-points/{point_id}/thresholds/{product_id}",
            headers=worker,
            json={"threshold": 3},
        )
        assert threshold.status_code == 200, threshold.text
        body = {"point_id": point_id, "product_id": product_id, "quantity": 1}
        started = time.perf_counter()
        responses = await asyncio.gather(
            *[client.post("/api/v1/dispensations", headers=worker, json=body) for _ in range(20)]
        )
        elapsed = time.perf_counter() - started
        statuses = Counter(r.status_code for r in responses)
        assert statuses == {201: 5, 409: 15}, [r.text for r in responses if r.status_code not in (201, 409)]
        for refused in (r for r in responses if r.status_code == 409):
            assert refused.headers["content-type"] == "application/problem+json"
            assert refused.json()["reason"] == "out_of_stock"
            assert refused.json()["available"] == 0
        stock = await client.get(
            "/api/v1/stock",
            headers=worker,
            params={"point_id": point_id, "product_id": product_id, "include_empty": "true"},
        )
        assert [b["qty_on_hand"] for b in stock.json()["items"]] == [0]
    assert await _ledger_state(live_server.database_url, product_id) == (0, 0, 5)
    # the dispense that took stock from 3 to 2 wrote the one low-stock event, no other did
    assert await _low_stock_events(live_server.database_url, product_id) == [2]
    print(f"\n20 concurrent dispenses against 5 in stock: {dict(statuses)} in {elapsed:.2f}s")


async def test_concurrent_machine_dispenses_to_one_person_give_one_box(live_server):
    async with httpx.AsyncClient(base_url=live_server.base_url, timeout=60) as client:
        _, _, product_id = await _setup(client, POINT_NAMES["machine-a"], 10)
        device = await _token(
            client, grant_type="client_credentials", client_id="dispenser-a", client_secret=DEMO_CLIENT_SECRET
        )
        person = person_id_number(years_ago(30))
        responses = await asyncio.gather(
            *[
                client.post(
                    "/api/v1/dispensations",
                    headers=device,
                    json={"product_id": product_id, "id_number": person},
                )
                for _ in range(8)
            ]
        )
        statuses = Counter(r.status_code for r in responses)
        assert statuses == {201: 1, 409: 7}, [r.text for r in responses]
        assert {r.json()["reason"] for r in responses if r.status_code == 409} == {"interval_not_elapsed"}
    assert await _ledger_state(live_server.database_url, product_id) == (9, 9, 1)
