"""Messages with other regions (区域一盘棋) on the fast read path: the scoped list and the single read.

The scope is :func:`app.services.migrants.exchange.message_scope` (the addressed org in the caller's
subtree), the same filter the session path uses. ``overdue`` is judged on the request's date (the
route's ``today``) as :func:`app.services.migrants.exchange.is_overdue` judges it; the ``overdue``
filter binds the same date. A message has no version, so no ETag, as before.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam

from app.models.migrants.exchange import ExchangeMessage, MessageDirection, MessageKind, MessageStatus
from app.read_path import ReadPath, Row, note_provisional_due
from app.schemas.migrants.exchange import MessageRead
from app.services.migrants.exchange import message_scope


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


MESSAGES = ReadPath(
    model=ExchangeMessage,
    schema=MessageRead,
    scope=message_scope,
    label="Message",
    derived=("overdue", "due_note"),
    complete=_overdue,
    filters={
        "direction": lambda: ExchangeMessage.direction == bindparam("direction"),
        "kind": lambda: ExchangeMessage.kind == bindparam("kind"),
        "status": lambda: ExchangeMessage.status == bindparam("status"),
        "migrant_id": lambda: ExchangeMessage.migrant_id == bindparam("migrant_id"),
        "late": lambda: _late(bindparam("late")),
        "not_late": lambda: ~_late(bindparam("not_late")),
    },
)


def filters(
    *,
    today: date,
    direction: MessageDirection | None,
    kind: MessageKind | None,
    status: MessageStatus | None,
    overdue: bool | None,
    migrant_id: int | None,
) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`MESSAGES`' filters."""
    return {
        "direction": direction.value if direction is not None else None,
        "kind": kind.value if kind is not None else None,
        "status": status.value if status is not None else None,
        "migrant_id": migrant_id,
        "late": today if overdue is True else None,
        "not_late": today if overdue is False else None,
    }
