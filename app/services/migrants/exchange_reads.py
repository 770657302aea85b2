"""Messages with other regions (区域一盘棋) on the fast read path: the scoped list and the single read.

The scope is :func:`app.services.migrants.scope.message_scope` (the addressed org in the caller's
subtree), the same filter the session path uses. ``overdue`` is judged on the request's date (the
route's ``today``) as :func:`app.services.migrants.exchange.is_overdue` judges it; the ``overdue``
filter binds the same date. A message has no version, so no ETag, as before.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import ColumnElement, and_

from app.list_filters import Equals, Flag, ListFilters
from app.models.migrants.exchange import ExchangeMessage, MessageDirection, MessageKind, MessageStatus
from app.read_path import ReadPath, Row, note_provisional_due
from app.schemas.common import DbId
from app.schemas.migrants.exchange import MessageRead
from app.services.migrants.scope import message_scope


def _late(today: Any) -> ColumnElement[bool]:
    """Undone past the due working day (the session path's clause, on a bound date)."""
    return and_(
        ExchangeMessage.done_on.is_(None),
        ExchangeMessage.due_on.is_not(None),
        ExchangeMessage.due_on < today,
    )


async def _overdue(rows: list[Row], today: date) -> None:
    for row in rows:
        row["overdue"] = row["done_on"] is None and row["due_on"] is not None and row["due_on"] < today
    note_provisional_due(rows)


class MessageFilters(ListFilters):
    """The exchange message list's query parameters (``overdue`` judged on the request's date)."""

    direction: Annotated[MessageDirection | None, Equals(ExchangeMessage.direction)] = None
    kind: Annotated[MessageKind | None, Equals(ExchangeMessage.kind)] = None
    status: Annotated[MessageStatus | None, Equals(ExchangeMessage.status)] = None
    overdue: Annotated[
        bool | None,
        Field(description="Undone past the due working day"),
        Flag(_late, lambda today: ~_late(today), values=lambda today: (today,)),
    ] = None
    migrant_id: Annotated[DbId | None, Equals(ExchangeMessage.migrant_id)] = None


MESSAGES = ReadPath(
    model=ExchangeMessage,
    schema=MessageRead,
    scope=message_scope,
    label="Message",
    derived=("overdue", "due_note"),
    complete=_overdue,
    filters=MessageFilters,
)
