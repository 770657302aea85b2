"""Builders for the contraceptive tests: demo points, fresh products, receipts, device sign-in."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from typing import Any

import httpx
from sqlalchemy import func, select

from app.clock import local_today
from app.demo.context import DEMO_CLIENT_SECRET
from app.id_numbers import make_id_number
from app.models.quality.contraceptive import DistributionPoint
from app.models.quality.stock import StockBatch, StockMovement
from tests.conftest import Api

_codes = itertools.count(1)
POINT_NAMES = {
    "station-a": "民生路社区药具发放站",
    "station-b": "较场口社区药具发放站",
    "machine-a": "民生路社区药具自助发放机",
    "clinic": "解放碑社区卫生服务中心发放点",
}


async def point_ids(api: Api) -> dict[str, int]:
    async with api.session() as session:
        rows = dict((await session.execute(select(DistributionPoint.name, DistributionPoint.id))).all())
    return {key: rows[name] for key, name in POINT_NAMES.items()}


async def new_product(api: Api, method: str = "condom") -> int:
    n = next(_codes)
    response = await api.post(
        "street",
        "/api/v1/contraceptive-products",
        {
            "code": f"TEST-{method}-{n}",
            "name": f"测试药具{n}",
            "method": method,
            "form": "乳胶",
            "unit": "盒",
            "units_per_pack": 10,
        },
    )
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def expiry(days: int) -> str:
    return (local_today() + timedelta(days=days)).isoformat()


async def receive(
    api: Api,
    user: str,
    point_id: int,
    product_id: int,
    quantity: int,
    *,
    batch_no: str = "B1",
    expires_in_days: int = 365,
) -> httpx.Response:
    return await api.post(
        user,
        "/api/v1/stock-movements",
        {
            "kind": "receipt",
            "point_id": point_id,
            "product_id": product_id,
            "batch_no": batch_no,
            "expires_on": expiry(expires_in_days),
            "quantity": quantity,
            "source": "district_allocation",
            "document_no": "渝中卫药具〔2019〕1号",
        },
    )


async def device_headers(api: Api, client_id: str = "dispenser-a") -> dict[str, str]:
    if client_id not in api._tokens:
        response = await api.client.post(
            "/api/v1/auth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": client_id,
                "client_secret": DEMO_CLIENT_SECRET,
            },
        )
        assert response.status_code == 200, response.text
        api._tokens[client_id] = response.json()["access_token"]
    return {"Authorization": f"Bearer {api._tokens[client_id]}"}


async def on_hand_and_ledger(api: Api, **where: Any) -> list[tuple[int, int, int]]:
    """(batch id, qty on hand, sum of its ledger lines) for the batches matching ``where``."""
    async with api.session() as session:
        ledger = (
            select(StockMovement.batch_id, func.sum(StockMovement.quantity).label("total"))
            .group_by(StockMovement.batch_id)
            .subquery()
        )
        stmt = select(StockBatch.id, StockBatch.qty_on_hand, func.coalesce(ledger.c.total, 0)).outerjoin(
            ledger, ledger.c.batch_id == StockBatch.id
        )
        for column, value in where.items():
            stmt = stmt.where(getattr(StockBatch, column) == value)
        return [tuple(row) for row in (await session.execute(stmt)).all()]  # type: ignore[misc]


def days_ago(n: int) -> date:
    return local_today() - timedelta(days=n)


_people = itertools.count(1)


def person_id_number(birth: date, *, male: bool = False) -> str:
    """A valid ID number with exactly this birth date, unique within the test run."""
    n = next(_people)
    return make_id_number("440524", birth, (n * 2 + (1 if male else 0)) % 1000)


def years_ago(years: int, days: int = 0) -> date:
    d = local_today()
    return d.replace(year=d.year - years) - timedelta(days=days)
