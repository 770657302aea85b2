"""Payment batches on the fast read path: the newest-first list of batches and a batch's lines.

The scope is :func:`app.services.benefits.scope.batch_scope` (the street and the district above
it see its batches, a unit the batches it pays). A batch's lines are listed only when the batch is
in scope (404 otherwise, as before), and the lines' scope is their batch's, so no caller reads lines
of a batch it cannot see. The batch detail (totals per community) and the bank CSV stay on the
session path.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import bindparam

from app.authz import Principal
from app.list_filters import Equals, ListFilters
from app.models.benefits.payment import BatchStatus, PaymentBatch, PaymentLine
from app.read_path import ReadPath
from app.schemas.benefits.benefit_ops import BatchRead, LineRead
from app.schemas.common import DbId
from app.services.benefits.scope import batch_scope, line_scope


class BatchFilters(ListFilters):
    """The payment batch list's query parameters."""

    program_id: Annotated[DbId | None, Equals(PaymentBatch.program_id)] = None
    period: Annotated[
        str | None, Field(min_length=4, max_length=8, examples=["2019-06"]), Equals(PaymentBatch.period)
    ] = None
    status: Annotated[BatchStatus | None, Equals(PaymentBatch.status)] = None


BATCHES = ReadPath(
    model=PaymentBatch,
    schema=BatchRead,
    scope=batch_scope,
    label="Payment batch",
    descending=True,
    filters=BatchFilters,
)


LINES = ReadPath(
    model=PaymentLine,
    schema=LineRead,
    scope=line_scope,
    label="Payment line",
    filters={"batch_id": lambda: PaymentLine.batch_id == bindparam("batch_id")},
)


async def lines_page(principal: Principal, batch_id: int, *, limit: int, cursor: str | None) -> Any:
    """The batch's lines by id; 404 if the batch is not in the caller's scope (before the cursor is
    read, as the session path did)."""
    await BATCHES.one(principal, batch_id)
    return await LINES.page(principal, limit=limit, cursor=cursor, batch_id=batch_id)
