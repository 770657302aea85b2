"""Dispensing as the office works it: no near-expiry lots handed out, machine points only by their
machine, receipts that name their source, transfers that move stock atomically."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.models.quality.stock import StockBatch
from tests.api.quality.contraceptive_setup import expiry, new_product, point_ids, receive

MOVES = "/api/v1/stock-movements"
ZH = {"Accept-Language": "zh-CN"}


async def _on_hand(api: Any, point_id: int, product_id: int) -> dict[str, int]:
    async with api.session() as session:
        rows = await session.execute(
            select(StockBatch.batch_no, StockBatch.qty_on_hand).where(
                StockBatch.point_id == point_id, StockBatch.product_id == product_id
            )
        )
        return dict(rows.all())  # type: ignore[arg-type]


async def test_a_near_expiry_lot_is_not_handed_out_and_shows_for_return(api):
    points = await point_ids(api)
    product = await new_product(api)
    await receive(api, "community-a", points["station-a"], product, 5, batch_no="TWO-DAYS", expires_in_days=2)
    refused = await api.post(
        "community-a",
        "/api/v1/dispensations",
        {"point_id": points["station-a"], "product_id": product},
        headers=ZH,
    )
    assert refused.status_code == 409
    body = refused.json()
    assert body["reason"] == "out_of_stock" and body["min_shelf_days"] == 30 and body["available"] == 0
    assert body["title"] == "不予发放" and "30天内到期的批次不发放" in body["detail"]
    expiring = await api.get(
        "community-a", "/api/v1/stock/alerts/expiring", params={"point_id": points["station-a"], "limit": 100}
    )
    assert "TWO-DAYS" in [b["batch_no"] for b in expiring.json()["items"]]
    assert await _on_hand(api, points["station-a"], product) == {"TWO-DAYS": 5}


async def test_staff_do_not_dispense_from_a_machines_point(api):
    points = await point_ids(api)
    product = await new_product(api)
    await receive(api, "community-a", points["machine-a"], product, 50)
    refused = await api.post(
        "community-a",
        "/api/v1/dispensations",
        {"point_id": points["machine-a"], "product_id": product, "quantity": 41},
    )
    assert refused.status_code == 409 and refused.json()["reason"] == "machine_point_staff"
    assert await _on_hand(api, points["machine-a"], product) == {"B1": 50}
    enums = (await api.get("community-a", "/api/v1/meta/enums")).json()
    assert enums["dispense_refusal"]["machine_point_staff"]["zh-CN"] == "自助发放机点位只能由发放机发放"
    assert set(enums["dispense_refusal"]) >= {"interval_not_elapsed", "out_of_stock", "age_out_of_range"}


async def test_every_receipt_names_its_source(api):
    points = await point_ids(api)
    product = await new_product(api)
    base = {
        "kind": "receipt",
        "point_id": points["station-a"],
        "product_id": product,
        "batch_no": "SRC",
        "expires_on": expiry(200),
        "quantity": 10,
    }
    for extra, field in (
        ({}, "source"),
        ({"source": "district_allocation"}, "document_no"),
        ({"source": "returned"}, "reason"),
        ({"source": "transfer"}, "source"),
    ):
        response = await api.post("community-a", MOVES, {**base, **extra})
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["loc"] == ["body", field]
    assert await _on_hand(api, points["station-a"], product) == {}
    allocated = await api.post(
        "community-a",
        MOVES,
        {**base, "source": "district_allocation", "document_no": "渝中卫药具〔2019〕7号"},
    )
    assert allocated.status_code == 201, allocated.text
    [line] = allocated.json()["items"]
    assert line["source"] == "district_allocation" and line["document_no"] == "渝中卫药具〔2019〕7号"
    returned = await api.post("community-a", MOVES, {**base, "source": "returned", "reason": "商圈企业退回"})
    assert returned.status_code == 201 and returned.json()["items"][0]["source"] == "returned"


async def test_a_transfer_moves_stock_atomically(api):
    points = await point_ids(api)
    product = await new_product(api)
    await receive(api, "street", points["station-a"], product, 8, batch_no="T1")
    transfer = {
        "kind": "transfer",
        "point_id": points["station-a"],
        "to_point_id": points["station-b"],
        "product_id": product,
        "batch_no": "T1",
    }
    too_many = await api.post("street", MOVES, {**transfer, "quantity": 9})
    assert too_many.status_code == 409
    assert await _on_hand(api, points["station-a"], product) == {"T1": 8}
    assert await _on_hand(api, points["station-b"], product) == {}
    moved = await api.post("street", MOVES, {**transfer, "quantity": 5})
    assert moved.status_code == 201, moved.text
    out, into = moved.json()["items"]
    assert (out["kind"], out["quantity"], into["kind"], into["quantity"]) == (
        "transfer_out",
        -5,
        "transfer_in",
        5,
    )
    assert into["source"] == "transfer" and into["counterpart_point_id"] == points["station-a"]
    assert await _on_hand(api, points["station-a"], product) == {"T1": 3}
    assert await _on_hand(api, points["station-b"], product) == {"T1": 5}
