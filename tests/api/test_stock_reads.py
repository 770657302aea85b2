"""Stock on hand, the stock ledger, dispensations and pregnancy follow-ups on the fast read path
(app/services/quality/stock_reads.py, pregnancy_reads.py) show exactly what the session path showed:
for every demo caller the same rows in the same pages (dispensations and pregnancies newest first),
for every filter the same rows, the same single reads (dispensation batches and pregnancy visits
nested) with the same ETag or none, and 404 outside the scope. The previous implementation's
queries are copied here and compared."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Select, select

from app.authz import Principal, scoped_org_ids
from app.clock import local_today
from app.models.core.family import Family
from app.models.quality.contraceptive import DistributionPoint
from app.models.quality.pregnancy import Pregnancy, PregnancyState
from app.models.quality.stock import Dispensation, MovementKind, StockBatch, StockMovement
from app.routers.v1.quality.dispensations import _read as dispensation_read
from app.schemas.quality.stock import DispensedBatch, StockBatchRead, StockMovementRead
from app.services.quality import pregnancies as pregnancy_service
from app.services.quality.scope import point_scope
from tests.api.read_helpers import principal_of, walk
from tests.conftest import Api
from tests.contraceptive_setup import device_headers, new_product, person_id_number, point_ids, receive
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district", "integration"]
STOCK, MOVEMENTS = "/api/v1/stock", "/api/v1/stock-movements"
DISPENSATIONS, PREGNANCIES = "/api/v1/dispensations", "/api/v1/pregnancies"


# The previous implementation (batches_of is gone now; the queries below are its and the others'):
# stock_ledger.list_stock / list_movements / get_movement,
# dispensing.list_dispensations / get_dispensation (+ batches_of), pregnancies.list_pregnancies /
# get_pregnancy (+ to_reads): an ORM query in a session, each row as the old route wrote it.


def _at_point(stmt: Select[Any], point_id: Any, principal: Principal) -> Select[Any]:
    return stmt.join(DistributionPoint, DistributionPoint.id == point_id).where(point_scope(principal))


def _old_stock(
    principal: Principal,
    point_id: int | None = None,
    product_id: int | None = None,
    include_empty: str = "false",
) -> Select[Any]:
    stmt = _at_point(select(StockBatch), StockBatch.point_id, principal)
    if point_id is not None:
        stmt = stmt.where(StockBatch.point_id == point_id)
    if product_id is not None:
        stmt = stmt.where(StockBatch.product_id == product_id)
    if include_empty != "true":
        stmt = stmt.where(StockBatch.qty_on_hand > 0)
    return stmt.order_by(StockBatch.id)


def _old_movements(
    principal: Principal,
    point_id: int | None = None,
    product_id: int | None = None,
    kind: str | None = None,
    batch_id: int | None = None,
) -> Select[Any]:
    stmt = _at_point(select(StockMovement), StockMovement.point_id, principal)
    if point_id is not None:
        stmt = stmt.where(StockMovement.point_id == point_id)
    if product_id is not None:
        stmt = stmt.where(StockMovement.product_id == product_id)
    if kind is not None:
        stmt = stmt.where(StockMovement.kind == MovementKind(kind))
    if batch_id is not None:
        stmt = stmt.where(StockMovement.batch_id == batch_id)
    return stmt.order_by(StockMovement.id)


def _old_dispensations(
    principal: Principal,
    point_id: int | None = None,
    product_id: int | None = None,
    resident_id: int | None = None,
    channel: str | None = None,
    dispensed_from: str | None = None,
    dispensed_to: str | None = None,
) -> Select[Any]:
    stmt = _at_point(select(Dispensation), Dispensation.point_id, principal)
    if point_id is not None:
        stmt = stmt.where(Dispensation.point_id == point_id)
    if product_id is not None:
        stmt = stmt.where(Dispensation.product_id == product_id)
    if resident_id is not None:
        stmt = stmt.where(Dispensation.resident_id == resident_id)
    if channel is not None:
        stmt = stmt.where(Dispensation.channel == channel)
    if dispensed_from is not None:
        stmt = stmt.where(Dispensation.dispensed_on >= date.fromisoformat(dispensed_from))
    if dispensed_to is not None:
        stmt = stmt.where(Dispensation.dispensed_on <= date.fromisoformat(dispensed_to))
    return stmt.order_by(Dispensation.id.desc())


def _old_pregnancies(
    principal: Principal, state: str | None = None, overdue: str | None = None, resident_id: int | None = None
) -> Select[Any]:
    stmt = select(Pregnancy).where(Pregnancy.org_id.in_(scoped_org_ids(principal)))
    if state is not None:
        stmt = stmt.where(Pregnancy.state == PregnancyState(state))
    if resident_id is not None:
        stmt = stmt.where(Pregnancy.resident_id == resident_id)
    if overdue is not None:
        late = (Pregnancy.state == PregnancyState.following) & (Pregnancy.next_visit_due_on < local_today())
        stmt = stmt.where(late if overdue == "true" else ~late)
    return stmt.order_by(Pregnancy.id.desc())


RESOURCES: dict[str, tuple[str, str, Any, Any]] = {
    # list path: (permission, 404 label, old query, model)
    STOCK: ("contraceptives:read", "", _old_stock, StockBatch),
    MOVEMENTS: ("contraceptives:read", "Stock movement", _old_movements, StockMovement),
    DISPENSATIONS: ("contraceptives:read", "Dispensation", _old_dispensations, Dispensation),
    PREGNANCIES: ("health:read", "Pregnancy", _old_pregnancies, Pregnancy),
}


def _stock_read(b: StockBatch) -> dict:
    columns = ("id", "point_id", "product_id", "batch_no", "expires_on", "qty_on_hand", "updated_at")
    read = StockBatchRead.model_validate(
        {**{c: getattr(b, c) for c in columns}, "expired": b.expires_on < local_today()}
    )
    return read.model_dump(mode="json")


async def _expected(api: Api, path: str, principal: Principal, **filters: Any) -> list[dict]:
    old = RESOURCES[path][2]
    async with api.session() as session:
        rows = (await session.execute(old(principal, **filters))).scalars().all()
        if path == STOCK:
            return [_stock_read(b) for b in rows]
        if path == MOVEMENTS:
            return [StockMovementRead.model_validate(m).model_dump(mode="json") for m in rows]
        if path == DISPENSATIONS:
            return [dispensation_read(d).model_dump(mode="json") for d in rows]
        reads = await pregnancy_service.to_reads(session, rows, local_today())
        return [read.model_dump(mode="json") for read in reads]


async def _old_single(api: Api, path: str, object_id: int) -> dict:
    async with api.session() as session:
        if path == MOVEMENTS:
            return StockMovementRead.model_validate(await session.get(StockMovement, object_id)).model_dump(
                mode="json"
            )
        if path == DISPENSATIONS:
            d = await session.get(Dispensation, object_id)
            lines = (
                await session.execute(
                    select(StockMovement)
                    .where(StockMovement.dispensation_id == object_id)
                    .order_by(StockMovement.id)
                )
            ).scalars()
            batches = [
                DispensedBatch(batch_no=m.batch_no, expires_on=m.expires_on, quantity=-m.quantity)
                for m in lines
            ]
            return dispensation_read(d, batches).model_dump(mode="json")
        p = await session.get(Pregnancy, object_id)
        [read] = await pregnancy_service.to_reads(session, [p], local_today())
        return read.model_dump(mode="json")


async def _ids(api: Api, column: Any) -> list[Any]:
    async with api.session() as session:
        return sorted({v for v in (await session.execute(select(column))).scalars().all() if v is not None})


_made: set[str] = set()


async def _more_rows(api: Api) -> None:
    """Dispensations of every shape (anonymous over two batches, to a resident, by a machine, at
    another community's point), an emptied batch, an expired one, and pregnancies that are overdue,
    visited (twice on one day), and cancelled, in two communities."""
    if api.url in _made:
        return
    _made.add(api.url)
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
    await _pregnancies(api)


async def _pregnancies(api: Api) -> None:
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


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_pages_as_before(api, username, path):
    await _more_rows(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[path][0]):
        for params in ({}, {"limit": 2}):
            assert (await api.get(username, path, params=params)).status_code == 403
        return
    expected = await _expected(api, path, principal)
    assert expected or username in ("unit", "integration")
    for limit in (1, 2, 5):
        items, pages = await walk(api, username, path, limit)
        assert items == expected
        assert pages == max(1, -(-len(expected) // limit))


async def _cases(api: Api, path: str) -> list[dict[str, Any]]:
    points = [{"point_id": i} for i in await _ids(api, DistributionPoint.id)]
    if path == STOCK:
        products = [{"product_id": i} for i in await _ids(api, StockBatch.product_id)]
        return [{"include_empty": "true"}, *points, *products, {"include_empty": "true", **points[0]}]
    if path == MOVEMENTS:
        cases = [*points, *({"product_id": i} for i in await _ids(api, StockMovement.product_id))]
        cases += [{"kind": k.value} for k in MovementKind]
        return cases + [{"batch_id": i} for i in await _ids(api, StockMovement.batch_id)]
    if path == DISPENSATIONS:
        today = local_today().isoformat()
        cases = [*points, *({"product_id": i} for i in await _ids(api, Dispensation.product_id))]
        cases += [{"resident_id": i} for i in await _ids(api, Dispensation.resident_id)]
        cases += [{"channel": "staff"}, {"channel": "machine"}]
        return cases + [{"dispensed_from": today}, {"dispensed_to": today}, {"dispensed_from": "2030-01-01"}]
    cases = [{"state": s.value} for s in PregnancyState] + [{"overdue": "true"}, {"overdue": "false"}]
    return cases + [{"resident_id": i} for i in await _ids(api, Pregnancy.resident_id)]


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", ["community-a", "street", "district"])
async def test_filters_give_the_same_rows_as_before(api, username, path):
    await _more_rows(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[path][0]):
        assert (await api.get(username, path)).status_code == 403
        return
    nonempty = 0
    for filters in await _cases(api, path):
        expected = await _expected(api, path, principal, **filters)
        assert (await walk(api, username, path, 2, **filters))[0] == expected, filters
        nonempty += bool(expected)
    assert nonempty >= 3


async def test_the_compared_rows_have_every_shape(api):
    await _more_rows(api)
    street = await principal_of(api, "street")
    dispensations = await _expected(api, DISPENSATIONS, street)
    assert {(d["channel"], d["anonymous"], d["resident_id"] is None) for d in dispensations} >= {
        ("staff", True, True),
        ("staff", False, False),
        ("machine", False, True),
    }
    several = [d["id"] for d in dispensations if d["quantity"] == 3]
    assert len((await api.get("street", f"{DISPENSATIONS}/{several[0]}")).json()["batches"]) == 2
    stock = await _expected(api, STOCK, street, include_empty="true")
    assert {b["expired"] for b in stock} == {True, False} and any(b["qty_on_hand"] == 0 for b in stock)
    pregnancies = await _expected(api, PREGNANCIES, await principal_of(api, "street"))
    assert {p["overdue"] for p in pregnancies} == {True, False}
    assert any(len(p["visits"]) == 2 for p in pregnancies) and any(p["next_steps"] == [] for p in pregnancies)


@pytest.mark.parametrize("path", [MOVEMENTS, DISPENSATIONS, PREGNANCIES])
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_match_and_are_404_out_of_scope(api, username, path):
    await _more_rows(api)
    principal = await principal_of(api, username)
    permission, label, _, model = RESOURCES[path]
    everything = set(await _ids(api, model.id))
    if not principal.can(permission):
        assert (await api.get(username, f"{path}/{min(everything)}")).status_code == 403
        return
    visible = {row["id"] for row in await _expected(api, path, principal)}
    for object_id in sorted(visible):
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 200, response.text
        expected = await _old_single(api, path, object_id)
        assert response.json() == expected
        if path == PREGNANCIES:
            assert response.headers["etag"] == f'"{expected["version"]}"'
        else:  # no version, no ETag, as before
            assert "etag" not in response.headers
    outside = everything - visible
    assert outside or username not in ("community-a", "community-b", "unit")
    for object_id in [*sorted(outside), max(everything) + 1000]:
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 404, (object_id, response.text)
        assert f"{label} not found" in response.text
        assert "etag" not in response.headers
