"""Recoveries (追回) on the read paths: the street's list, an enrolment's own, a recovery's detail.

The scope is :func:`app.services.benefits.scope.recovery_scope` (the case's community and
employer unit, as enrolments). ``outstanding_fen`` is computed in the statement. The detail with
its months and settlements is read on the fast path (GET) and in the request's session (what a
step answers), the same JSON.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.clock import local_today
from app.list_filters import Equals, ListFilters, OnOrAfter, OnOrBefore
from app.models.benefits.benefit import ProgramStandard
from app.models.benefits.recovery import Recovery, RecoveryLine, RecoverySettlement, RecoveryStatus
from app.read_path import ReadPath, Related, Row
from app.reasons import localize_row
from app.schemas.benefits.recovery import (
    RecoveryDetail,
    RecoveryLineRead,
    RecoveryRead,
    SettlementRead,
)
from app.schemas.common import DbId, IsoDate
from app.services.benefits.recoveries import outstanding_fen
from app.services.benefits.scope import recovery_scope

OUTSTANDING = Recovery.total_fen - Recovery.refunded_fen - Recovery.written_off_fen


class RecoveryFilters(ListFilters):
    """The recovery list's query parameters."""

    status: Annotated[RecoveryStatus | None, Equals(Recovery.status)] = None
    program_id: Annotated[DbId | None, Equals(Recovery.program_id)] = None
    community_id: Annotated[DbId | None, Equals(Recovery.community_id)] = None
    enrolment_id: Annotated[DbId | None, Equals(Recovery.enrolment_id)] = None
    beneficiary_id: Annotated[DbId | None, Equals(Recovery.beneficiary_id)] = None
    found_from: Annotated[
        IsoDate | None, Field(description="Found on or after this day"), OnOrAfter(Recovery.found_on)
    ] = None
    found_to: Annotated[
        IsoDate | None, Field(description="Found on or before this day"), OnOrBefore(Recovery.found_on)
    ] = None


RECOVERIES = ReadPath(
    model=Recovery,
    schema=RecoveryRead,
    scope=recovery_scope,
    label="Recovery",
    columns={"outstanding_fen": OUTSTANDING},
    filters=RecoveryFilters,
)


LINES_OF = Related(
    *(RecoveryLine.__table__.c[name] for name in RecoveryLineRead.model_fields),
    key=RecoveryLine.recovery_id,
    order_by=RecoveryLine.id,
)
SETTLEMENTS_OF = Related(
    *(RecoverySettlement.__table__.c[name] for name in SettlementRead.model_fields),
    key=RecoverySettlement.recovery_id,
    order_by=RecoverySettlement.id,
)


async def _with_lines(rows: list[Row], _context: Any) -> None:
    ids = [row["id"] for row in rows]
    lines, settlements = await LINES_OF.fetch(ids), await SETTLEMENTS_OF.fetch(ids)
    for row in rows:
        row["lines"], row["settlements"] = lines[row["id"]], settlements[row["id"]]


RECOVERY = ReadPath(
    model=Recovery,
    schema=RecoveryDetail,
    scope=recovery_scope,
    label="Recovery",
    columns={"outstanding_fen": OUTSTANDING},
    derived=("lines", "settlements"),
    complete=_with_lines,
)


# An enrolment's recoveries and its program's standards, for the enrolment's detail.
ENROLMENT_RECOVERIES = Related(
    *(Recovery.__table__.c[name] for name in RecoveryRead.model_fields if name != "outstanding_fen"),
    key=Recovery.enrolment_id,
    order_by=Recovery.id,
)
PROGRAM_STANDARDS = Related(
    ProgramStandard.effective_from,
    ProgramStandard.amount_fen,
    key=ProgramStandard.program_id,
    order_by=ProgramStandard.effective_from,
)


def amount_in_force(standards: list[Row], day: date, period: str) -> int | None:
    """The amount of the standard in force for the period holding ``day`` (a month, or a year for
    an annual program; before the first standard: the earliest)."""
    first = date(day.year, 1, 1) if period == "annual" else day.replace(day=1)
    in_force = [s for s in standards if s["effective_from"] <= first]
    chosen = in_force[-1] if in_force else (standards[0] if standards else None)
    return int(chosen["amount_fen"]) if chosen else None


async def complete_enrolments(rows: list[Row], today: date | None) -> None:
    """``amount_in_force_fen`` (the standard in force today) and ``recoveries`` of each enrolment."""
    day = today or local_today()
    standards = await PROGRAM_STANDARDS.fetch(sorted({row["program_id"] for row in rows}))
    recoveries = await ENROLMENT_RECOVERIES.fetch([row["id"] for row in rows])
    for row in rows:
        period = str(getattr(row.get("program_period"), "value", row.get("program_period")))
        row["amount_in_force_fen"] = amount_in_force(standards[row["program_id"]], day, period)
        items = recoveries[row["id"]]
        for item in items:
            item["outstanding_fen"] = item["total_fen"] - item["refunded_fen"] - item["written_off_fen"]
            localize_row(item)
        row["recoveries"] = [{name: item[name] for name in RecoveryRead.model_fields} for item in items]


async def detail(session: AsyncSession, recovery: Recovery) -> RecoveryDetail:
    """A recovery with its months (the payment lines asked back) and its settlements, in the
    request's session (what a step answers; :data:`RECOVERY` reads the same on the fast path)."""
    values = {
        **{n: getattr(recovery, n) for n in RecoveryRead.model_fields if n != "outstanding_fen"},
        "outstanding_fen": outstanding_fen(recovery),
    }
    localize_row(values)
    out = RecoveryDetail.model_validate(values)
    lines = await session.execute(
        select(RecoveryLine).where(RecoveryLine.recovery_id == recovery.id).order_by(RecoveryLine.id)
    )
    out.lines = [RecoveryLineRead.model_validate(x) for x in lines.scalars()]
    settlements = await session.execute(
        select(RecoverySettlement)
        .where(RecoverySettlement.recovery_id == recovery.id)
        .order_by(RecoverySettlement.id)
    )
    out.settlements = [SettlementRead.model_validate(x) for x in settlements.scalars()]
    return out
