"""Enrolments on the fast read path: the list with the names a screen shows, and the single read.

The scope is :func:`app.services.benefits.scope.enrolment_scope` (``authz.case_scope`` by the
case's community and employer unit). List rows carry the program's, the beneficiary's and the
community's names, read by correlated scalar subqueries in the same statement (what
``enrolment_views.to_reads`` adds on the session path); the single read shows no names (null), as it
always has, plus the standard in force today and the enrolment's recoveries (追回). The change
feed (``updated_since``) stays on the session path: :func:`changes_page`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from sqlalchemy import false, null, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.config import Settings
from app.list_filters import Equals, Flag, ListFilters
from app.models.benefits.benefit import BenefitProgram
from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.pagination import Page
from app.read_path import ReadPath
from app.schemas.benefits.benefit_ops import EnrolmentDetail, EnrolmentRead
from app.schemas.common import DbId
from app.services.benefits import enrolment_views, recovery_reads
from app.services.benefits.scope import enrolment_scope


class EnrolmentFilters(ListFilters):
    """The enrolment list's query parameters."""

    program_id: Annotated[DbId | None, Equals(Enrolment.program_id)] = None
    status: Annotated[EnrolmentStatus | None, Equals(Enrolment.status)] = None
    community_id: Annotated[DbId | None, Equals(Enrolment.community_id)] = None
    family_id: Annotated[DbId | None, Equals(Enrolment.family_id)] = None
    needs_review: Annotated[
        bool | None,
        Flag(lambda: Enrolment.needs_review.is_(true()), lambda: Enrolment.needs_review.is_(false())),
    ] = None


ENROLMENTS = ReadPath(
    model=Enrolment,
    schema=EnrolmentRead,
    scope=enrolment_scope,
    label="Enrolment",
    columns={
        "program_name": select(BenefitProgram.name)
        .where(BenefitProgram.id == Enrolment.program_id)
        .correlate(Enrolment)
        .scalar_subquery(),
        "beneficiary_name": select(Resident.name)
        .where(Resident.id == Enrolment.beneficiary_id)
        .correlate(Enrolment)
        .scalar_subquery(),
        "community_name": select(Org.name)
        .where(Org.id == Enrolment.community_id)
        .correlate(Enrolment)
        .scalar_subquery(),
    },
    filters=EnrolmentFilters,
)

ENROLMENT = ReadPath(
    model=Enrolment,
    schema=EnrolmentDetail,
    scope=enrolment_scope,
    label="Enrolment",
    columns={
        "program_name": null(),
        "beneficiary_name": null(),
        "community_name": null(),
        # Read for the amount in force (an annual program's standard is the one of 1 January).
        "program_period": select(BenefitProgram.period)
        .where(BenefitProgram.id == Enrolment.program_id)
        .correlate(Enrolment)
        .scalar_subquery(),
    },
    # The standard in force on the request's date, and the overpayments found (recovery_reads).
    derived=("amount_in_force_fen", "recoveries"),
    complete=recovery_reads.complete_enrolments,
)


async def changes_page(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    where: EnrolmentFilters,
    *,
    updated_since: datetime,
    limit: int,
    cursor: str | None,
) -> Page[EnrolmentRead]:
    """The change feed (``updated_since``): the same scope and filters in update order (app/feed.py),
    each row with the list's names."""
    items, next_cursor = await ENROLMENTS.changes(
        session, settings, principal, updated_since=updated_since, limit=limit, cursor=cursor, where=where
    )
    return Page(items=await enrolment_views.to_reads(session, items), next_cursor=next_cursor)
