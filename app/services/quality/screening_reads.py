"""Screening programs and screenings on the fast read path (app/read_path.py).

A program is a shared resource (:func:`app.authz.shared_scope` on its org, as
``screening.list_programs``); a screening is casework of its community
(:func:`app.services.quality.scope.screening_scope`). A screening list row carries the program's,
resident's and community's names by correlated scalar subqueries (the names ``screening.to_reads``
looked up per page); findings never appear (``has_findings`` only). The single read without
``?reveal`` shows no names, as ``screening.to_read`` did; ``?reveal=true`` stays on the audited
session path.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, exists, null, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, shared_scope
from app.config import Settings
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.models.quality.referral import CLOSED_WITHOUT_SERVICE, Referral
from app.models.quality.screening import RiskLevel, Screening, ScreeningProgram
from app.pagination import Page
from app.read_path import ReadPath
from app.schemas.quality.screening import ScreeningProgramRead, ScreeningRead
from app.services.core.loading import date_range
from app.services.quality import screening as screening_service
from app.services.quality.scope import screening_scope


def program_scope(principal: Principal) -> ColumnElement[bool]:
    return shared_scope(ScreeningProgram.org_id, principal)


PROGRAMS = ReadPath(
    model=ScreeningProgram,
    schema=ScreeningProgramRead,
    scope=program_scope,
    label="Screening program",
    filters={"year": lambda: ScreeningProgram.year == bindparam("year")},
)


def _name(column: Any, of: Any) -> ColumnElement[Any]:
    return select(column).where(of).correlate(Screening).scalar_subquery()


def _needs_referral() -> ColumnElement[bool]:
    """``screening._needs_referral`` with its constants as plain values (no expanding ``IN``: the
    statement runs as one prepared statement): high risk, and no referral that is not closed without
    service (``status`` is never null, so ``NOT (a OR b)`` is ``NOT IN (a, b)``)."""
    closed = or_(*(Referral.status == state.value for state in CLOSED_WITHOUT_SERVICE))
    made = select(Referral.id).where(Referral.screening_id == Screening.id, ~closed)
    return and_(Screening.risk_level == RiskLevel.high.value, ~exists(made))


_FILTERS = {
    "program_id": lambda: Screening.program_id == bindparam("program_id"),
    "resident_id": lambda: Screening.resident_id == bindparam("resident_id"),
    "org_id": lambda: Screening.org_id == bindparam("org_id"),
    "risk_level": lambda: Screening.risk_level == bindparam("risk_level"),
    "needing_referral": _needs_referral,
    "screened_from": lambda: Screening.screened_on >= bindparam("screened_from"),
    "screened_to": lambda: Screening.screened_on <= bindparam("screened_to"),
}

SCREENINGS = ReadPath(
    model=Screening,
    schema=ScreeningRead,
    scope=screening_scope,
    label="Screening",
    columns={
        "program_name": _name(ScreeningProgram.name, ScreeningProgram.id == Screening.program_id),
        "resident_name": _name(Resident.name, Resident.id == Screening.resident_id),
        "org_name": _name(Org.name, Org.id == Screening.org_id),
        "has_findings": Screening.findings_enc.is_not(None),
        "findings": null(),
    },
    filters=_FILTERS,
)

SCREENING = ReadPath(
    model=Screening,
    schema=ScreeningRead,
    scope=screening_scope,
    label="Screening",
    columns={
        "program_name": null(),
        "resident_name": null(),
        "org_name": null(),
        "has_findings": Screening.findings_enc.is_not(None),
        "findings": null(),
    },
)


def filters(
    *,
    program_id: int | None,
    resident_id: int | None,
    org_id: int | None,
    risk_level: RiskLevel | None,
    needing_referral: bool = False,
    screened_from: date | None = None,
    screened_to: date | None = None,
) -> dict[str, Any]:
    """The lists' query parameters as the values of :data:`SCREENINGS`' filters (a range that ends
    before it starts is 422, as before)."""
    date_range(Screening.screened_on, screened_from, screened_to, "screened")
    return {
        "program_id": program_id,
        "resident_id": resident_id,
        "org_id": org_id,
        "risk_level": risk_level.value if risk_level is not None else None,
        "needing_referral": True if needing_referral else None,
        "screened_from": screened_from,
        "screened_to": screened_to,
    }


async def changes_page(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    values: dict[str, Any],
    *,
    updated_since: datetime,
    limit: int,
    cursor: str | None,
) -> Page[ScreeningRead]:
    """The change feed (``updated_since``): the same scope and filters in update order (app/feed.py),
    each row with the names the list shows."""
    items, next_cursor = await SCREENINGS.changes(
        session, settings, principal, updated_since=updated_since, limit=limit, cursor=cursor, **values
    )
    return Page(items=await screening_service.to_reads(session, items), next_cursor=next_cursor)
