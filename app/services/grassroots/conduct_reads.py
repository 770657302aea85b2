"""Work-style kinds, activities and findings on the fast read path.

Kinds are seen by the street that keeps them, the orgs above it and its communities (they choose
from the list); activities and findings by their org and the orgs above it, never by a sibling.
An activity's participants come with it (their names), read for the whole page in one more query.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.list_filters import Equals, Flag, ListFilters
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
from app.schemas.common import DbId
from app.schemas.grassroots.conduct import ConductActivityRead, ConductKindRead, FindingRead
from app.services.grassroots.scope import conduct_activity_scope, conduct_kind_scope, finding_scope
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


class KindFilters(ListFilters):
    """The activity kind list's query parameters."""

    active: Annotated[bool | None, Equals(ConductActivityKind.active)] = None


KINDS = ReadPath(
    model=ConductActivityKind,
    schema=ConductKindRead,
    scope=conduct_kind_scope,
    label="Conduct activity kind",
    filters=KindFilters,
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


class ActivityFilters(ListFilters):
    """The conduct activity list's query parameters."""

    kind_id: Annotated[DbId | None, Equals(ConductActivity.kind_id)] = None
    org_id: Annotated[DbId | None, Equals(ConductActivity.org_id)] = None


ACTIVITIES = ReadPath(
    model=ConductActivity,
    schema=ConductActivityRead,
    scope=conduct_activity_scope,
    label="Conduct activity",
    columns={
        "org_name": _org_name(ConductActivity.org_id),
        "kind_code": _kind(ConductActivityKind.code),
        "kind_name_zh": _kind(ConductActivityKind.name_zh),
        "kind_name_en": _kind(ConductActivityKind.name_en),
        "findings_count": _findings(),
        "findings_open": _findings(ConductFinding.status == FindingStatus.open),
    },
    filters=ActivityFilters,
    derived=("participants",),
    complete=_with_participants,
    descending=True,
)


def _overdue(day: Any) -> ColumnElement[bool]:
    return (ConductFinding.status == FindingStatus.open) & (ConductFinding.due_on < day)


async def _judged(rows: list[Row], today: date) -> None:
    for row in rows:
        row["overdue"] = str(row["status"]) == FindingStatus.open.value and row["due_on"] < today


class FindingFilters(ListFilters):
    """The finding list's query parameters."""

    status: Annotated[FindingStatus | None, Equals(ConductFinding.status)] = None
    activity_id: Annotated[DbId | None, Equals(ConductFinding.activity_id)] = None
    org_id: Annotated[DbId | None, Equals(ConductFinding.org_id)] = None
    overdue: Annotated[
        bool | None, Flag(_overdue, lambda today: ~_overdue(today), values=lambda today: (today,))
    ] = None


FINDINGS = ReadPath(
    model=ConductFinding,
    schema=FindingRead,
    scope=finding_scope,
    label="Conduct finding",
    columns={
        "activity_title": select(ConductActivity.title)
        .where(ConductActivity.id == ConductFinding.activity_id)
        .scalar_subquery(),
        "org_name": _org_name(ConductFinding.org_id),
        "rectified_on_time": ConductFinding.rectified_on <= ConductFinding.due_on,
    },
    filters=FindingFilters,
    derived=("overdue",),
    complete=_judged,
    descending=True,
)


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
