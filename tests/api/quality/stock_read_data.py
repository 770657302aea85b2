"""Rows for the stock read tests beyond the demo's, and the resources they read."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from app.clock import local_today
from app.models.core.family import Family
from app.models.quality.pregnancy import Pregnancy
from app.models.quality.stock import Dispensation, StockBatch, StockMovement
from tests.api.quality.contraceptive_setup import (
    device_headers,
    new_product,
    person_id_number,
    point_ids,
    receive,
)
from tests.conftest import Api
from tests.demo_ids import org_ids

STOCK, MOVEMENTS = "/api/v1/stock", "/api/v1/stock-movements"


DISPENSATIONS, PREGNANCIES = "/api/v1/dispensations", "/api/v1/pregnancies"


RESOURCES: dict[str, tuple[str, str, Any]] = {
    # list path: (permission, 404 label, model)
    STOCK: ("contraceptives:read", "", StockBatch),
    MOVEMENTS: ("contraceptives:read", "Stock movement", StockMovement),
    DISPENSATIONS: ("contraceptives:read", "Dispensation", Dispensation),
    PREGNANCIES: ("health:read", "Pregnancy", Pregnancy),
}


async def ids_of(api: Api, column: Any) -> list[Any]:
    async with api.session() as session:
        return sorted({v for v in (await session.execute(select(column))).scalars().all() if v is not None})


databases_with_rows: set[str] = set()


async def add_rows(api: Api) -> None:
    """Dispensations of every shape (anonymous over two batches, to a resident, by a machine, at
    another community's point), an emptied batch, an expired one, and pregnancies that are overdue,
    visited (twice on one day), and cancelled, in two communities."""
    if api.url in databases_with_rows:
        return
    databases_with_rows.add(api.url)
    points = await point_ids(api)
    product, other = await new_product(api), await new_product(api, "oral_short_acting")
    for user, point, batch, quantity, days in (
        ("community-a", "station-a", "SOON", 2, 60),
        ("community-a", "station-a", "LATE", 5, 300),
        ("community-b", "station-b", "B1", 4, 200),
        ("community-a", "machine-a", "M1", 6, 200),
        ("street", "clinic", "OLD", 3, 400),
    ):
        response = await receive(
            api, user, points[point], product, quantity, batch_no=batch, expires_in_days=days
        )
        assert response.status_code == 201, response.text
    assert (
        await receive(api, "community-a", points["station-a"], other, 1, batch_no="ONE")
    ).status_code == 201
    resident = (await api.get("community-a", "/api/v1/residents", params={"limit": 1})).json()["items"][0]
    bodies = [
        ("community-a", {"point_id": points["station-a"], "product_id": product, "quantity": 3}),
        (
            "community-a",
            {"point_id": points["station-a"], "product_id": product, "resident_id": resident["id"]},
        ),
        ("community-a", {"point_id": points["station-a"], "product_id": other}),
        ("community-b", {"point_id": points["station-b"], "product_id": product, "quantity": 2}),
    ]
    for user, body in bodies:
        response = await api.post(user, DISPENSATIONS, body)
        assert response.status_code == 201, response.text
    machine = await api.client.post(
        DISPENSATIONS,
        json={
            "product_id": product,
            "id_number": person_id_number(local_today().replace(year=local_today().year - 30)),
        },
        headers=await device_headers(api),
    )
    assert machine.status_code == 201, machine.text
    async with api.session() as session:
        old = (await session.execute(select(StockBatch).where(StockBatch.batch_no == "OLD"))).scalar_one()
        old.expires_on = local_today() - timedelta(days=2)
        await session.commit()
    await add_pregnancies(api)


async def add_pregnancies(api: Api) -> None:
    ids = await org_ids(api)
    today = local_today()
    for community, count in (("community-a", 3), ("community-b", 1)):
        async with api.session() as session:
            wives = (
                (
                    await session.execute(
                        select(Family.wife_id)
                        .where(Family.community_id == ids[community], Family.wife_id.is_not(None))
                        .order_by(Family.id.desc())
                    )
                )
                .scalars()
                .all()
            )
        made = []
        for wife in wives:
            if len(made) == count:
                break
            response = await api.post(
                community,
                PREGNANCIES,
                {
                    "resident_id": wife,
                    "registered_on": (today - timedelta(days=40)).isoformat(),
                    "expected_on": (today + timedelta(days=200)).isoformat(),
                },
            )
            if response.status_code == 201:
                made.append(response.json())
        assert len(made) == count
        if community == "community-a":
            path = f"{PREGNANCIES}/{made[1]['id']}/visits"
            for note in ("一", "二"):
                day = (today - timedelta(days=5)).isoformat()
                assert (await api.post(community, path, {"visited_on": day, "note": note})).status_code == 200
            cancel = await api.post(
                community,
                f"{PREGNANCIES}/{made[2]['id']}/cancel",
                {"reason": "迁出"},
                headers={"If-Match": f'"{made[2]["version"]}"'},
            )
            assert cancel.status_code == 200, cancel.text
