"""What each area contributes to mobile sync (issue 27), and the shapes the sync area reads.

Mobile sync serves records of several areas and applies operations that each area's own services
carry out. Like leadership's figures (app/figures.py), the sync area reads the other areas only
through what each exports in ``app/services/<area>/sync.py``:

- ``FEEDS``: record kinds of the download feed. A kind answers, for a caller, the rows of its
  working set among given ids (or after an id), each as the JSON its list answers (masked unless
  ``reveal``), through the area's own scope function: what is not answered is out of the caller's
  working set, and a device that holds it receives a tombstone.
- ``LOOKUPS``: tables a device keeps to show names and labels (the catalogue, service types).
- ``OPERATIONS``: kinds of uploaded operations, each applied by the area's own services (their
  rules, audit and workflow tables), at the date the device recorded.

An operation raises the usual :class:`app.errors.AppError` when refused (the device sees it as
``rejected`` with the problem), or returns :class:`Applied`, which may carry :class:`Clash` es:
what the server kept against what the device sent (the server wins on workflow state; contact
fields merge by recorded time), listed for the worker as conflicts.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.config import Settings


@dataclass(frozen=True)
class FeedRequest:
    """One read of a feed kind: ``ids`` (the changed ones) or the working set after ``after``."""

    principal: Principal
    settings: Settings
    today: date
    reveal: bool
    limit: int
    after: int = 0
    ids: Sequence[int] | None = None


# (record id, its JSON) for the rows of the caller's working set, in id order.
FeedRows = Callable[[AsyncSession, FeedRequest], Awaitable[list[tuple[int, dict[str, Any]]]]]


@dataclass(frozen=True)
class FeedKind:
    name: str  # the change log's kind (migration 0021's triggers write it)
    rows: FeedRows
    personal: bool = False  # holds personal data: a reveal is audited


Lookup = Callable[[AsyncSession], Awaitable[list[dict[str, Any]]]]


@dataclass(frozen=True)
class Clash:
    """What the server kept against what the device sent, for the worker to resolve."""

    object_type: str
    object_id: int
    reason: str  # e.g. "workflow-state", "newer-on-server"
    server_value: Any
    device_value: Any = None
    field: str | None = None


@dataclass
class Applied:
    """An operation the server carried out (in part, when it carries clashes)."""

    object_type: str
    object_id: int
    clashes: list[Clash] = field(default_factory=list)


@dataclass(frozen=True)
class OperationContext:
    principal: Principal
    settings: Settings
    today: date  # the server's today
    recorded_at: datetime  # when the device recorded the operation (UTC)
    recorded_on: date  # its Beijing date: the event's date


Apply = Callable[[AsyncSession, OperationContext, dict[str, Any]], Awaitable[Applied]]
# Re-apply the device's value of a clash the worker resolved with "use the device's".
Resolve = Callable[[AsyncSession, OperationContext, Clash], Awaitable[None]]


@dataclass(frozen=True)
class OperationKind:
    name: str
    apply: Apply
    summary: str
    permission: str  # checked before the operation runs, as its route would
    resolve: Resolve | None = None
