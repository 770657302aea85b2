"""stock_days, what the stock-out and dispensing figures read, equals the ledger summed per day."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from app.models.quality.stock import Dispensation, StockMovement
from app.models.quality.stock_days import StockDay
from tests.api.quality.contraceptive_setup import new_product, receive

pytestmark = pytest.mark.asyncio


async def test_stock_days_equal_the_ledger_and_dispensations_and_ledger_lines_are_append_only(
    api: Any,
) -> None:
    product = await new_product(api)
    points = (await api.get("community-a", "/api/v1/distribution-points")).json()["items"]
    point_id = next(p["id"] for p in points if p["kind"] != "machine")
    assert (await receive(api, "community-a", point_id, product, 6)).status_code == 201
    for quantity in (2, 1):
        dispensed = await api.post(
            "community-a",
            "/api/v1/dispensations",
            {"product_id": product, "quantity": quantity, "point_id": point_id},
        )
        assert dispensed.status_code == 201, dispensed.text
    async with api.session() as session:
        ledger = {
            (p, q, d): (n, lines)
            for p, q, d, n, lines in await session.execute(
                select(
                    StockMovement.point_id,
                    StockMovement.product_id,
                    StockMovement.occurred_on,
                    func.sum(StockMovement.quantity),
                    func.count(),
                ).group_by(StockMovement.point_id, StockMovement.product_id, StockMovement.occurred_on)
            )
        }
        handed = dict(
            (
                ((p, q, d), n)
                for p, q, d, n in await session.execute(
                    select(
                        Dispensation.point_id,
                        Dispensation.product_id,
                        Dispensation.dispensed_on,
                        func.sum(Dispensation.quantity),
                    ).group_by(Dispensation.point_id, Dispensation.product_id, Dispensation.dispensed_on)
                )
            )
        )
        days = {
            (r.point_id, r.product_id, r.day): (r.net_quantity, r.lines, r.dispensed_units)
            for r in (await session.execute(select(StockDay))).scalars()
        }
        assert days == {k: (*ledger.get(k, (0, 0)), handed.get(k, 0)) for k in {*ledger, *handed}}
        mine = [v for (p, q, _), v in days.items() if (p, q) == (point_id, product)]
        assert mine == [(6 - 3, 3, 3)]  # one receipt and two dispensings, on one day

        line = (await session.execute(select(StockMovement).limit(1))).scalar_one()
        line.quantity += 1
        with pytest.raises(RuntimeError, match="append-only"):
            await session.flush()
