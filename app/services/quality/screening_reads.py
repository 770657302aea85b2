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

from datetime import datetime
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import ColumnElement, and_, exists, null, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.config import Settings
from app.list_filters import Equals, ListFilters, OnOrAfter, OnOrBefore, UpdatedSince
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.models.quality.referral import CLOSED_WITHOUT_SERVICE, Referral
from app.models.quality.screening import RiskLevel, Screening, ScreeningProgram
from app.pagination import Page
from app.read_path import ReadPath
from app.schemas.common import DbId, IsoDate
from app.schemas.quality.screening import ScreeningProgramRead, ScreeningRead
from app.services.quality import screening as screening_service
from app.services.quality.scope import program_scope, screening_scope


class ProgramFilters(ListFilters):
    """The screening program list's query parameters."""

    year: Annotated[int | None, Field(ge=2000, le=2100), Equals(ScreeningProgram.year)] = None


PROGRAMS = ReadPath(
    model=ScreeningProgram,
    schema=ScreeningProgramRead,
    scope=program_scope,
    label="Screening program",
    filters=ProgramFilters,
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


class ScreeningFilters(ListFilters):
    """The screening list's query parameters (a reversed range is 422); ``updated_since`` asks for
    the change feed instead."""

    ordered_ranges = ("screened",)

    program_id: Annotated[DbId | None, Equals(Screening.program_id)] = None
    resident_id: Annotated[DbId | None, Equals(Screening.resident_id)] = None
    org_id: Annotated[DbId | None, Equals(Screening.org_id)] = None
    risk_level: Annotated[RiskLevel | None, Equals(Screening.risk_level)] = None
    updated_since: UpdatedSince = None
    screened_from: Annotated[
        IsoDate | None, Field(description="On or after"), OnOrAfter(Screening.screened_on)
    ] = None
    screened_to: Annotated[
        IsoDate | None, Field(description="On or before"), OnOrBefore(Screening.screened_on)
    ] = None


class NeedingReferralFilters(ListFilters):
    """The query parameters of the list of screenings that need a referral."""

    program_id: Annotated[DbId | None, Equals(Screening.program_id)] = None
    org_id: Annotated[DbId | None, Equals(Screening.org_id)] = None


_LIST_COLUMNS: dict[str, Any] = {
    "program_name": _name(ScreeningProgram.name, ScreeningProgram.id == Screening.program_id),
    "resident_name": _name(Resident.name, Resident.id == Screening.resident_id),
    "org_name": _name(Org.name, Org.id == Screening.org_id),
    "has_findings": Screening.findings_enc.is_not(None),
    "findings": null(),
}

SCREENINGS = ReadPath(
    model=Screening,
    schema=ScreeningRead,
    scope=screening_scope,
    label="Screening",
    columns=_LIST_COLUMNS,
    filters=ScreeningFilters,
)

# High-risk screenings without a referral that is not closed without service.
NEEDING_REFERRAL = ReadPath(
    model=Screening,
    schema=ScreeningRead,
    scope=lambda principal: and_(screening_scope(principal), _needs_referral()),
    label="Screening",
    columns=_LIST_COLUMNS,
    filters=NeedingReferralFilters,
)

# One screening as its list row shows it, names included (the findings only on ?reveal=true).
SCREENING = ReadPath(
    model=Screening,
    schema=ScreeningRead,
    scope=screening_scope,
    label="Screening",
    columns=_LIST_COLUMNS,
)


async def changes_page(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    where: ScreeningFilters,
    *,
    updated_since: datetime,
    limit: int,
    cursor: str | None,
) -> Page[ScreeningRead]:
    """The change feed (``updated_since``): the same scope and filters in update order (app/feed.py),
    each row with the names the list shows."""
    items, next_cursor = await SCREENINGS.changes(
        session, settings, principal, updated_since=updated_since, limit=limit, cursor=cursor, where=where
    )
    return Page(items=await screening_service.to_reads(session, items), next_cursor=next_cursor)
