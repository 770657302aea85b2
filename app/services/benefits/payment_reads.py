"""Payment batches on the fast read path: the newest-first list of batches and a batch's lines.

The scope is :func:`app.services.benefits.payments.batch_scope` (the street and the district above
it see its batches, a unit the batches it pays). A batch's lines are listed only when the batch is
in scope (404 otherwise, as before), and the lines' scope is their batch's, so no caller reads lines
of a batch it cannot see. The batch detail (totals per community) and the bank CSV stay on the
session path.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, bindparam, select

from app.authz import Principal
from app.models.benefits.payment import BatchStatus, PaymentBatch, PaymentLine
from app.read_path import ReadPath
from app.schemas.benefits.benefit_ops import BatchRead, LineRead
from app.services.benefits.payments import batch_scope

BATCHES = ReadPath(
    model=PaymentBatch,
    schema=BatchRead,
    scope=batch_scope,
    label="Payment batch",
    descending=True,
    filters={
        "program_id": lambda: PaymentBatch.program_id == bindparam("program_id"),
        "period": lambda: PaymentBatch.period == bindparam("period"),
        "status": lambda: PaymentBatch.status == bindparam("status"),
    },
)


def line_scope(principal: Principal) -> ColumnElement[bool]:
    """Lines of the batches the caller may see."""
    return PaymentLine.batch_id.in_(select(PaymentBatch.id).where(batch_scope(principal)))


LINES = ReadPath(
    model=PaymentLine,
    schema=LineRead,
    scope=line_scope,
    label="Payment line",
    filters={"batch_id": lambda: PaymentLine.batch_id == bindparam("batch_id")},
)


def filters(*, program_id: int | None, period: str | None, status: BatchStatus | None) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`BATCHES`' filters."""
    return {
        "program_id": program_id,
        "period": period,
        "status": status.value if status is not None else None,
    }


async def lines_page(principal: Principal, batch_id: int, *, limit: int, cursor: str | None) -> Any:
    """The batch's lines by id; 404 if the batch is not in the caller's scope (before the cursor is
    read, as the session path did)."""
    await BATCHES.one(principal, batch_id)
    return await LINES.page(principal, limit=limit, cursor=cursor, batch_id=batch_id)
