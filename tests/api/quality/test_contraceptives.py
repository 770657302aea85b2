"""Contraceptive stock: receipts, transfers, adjustments, write-offs, scope, staff dispensing, alerts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.core.outbox import OutboxEvent
from app.models.quality.stock import Dispensation, StockBatch
from tests.api.quality.contraceptive_setup import expiry, new_product, on_hand_and_ledger, point_ids, receive
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio


async def test_catalogue_lists_demo_products_and_codes_are_unique(api):
    listed = await api.get("community-a", "/api/v1/contraceptive-products", params={"limit": 100})
    assert listed.status_code == 200
    methods = {p["method"] for p in listed.json()["items"]}
    assert {
        "condom",
        "oral_short_acting",
        "oral_emergency",
        "suppository",
        "film",
        "gel",
        "iud",
        "implant",
        "injection",
    } <= methods
    body = {"code": "CONDOM-10", "name": "重复", "method": "condom", "form": "乳胶", "unit": "盒"}
    assert (await api.post("street", "/api/v1/contraceptive-products", body)).status_code == 409
    # community workers do not edit the catalogue
    body["code"] = "NEW-1"
    assert (await api.post("community-a", "/api/v1/contraceptive-products", body)).status_code == 403


async def test_receipt_creates_batch_ledger_line_and_audit(api):
    points = await point_ids(api)
    product = await new_product(api)
    response = await receive(api, "community-a", points["station-a"], product, 40, batch_no="R1")
    assert response.status_code == 201, response.text
    line = response.json()["items"][0]
    assert line["kind"] == "receipt" and line["quantity"] == 40 and line["batch_no"] == "R1"
    assert response.headers["location"] == f"/api/v1/stock-movements/{line['id']}"
    stock = await api.get(
        "community-a", "/api/v1/stock", params={"point_id": points["station-a"], "product_id": product}
    )
    assert [(b["batch_no"], b["qty_on_hand"], b["expired"]) for b in stock.json()["items"]] == [
        ("R1", 40, False)
    ]
    async with api.session() as session:
        events = (
            (
                await session.execute(
                    select(AuditEvent).where(
                        AuditEvent.action == "stock.receipt", AuditEvent.object_id == str(line["id"])
                    )
                )
            )
            .scalars()
            .all()
        )
    assert len(events) == 1 and events[0].actor_username == "community-a"
    assert await on_hand_and_ledger(api, product_id=product) == [(line["batch_id"], 40, 40)]


async def test_bad_movements_are_refused_and_write_nothing(api):
    points = await point_ids(api)
    product = await new_product(api)
    await receive(api, "community-a", points["station-a"], product, 5, batch_no="X1")
    cases = [
        ({"kind": "receipt", "batch_no": "X2", "quantity": 3}, 422),  # no expiry
        ({"kind": "receipt", "batch_no": "X2", "quantity": 3, "expires_on": "2000-01-01"}, 422),  # expired
        ({"kind": "receipt", "batch_no": "X1", "quantity": 3, "expires_on": expiry(10)}, 422),  # other expiry
        ({"kind": "adjustment", "batch_no": "X1", "quantity": -2}, 422),  # no reason
        ({"kind": "adjustment", "batch_no": "X1", "quantity": -6, "reason": "盘亏"}, 409),  # below zero
        ({"kind": "receipt", "batch_no": "X2", "quantity": 0, "expires_on": expiry(10)}, 422),
        ({"kind": "dispense", "batch_no": "X1", "quantity": 1}, 422),  # dispensing has its own path
        ({"kind": "expiry_write_off", "batch_no": "X1", "quantity": 1}, 409),  # not near expiry
        ({"kind": "transfer", "batch_no": "X1", "quantity": 1}, 422),  # no target
    ]
    for extra, status in cases:
        body = {"point_id": points["station-a"], "product_id": product, **extra}
        response = await api.post("community-a", "/api/v1/stock-movements", body)
        assert response.status_code == status, (extra, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    refused = await api.post(
        "community-a",
        "/api/v1/stock-movements",
        {
            "kind": "adjustment",
            "point_id": points["station-a"],
            "product_id": product,
            "batch_no": "X1",
            "quantity": -6,
            "reason": "盘亏",
        },
    )
    assert refused.json()["reason"] == "insufficient_stock" and refused.json()["available"] == 5
    rows = await on_hand_and_ledger(api, product_id=product)
    assert [(qty, total) for _, qty, total in rows] == [(5, 5)]


async def test_transfer_adjustment_and_write_off_keep_on_hand_equal_to_ledger(api):
    points = await point_ids(api)
    product = await new_product(api)
    await receive(api, "street", points["station-a"], product, 30, batch_no="T1", expires_in_days=400)
    await receive(api, "street", points["station-a"], product, 10, batch_no="T0", expires_in_days=30)
    moved = await api.post(
        "street",
        "/api/v1/stock-movements",
        {
            "kind": "transfer",
            "point_id": points["station-a"],
            "to_point_id": points["station-b"],
            "product_id": product,
            "batch_no": "T1",
            "quantity": 12,
        },
    )
    assert moved.status_code == 201, moved.text
    out, into = moved.json()["items"]
    assert (out["kind"], out["quantity"], out["counterpart_point_id"]) == (
        "transfer_out",
        -12,
        points["station-b"],
    )
    assert (into["kind"], into["quantity"], into["point_id"]) == ("transfer_in", 12, points["station-b"])
    adjusted = await api.post(
        "street",
        "/api/v1/stock-movements",
        {
            "kind": "adjustment",
            "point_id": points["station-b"],
            "product_id": product,
            "batch_no": "T1",
            "quantity": -2,
            "reason": "包装破损",
        },
    )
    assert adjusted.status_code == 201 and adjusted.json()["items"][0]["reason"] == "包装破损"
    written_off = await api.post(
        "street",
        "/api/v1/stock-movements",
        {
            "kind": "expiry_write_off",
            "point_id": points["station-a"],
            "product_id": product,
            "batch_no": "T0",
            "quantity": 10,
        },
    )
    assert written_off.status_code == 201, written_off.text
    rows = await on_hand_and_ledger(api, product_id=product)
    assert sorted(qty for _, qty, _ in rows) == [0, 10, 18]
    assert all(qty == total for _, qty, total in rows)


async def test_community_worker_cannot_touch_another_communitys_point(api):
    points = await point_ids(api)
    product = await new_product(api)
    await receive(api, "street", points["station-b"], product, 10)
    # receipt, transfer out of, or transfer into community B's point: all 404 for community A
    assert (await receive(api, "community-a", points["station-b"], product, 1)).status_code == 404
    await receive(api, "community-a", points["station-a"], product, 5)
    into_b = await api.post(
        "community-a",
        "/api/v1/stock-movements",
        {
            "kind": "transfer",
            "point_id": points["station-a"],
            "to_point_id": points["station-b"],
            "product_id": product,
            "batch_no": "B1",
            "quantity": 1,
        },
    )
    assert into_b.status_code == 404
    assert (
        await api.get("community-a", f"/api/v1/distribution-points/{points['station-b']}")
    ).status_code == 404
    stock = await api.get("community-a", "/api/v1/stock", params={"point_id": points["station-b"]})
    assert stock.json()["items"] == []
    ledger = await api.get("community-a", "/api/v1/stock-movements", params={"product_id": product})
    assert {m["point_id"] for m in ledger.json()["items"]} == {points["station-a"]}
    listed = await api.get("community-a", "/api/v1/distribution-points")
    assert points["station-b"] not in {p["id"] for p in listed.json()["items"]}
    rows = await on_hand_and_ledger(api, product_id=product, point_id=points["station-b"])
    assert [(qty, total) for _, qty, total in rows] == [(10, 10)]


async def test_staff_dispense_takes_earliest_expiring_unexpired_batch_first(api):
    points = await point_ids(api)
    product = await new_product(api)
    await receive(api, "community-a", points["station-a"], product, 5, batch_no="LATE", expires_in_days=300)
    await receive(api, "community-a", points["station-a"], product, 2, batch_no="SOON", expires_in_days=60)
    # a lot within the 30 days of FPW_DISPENSE_MIN_SHELF_DAYS is kept back for return
    await receive(api, "community-a", points["station-a"], product, 4, batch_no="NEAR", expires_in_days=10)
    response = await api.post(
        "community-a",
        "/api/v1/dispensations",
        {"point_id": points["station-a"], "product_id": product, "quantity": 3},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["anonymous"] is True and body["channel"] == "staff"
    assert [(b["batch_no"], b["quantity"]) for b in body["batches"]] == [("SOON", 2), ("LATE", 1)]
    # an expired batch is never handed out, even when it is the only stock
    async with api.session() as session:
        batch = (
            await session.execute(
                select(StockBatch).where(StockBatch.product_id == product, StockBatch.batch_no == "LATE")
            )
        ).scalar_one()
        batch.expires_on = batch.expires_on.replace(year=2019)
        await session.commit()
    refused = await api.post(
        "community-a", "/api/v1/dispensations", {"point_id": points["station-a"], "product_id": product}
    )
    assert refused.status_code == 409
    assert refused.json()["reason"] == "out_of_stock"
    read = await api.get("community-a", f"/api/v1/dispensations/{body['id']}")
    assert read.json()["batches"] == body["batches"]


async def test_staff_dispense_to_a_resident_of_own_area_only(api):
    ids = await org_ids(api)
    points = await point_ids(api)
    product = await new_product(api)
    await receive(api, "community-a", points["station-a"], product, 5)
    a_resident = (await api.get("community-a", "/api/v1/residents", params={"limit": 1})).json()["items"][0]
    b_resident = (await api.get("community-b", "/api/v1/residents", params={"limit": 1})).json()["items"][0]
    ok = await api.post(
        "community-a",
        "/api/v1/dispensations",
        {"point_id": points["station-a"], "product_id": product, "resident_id": a_resident["id"]},
    )
    assert ok.status_code == 201 and ok.json()["resident_id"] == a_resident["id"]
    assert ok.json()["anonymous"] is False
    other = await api.post(
        "community-a",
        "/api/v1/dispensations",
        {"point_id": points["station-a"], "product_id": product, "resident_id": b_resident["id"]},
    )
    assert other.status_code == 404
    at_b = await api.post(
        "community-a", "/api/v1/dispensations", {"point_id": points["station-b"], "product_id": product}
    )
    assert at_b.status_code == 404
    listed = await api.get("community-a", "/api/v1/dispensations", params={"resident_id": a_resident["id"]})
    assert [d["id"] for d in listed.json()["items"]] == [ok.json()["id"]]
    assert ids["community-a"]  # the org ids resolve against this module's database
    # a unit liaison has no access to community A's point
    assert (
        await api.post(
            "unit", "/api/v1/dispensations", {"point_id": points["station-a"], "product_id": product}
        )
    ).status_code == 404


async def test_low_stock_alert_and_outbox_event_when_a_dispense_crosses_the_threshold(api):
    points = await point_ids(api)
    product = await new_product(api)
    await receive(api, "community-a", points["station-a"], product, 4)
    threshold = await api.client.put(
        f"/api/v1/distribution-points/{points['station-a']}/thresholds/{product}",
        json={"threshold": 3},
        headers=await api.headers("community-a"),
    )
    assert threshold.status_code == 200, threshold.text
    first = await api.post(
        "community-a", "/api/v1/dispensations", {"point_id": points["station-a"], "product_id": product}
    )  # 4 → 3: not below
    assert first.status_code == 201
    alerts = await api.get(
        "community-a", "/api/v1/stock/alerts/low-stock", params={"point_id": points["station-a"]}
    )
    assert product not in {a["product_id"] for a in alerts.json()["items"]}
    second = await api.post(
        "community-a", "/api/v1/dispensations", {"point_id": points["station-a"], "product_id": product}
    )  # 3 → 2: below
    third = await api.post(
        "community-a", "/api/v1/dispensations", {"point_id": points["station-a"], "product_id": product}
    )  # 2 → 1: already below, no new event
    assert second.status_code == third.status_code == 201
    alerts = await api.get(
        "community-a", "/api/v1/stock/alerts/low-stock", params={"point_id": points["station-a"]}
    )
    assert {
        "point_id": points["station-a"],
        "product_id": product,
        "on_hand": 1,
        "threshold": 3,
    } in alerts.json()["items"]
    async with api.session() as session:
        events = (
            (await session.execute(select(OutboxEvent).where(OutboxEvent.topic == "stock.below_threshold")))
            .scalars()
            .all()
        )
    mine = [e for e in events if e.payload["product_id"] == product]
    assert len(mine) == 1
    assert mine[0].payload["on_hand"] == 2 and mine[0].payload["dispensation_id"] == second.json()["id"]
    assert mine[0].delivered_at is None and mine[0].attempts == 0
    # community B sees no alert of community A's point
    b_alerts = await api.get("community-b", "/api/v1/stock/alerts/low-stock")
    assert all(a["point_id"] != points["station-a"] for a in b_alerts.json()["items"])


async def test_expiring_batches_are_listed_soonest_first_and_paginate(api):
    points = await point_ids(api)
    product = await new_product(api)
    for n, days in enumerate((80, 10, 45, 200)):
        await receive(
            api, "community-a", points["station-a"], product, 3, batch_no=f"E{n}", expires_in_days=days
        )
    seen, cursor = [], None
    while True:
        params = {"limit": 1, "point_id": points["station-a"]}
        if cursor:
            params["cursor"] = cursor
        page = (await api.get("community-a", "/api/v1/stock/alerts/expiring", params=params)).json()
        seen += [(b["product_id"], b["batch_no"]) for b in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert [batch for prod, batch in seen if prod == product] == ["E1", "E2", "E0"]
    # the demo's near-expiry condom batch is listed too
    assert any(batch == "C20181101" for _, batch in seen)


async def test_dispensing_report_and_stock_out_days(api):
    points = await point_ids(api)
    product = await new_product(api)
    await receive(api, "community-a", points["station-a"], product, 2)
    for _ in range(2):
        assert (
            await api.post(
                "community-a",
                "/api/v1/dispensations",
                {"point_id": points["station-a"], "product_id": product},
            )
        ).status_code == 201
    async with api.session() as session:
        day = (
            (
                await session.execute(
                    select(Dispensation.dispensed_on).where(Dispensation.product_id == product)
                )
            )
            .scalars()
            .first()
        )
    assert day is not None
    report = await api.get(
        "community-a",
        "/api/v1/reports/dispensing",
        params={
            "date_from": day.replace(day=1).isoformat(),
            "date_to": day.isoformat(),
            "product_id": product,
        },
    )
    assert report.status_code == 200, report.text
    assert report.json()["items"] == [
        {
            "month": f"{day:%Y-%m}",
            "point_id": points["station-a"],
            "product_id": product,
            "quantity": 2,
            "dispensations": 2,
        }
    ]
    outs = await api.get(
        "community-a",
        "/api/v1/reports/stock-outs",
        params={"date_from": day.isoformat(), "date_to": day.isoformat(), "product_id": product},
    )
    assert outs.status_code == 200, outs.text
    assert outs.json()["items"] == [
        {"point_id": points["station-a"], "product_id": product, "stock_out_days": 1}
    ]
    bad = await api.get(
        "community-a",
        "/api/v1/reports/stock-outs",
        params={"date_from": day.isoformat(), "date_to": "2000-01-01"},
    )
    assert bad.status_code == 422
