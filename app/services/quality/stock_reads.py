"""Stock on hand, the stock ledger and dispensations on the fast read path (app/read_path.py).

Everything stocked at a point is seen where the point is: the session path joined the point and
applied :func:`app.services.quality.scope.point_scope`; here the same filter is the row's point
being among the points in scope (``point_id IN (SELECT id FROM distribution_points WHERE …)``:
every row has exactly one point, so the rows are the same). Batches on hand carry ``expired``,
judged on the office's local date as ``stock.list_stock`` did; a dispensation's single read carries
its batches (the ledger's dispense lines, quantities as positive numbers) in one more query.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import null

from app.clock import local_today
from app.list_filters import Equals, Flag, ListFilters, OnOrAfter, OnOrBefore, UpdatedSince
from app.models.quality.stock import Dispensation, DispenseChannel, MovementKind, StockBatch, StockMovement
from app.read_path import ReadPath, Related, Row
from app.schemas.common import DbId, IsoDate
from app.schemas.quality.stock import DispensationRead, StockBatchRead, StockMovementRead
from app.services.quality.scope import batch_scope, dispensation_scope, movement_scope


class MovementFilters(ListFilters):
    """The stock movement list's query parameters."""

    point_id: Annotated[DbId | None, Equals(StockMovement.point_id)] = None
    product_id: Annotated[DbId | None, Equals(StockMovement.product_id)] = None
    batch_id: Annotated[DbId | None, Equals(StockMovement.batch_id)] = None
    kind: Annotated[MovementKind | None, Equals(StockMovement.kind)] = None


MOVEMENTS = ReadPath(
    model=StockMovement,
    schema=StockMovementRead,
    scope=movement_scope,
    label="Stock movement",
    filters=MovementFilters,
)


async def _expired(rows: list[Row], _context: Any) -> None:
    day = local_today()
    for row in rows:
        row["expired"] = row["expires_on"] < day


class StockFilters(ListFilters):
    """The stock list's query parameters: batches with something left unless ``include_empty``."""

    point_id: Annotated[DbId | None, Equals(StockBatch.point_id)] = None
    product_id: Annotated[DbId | None, Equals(StockBatch.product_id)] = None
    include_empty: Annotated[
        bool,
        Field(description="Also list batches with nothing left"),
        Flag(None, lambda: StockBatch.qty_on_hand > 0),
    ] = False


STOCK = ReadPath(
    model=StockBatch,
    schema=StockBatchRead,
    scope=batch_scope,
    label="Stock batch",
    filters=StockFilters,
    derived=("expired",),
    complete=_expired,
)


_ANONYMOUS = Dispensation.resident_id.is_(None) & Dispensation.person_hash.is_(None)


class DispensationFilters(ListFilters):
    """The dispensation list's query parameters (a reversed range is 422); ``updated_since`` asks
    for the change feed instead."""

    ordered_ranges = ("dispensed",)

    point_id: Annotated[DbId | None, Equals(Dispensation.point_id)] = None
    product_id: Annotated[DbId | None, Equals(Dispensation.product_id)] = None
    resident_id: Annotated[DbId | None, Equals(Dispensation.resident_id)] = None
    channel: Annotated[DispenseChannel | None, Equals(Dispensation.channel)] = None
    updated_since: UpdatedSince = None
    dispensed_from: Annotated[
        IsoDate | None, Field(description="On or after (Beijing date)"), OnOrAfter(Dispensation.dispensed_on)
    ] = None
    dispensed_to: Annotated[
        IsoDate | None, Field(description="On or before"), OnOrBefore(Dispensation.dispensed_on)
    ] = None


DISPENSATIONS = ReadPath(
    model=Dispensation,
    schema=DispensationRead,
    scope=dispensation_scope,
    label="Dispensation",
    columns={"anonymous": _ANONYMOUS, "batches": null()},
    filters=DispensationFilters,
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
