"""The audit trail on the fast read path: events about objects inside the caller's org subtree,
newest first (street level and above hold ``audit:read``); each row says what happened in the
caller's language (``action_label``, app/audit_labels.py)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import BigInteger, cast

from app.audit_labels import action_label
from app.list_filters import Equals, ListFilters, Where
from app.models.core.audit import AuditEvent
from app.read_path import ReadPath, Row
from app.reasons import language
from app.schemas.common import DbId
from app.schemas.core.audit import AuditEventRead
from app.services.core.scope import audit_scope


async def _labelled(rows: list[Row], _context: Any) -> None:
    lang = language()
    for row in rows:
        row["action_label"] = action_label(row["action"], lang)


class AuditFilters(ListFilters):
    """The audit event list's query parameters."""

    # bound as a 64-bit integer like the user ids it filters by (the column is 32-bit: a larger id
    # matches no event rather than failing to encode)
    actor_id: Annotated[DbId | None, Where(lambda actor: AuditEvent.actor_id == cast(actor, BigInteger))] = (
        None
    )
    action: Annotated[
        str | None, Field(max_length=64, examples=["resident.pii_revealed"]), Equals(AuditEvent.action)
    ] = None
    object_type: Annotated[str | None, Field(max_length=48), Equals(AuditEvent.object_type)] = None
    object_id: Annotated[str | None, Field(max_length=64), Equals(AuditEvent.object_id)] = None


AUDIT_EVENTS = ReadPath(
    model=AuditEvent,
    schema=AuditEventRead,
    scope=audit_scope,
    label="Audit event",
    descending=True,
    derived=("action_label",),
    complete=_labelled,
    filters=AuditFilters,
)
