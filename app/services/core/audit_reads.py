"""The audit trail on the fast read path: events about objects inside the caller's org subtree,
newest first (street level and above hold ``audit:read``); each row says what happened in the
caller's language (``action_label``, app/audit_labels.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, ColumnElement, bindparam, cast

from app.audit_labels import action_label
from app.authz import Principal, in_subtree
from app.models.core.audit import AuditEvent
from app.read_path import ReadPath, Row
from app.reasons import language
from app.schemas.core.audit import AuditEventRead


def audit_scope(principal: Principal) -> ColumnElement[bool]:
    return in_subtree(AuditEvent.scope_path, principal)


async def _labelled(rows: list[Row], _context: Any) -> None:
    lang = language()
    for row in rows:
        row["action_label"] = action_label(row["action"], lang)


AUDIT_EVENTS = ReadPath(
    model=AuditEvent,
    schema=AuditEventRead,
    scope=audit_scope,
    label="Audit event",
    descending=True,
    derived=("action_label",),
    complete=_labelled,
    filters={
        # bound as a 64-bit integer like the user ids it filters by (the column is 32-bit: a larger id
        # matches no event rather than failing to encode)
        "actor_id": lambda: AuditEvent.actor_id == cast(bindparam("actor_id"), BigInteger),
        "action": lambda: AuditEvent.action == bindparam("action"),
        "object_type": lambda: AuditEvent.object_type == bindparam("object_type"),
        "object_id": lambda: AuditEvent.object_id == bindparam("object_id"),
    },
)
