"""Work-style kinds, activities and findings on the fast read path.

Kinds are seen by the street that keeps them, the orgs above it and its communities (they choose
from the list); activities and findings by their org and the orgs above it, never by a sibling.
An activity's participants come with it (their names), read for the whole page in one more query.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.models.core.org import Org
from app.models.core.user import User
from app.models.grassroots.conduct import (
    ConductActivity,
    ConductActivityKind,
    ConductFinding,
    ConductParticipant,
    FindingStatus,
)
from app.models.grassroots.network import Worker
from app.read_path import ReadPath, Related, Row
from app.schemas.grassroots.conduct import ConductActivityRead, ConductKindRead, FindingRead
from app.services.grassroots.scope import owned, shared
from app.services.grassroots.session_reads import in_session


def _org_name(org_id: Any) -> ColumnElement[str]:
    return select(Org.name).where(Org.id == org_id).scalar_subquery()


def _kind(column: Any) -> ColumnElement[Any]:
    return select(column).where(ConductActivityKind.id == ConductActivity.kind_id).scalar_subquery()


def _findings(*where: Any) -> ColumnElement[int]:
    return (
        select(func.count(ConductFinding.id))
        .where(ConductFinding.activity_id == ConductActivity.id, *where)
        .scalar_subquery()
    )


KINDS = ReadPath(
    model=ConductActivityKind,
    schema=ConductKindRead,
    scope=lambda principal: shared(ConductActivityKind.org_id, principal),
    label="Conduct activity kind",
    filters={"active": lambda: ConductActivityKind.active == bindparam("active")},
)

_PERSON_NAME = func.coalesce(
    select(Worker.name).where(Worker.id == ConductParticipant.worker_id).scalar_subquery(),
    select(func.coalesce(func.nullif(User.full_name, ""), User.username))
    .where(User.id == ConductParticipant.user_id)
    .scalar_subquery(),
).label("name")

_PARTICIPANT_COLUMNS = (
    ConductParticipant.id,
    ConductParticipant.worker_id,
    ConductParticipant.user_id,
    _PERSON_NAME,
)
PARTICIPANTS = Related(
    *_PARTICIPANT_COLUMNS, key=ConductParticipant.activity_id, order_by=ConductParticipant.id
)


async def _with_participants(rows: list[Row], _context: Any) -> None:
    people = await PARTICIPANTS.fetch([row["id"] for row in rows])
    for row in rows:
        row["participants"] = people[row["id"]]


ACTIVITIES = ReadPath(
    model=ConductActivity,
    schema=ConductActivityRead,
    scope=lambda principal: owned(ConductActivity.org_id, principal),
    label="Conduct activity",
    columns={
        "org_name": _org_name(ConductActivity.org_id),
        "kind_code": _kind(ConductActivityKind.code),
        "kind_name_zh": _kind(ConductActivityKind.name_zh),
        "kind_name_en": _kind(ConductActivityKind.name_en),
        "findings_count": _findings(),
        "findings_open": _findings(ConductFinding.status == FindingStatus.open),
    },
    filters={
        "kind_id": lambda: ConductActivity.kind_id == bindparam("kind_id"),
        "org_id": lambda: ConductActivity.org_id == bindparam("org_id"),
    },
    derived=("participants",),
    complete=_with_participants,
    descending=True,
)


def _overdue(name: str) -> ColumnElement[bool]:
    day: Any = bindparam(name)
    return (ConductFinding.status == FindingStatus.open) & (ConductFinding.due_on < day)


async def _judged(rows: list[Row], today: date) -> None:
    for row in rows:
        row["overdue"] = str(row["status"]) == FindingStatus.open.value and row["due_on"] < today


FINDINGS = ReadPath(
    model=ConductFinding,
    schema=FindingRead,
    scope=lambda principal: owned(ConductFinding.org_id, principal),
    label="Conduct finding",
    columns={
        "activity_title": select(ConductActivity.title)
        .where(ConductActivity.id == ConductFinding.activity_id)
        .scalar_subquery(),
        "org_name": _org_name(ConductFinding.org_id),
        "rectified_on_time": ConductFinding.rectified_on <= ConductFinding.due_on,
    },
    filters={
        "status": lambda: ConductFinding.status == bindparam("status"),
        "activity_id": lambda: ConductFinding.activity_id == bindparam("activity_id"),
        "org_id": lambda: ConductFinding.org_id == bindparam("org_id"),
        "overdue_on": lambda: _overdue("overdue_on"),
        "not_overdue_on": lambda: ~_overdue("not_overdue_on"),
    },
    derived=("overdue",),
    complete=_judged,
    descending=True,
)


def finding_filters(
    *,
    today: date,
    status: FindingStatus | None,
    activity_id: int | None,
    org_id: int | None,
    overdue: bool | None,
) -> dict[str, Any]:
    return {
        "status": status.value if status is not None else None,
        "activity_id": activity_id,
        "org_id": org_id,
        "overdue_on": today if overdue is True else None,
        "not_overdue_on": today if overdue is False else None,
    }


async def activity_now(session: AsyncSession, principal: Principal, activity_id: int) -> ConductActivityRead:
    """The activity as the list shows it, read in the caller's transaction (what a write just did)."""
    row = await in_session(session, ACTIVITIES, principal, activity_id)
    people = await session.execute(
        select(*_PARTICIPANT_COLUMNS)
        .where(ConductParticipant.activity_id == activity_id)
        .order_by(ConductParticipant.id)
    )
    return ConductActivityRead.model_validate({**row, "participants": [dict(p) for p in people.mappings()]})


async def finding_now(
    session: AsyncSession, principal: Principal, finding_id: int, today: date
) -> FindingRead:
    row = await in_session(session, FINDINGS, principal, finding_id)
    await _judged([row], today)
    return FindingRead.model_validate(row)
