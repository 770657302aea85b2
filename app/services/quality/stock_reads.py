"""Stock on hand, the stock ledger and dispensations on the fast read path (app/read_path.py).

Everything stocked at a point is seen where the point is: the session path joined the point and
applied :func:`app.services.quality.scope.point_scope`; here the same filter is the row's point
being among the points in scope (``point_id IN (SELECT id FROM distribution_points WHERE …)``:
every row has exactly one point, so the rows are the same). Batches on hand carry ``expired``,
judged on the office's local date as ``stock.list_stock`` did; a dispensation's single read carries
its batches (the ledger's dispense lines, quantities as positive numbers) in one more query.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, bindparam, null, select

from app.authz import Principal
from app.clock import local_today
from app.models.quality.contraceptive import DistributionPoint
from app.models.quality.stock import Dispensation, DispenseChannel, MovementKind, StockBatch, StockMovement
from app.read_path import ReadPath, Related, Row
from app.schemas.quality.stock import DispensationRead, StockBatchRead, StockMovementRead
from app.services.core.loading import date_range
from app.services.quality.scope import point_scope


def _at_points_in_scope(point_id: Any, principal: Principal) -> ColumnElement[bool]:
    return point_id.in_(select(DistributionPoint.id).where(point_scope(principal)))


def movement_scope(principal: Principal) -> ColumnElement[bool]:
    return _at_points_in_scope(StockMovement.point_id, principal)


def batch_scope(principal: Principal) -> ColumnElement[bool]:
    return _at_points_in_scope(StockBatch.point_id, principal)


def dispensation_scope(principal: Principal) -> ColumnElement[bool]:
    return _at_points_in_scope(Dispensation.point_id, principal)


MOVEMENTS = ReadPath(
    model=StockMovement,
    schema=StockMovementRead,
    scope=movement_scope,
    label="Stock movement",
    filters={
        "point_id": lambda: StockMovement.point_id == bindparam("point_id"),
        "product_id": lambda: StockMovement.product_id == bindparam("product_id"),
        "kind": lambda: StockMovement.kind == bindparam("kind"),
        "batch_id": lambda: StockMovement.batch_id == bindparam("batch_id"),
    },
)


async def _expired(rows: list[Row], _context: Any) -> None:
    day = local_today()
    for row in rows:
        row["expired"] = row["expires_on"] < day


STOCK = ReadPath(
    model=StockBatch,
    schema=StockBatchRead,
    scope=batch_scope,
    label="Stock batch",
    filters={
        "point_id": lambda: StockBatch.point_id == bindparam("point_id"),
        "product_id": lambda: StockBatch.product_id == bindparam("product_id"),
        "on_hand": lambda: StockBatch.qty_on_hand > 0,
    },
    derived=("expired",),
    complete=_expired,
)


def movement_filters(
    *, point_id: int | None, product_id: int | None, batch_id: int | None, kind: MovementKind | None
) -> dict[str, Any]:
    return {
        "point_id": point_id,
        "product_id": product_id,
        "kind": kind.value if kind is not None else None,
        "batch_id": batch_id,
    }


def stock_filters(*, point_id: int | None, product_id: int | None, include_empty: bool) -> dict[str, Any]:
    return {"point_id": point_id, "product_id": product_id, "on_hand": None if include_empty else True}


_ANONYMOUS = Dispensation.resident_id.is_(None) & Dispensation.person_hash.is_(None)

DISPENSATIONS = ReadPath(
    model=Dispensation,
    schema=DispensationRead,
    scope=dispensation_scope,
    label="Dispensation",
    columns={"anonymous": _ANONYMOUS, "batches": null()},
    filters={
        "point_id": lambda: Dispensation.point_id == bindparam("point_id"),
        "product_id": lambda: Dispensation.product_id == bindparam("product_id"),
        "resident_id": lambda: Dispensation.resident_id == bindparam("resident_id"),
        "channel": lambda: Dispensation.channel == bindparam("channel"),
        "dispensed_from": lambda: Dispensation.dispensed_on >= bindparam("dispensed_from"),
        "dispensed_to": lambda: Dispensation.dispensed_on <= bindparam("dispensed_to"),
    },
    descending=True,
)

_LINES = Related(
    StockMovement.id,
    StockMovement.batch_no,
    StockMovement.expires_on,
    StockMovement.quantity,
    key=StockMovement.dispensation_id,
    order_by=StockMovement.id,
)


async def _with_batches(rows: list[Row], _context: Any) -> None:
    lines = await _LINES.fetch([row["id"] for row in rows])
    for row in rows:
        row["batches"] = [
            {"batch_no": line["batch_no"], "expires_on": line["expires_on"], "quantity": -line["quantity"]}
            for line in lines[row["id"]]
        ]


DISPENSATION = ReadPath(
    model=Dispensation,
    schema=DispensationRead,
    scope=dispensation_scope,
    label="Dispensation",
    columns={"anonymous": _ANONYMOUS},
    derived=("batches",),
    complete=_with_batches,
)


def dispensation_filters(
    *,
    point_id: int | None,
    product_id: int | None,
    resident_id: int | None,
    channel: DispenseChannel | None,
    dispensed_from: date | None,
    dispensed_to: date | None,
) -> dict[str, Any]:
    """The list's query parameters as :data:`DISPENSATIONS`' filter values (a range ending before
    it starts is 422, as before)."""
    date_range(Dispensation.dispensed_on, dispensed_from, dispensed_to, "dispensed")
    return {
        "point_id": point_id,
        "product_id": product_id,
        "resident_id": resident_id,
        "channel": channel.value if channel is not None else None,
        "dispensed_from": dispensed_from,
        "dispensed_to": dispensed_to,
    }
