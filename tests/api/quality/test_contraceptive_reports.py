"""Reports computed in SQL from the ledger: dispensed per month, stock-out days over a period."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.models.quality.stock import Dispensation, DispenseChannel, MovementKind, StockBatch, StockMovement
from tests.api.quality.contraceptive_setup import new_product, point_ids

pytestmark = pytest.mark.asyncio

# day, signed quantity: stocked 1 May, empty 3–6 May, restocked 7 May, empty again from 10 May
LEDGER = [(date(2019, 5, 1), 5), (date(2019, 5, 3), -5), (date(2019, 5, 7), 3), (date(2019, 5, 10), -3)]


@pytest.fixture(scope="module")
async def history(api):
    points = await point_ids(api)
    product = await new_product(api)
    async with api.session() as session:
        batch = StockBatch(
            point_id=points["station-a"],
            product_id=product,
            batch_no="H1",
            expires_on=date(2021, 1, 1),
            qty_on_hand=0,
        )
        session.add(batch)
        await session.flush()
        for day, quantity in LEDGER:
            at = datetime(day.year, day.month, day.day, 2, tzinfo=UTC)
            dispensation_id = None
            if quantity < 0:
                dispensation = Dispensation(
                    point_id=points["station-a"],
                    product_id=product,
                    quantity=-quantity,
                    channel=DispenseChannel.staff,
                    dispensed_at=at,
                    dispensed_on=day,
                )
                session.add(dispensation)
                await session.flush()
                dispensation_id = dispensation.id
            session.add(
                StockMovement(
                    kind=MovementKind.receipt if quantity > 0 else MovementKind.dispense,
                    point_id=points["station-a"],
                    product_id=product,
                    batch_id=batch.id,
                    batch_no="H1",
                    expires_on=batch.expires_on,
                    quantity=quantity,
                    dispensation_id=dispensation_id,
                    occurred_at=at,
                    occurred_on=day,
                )
            )
        session.add(
            Dispensation(
                point_id=points["station-a"],
                product_id=product,
                quantity=2,
                channel=DispenseChannel.staff,
                dispensed_at=datetime(2019, 6, 2, tzinfo=UTC),
                dispensed_on=date(2019, 6, 2),
            )
        )
        await session.commit()
    return points["station-a"], product


@pytest.mark.parametrize(
    ("date_from", "date_to", "days"),
    [
        ("2019-05-01", "2019-05-15", 4 + 6),
        ("2019-05-05", "2019-05-08", 2),
        ("2019-05-01", "2019-05-02", 0),
        ("2019-04-01", "2019-04-30", 0),  # before the point ever held the product
        ("2019-05-12", "2019-05-12", 1),
    ],
)
async def test_stock_out_days(api, history, date_from, date_to, days):
    point_id, product = history
    response = await api.get(
        "community-a",
        "/api/v1/reports/stock-outs",
        params={"date_from": date_from, "date_to": date_to, "product_id": product},
    )
    assert response.status_code == 200, response.text
    expected = [{"point_id": point_id, "product_id": product, "stock_out_days": days}] if days else []
    assert response.json()["items"] == expected


async def test_dispensed_per_month(api, history):
    point_id, product = history
    response = await api.get(
        "street",
        "/api/v1/reports/dispensing",
        params={"date_from": "2019-01-01", "date_to": "2019-12-31", "product_id": product},
    )
    assert response.status_code == 200
    assert response.json()["items"] == [
        {"month": "2019-05", "point_id": point_id, "product_id": product, "quantity": 8, "dispensations": 2},
        {"month": "2019-06", "point_id": point_id, "product_id": product, "quantity": 2, "dispensations": 1},
    ]
    # another community's worker gets nothing from community A's point
    other = await api.get(
        "community-b",
        "/api/v1/reports/dispensing",
        params={"date_from": "2019-01-01", "date_to": "2019-12-31", "product_id": product},
    )
    assert other.json()["items"] == []
    outs = await api.get(
        "community-b",
        "/api/v1/reports/stock-outs",
        params={"date_from": "2019-05-01", "date_to": "2019-05-31", "product_id": product},
    )
    assert outs.json()["items"] == []
