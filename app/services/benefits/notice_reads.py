"""Public notices (公示) on the fast read path, for anyone (no sign-in): the published rosters, newest
first, and an objection's outcome by its receipt's tracking code.

The public sees notices published on or before today (the request's date, the clock dependency):
that bound is a filter every call passes (:func:`public_notices_page`). Each notice carries its
community's and program's details (correlated scalar subqueries) and its entries, masked names only,
in one more query; whether the window is open is judged on the request's date. The objections of a
notice as staff see them (decrypted contacts, audited) stay on the session path.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import ColumnElement, bindparam, func, literal, select

from app.errors import NotFound
from app.list_filters import Flag, ListFilters
from app.models.benefits.benefit import ApplicationStatus, BenefitApplication, BenefitProgram
from app.models.benefits.notice import NoticeEntry, Objection, PublicNotice
from app.models.core.org import Org
from app.read_path import ReadPath, Related, Row
from app.schemas.benefits.benefit_ops import NoticePublic, ObjectionOutcome
from app.services.core.scope import anyone_scope

_CLOSED = {ApplicationStatus.withdrawn.value, ApplicationStatus.rejected.value}


def _program(column: Any) -> ColumnElement[Any]:
    return (
        select(column)
        .where(BenefitProgram.id == PublicNotice.program_id)
        .correlate(PublicNotice)
        .scalar_subquery()
    )


ENTRIES = Related(
    NoticeEntry.id.label("entry_id"),
    NoticeEntry.masked_name.label("name"),
    select(BenefitApplication.status)
    .where(BenefitApplication.id == NoticeEntry.application_id)
    .scalar_subquery()
    .label("application_status"),
    key=NoticeEntry.notice_id,
    order_by=NoticeEntry.id,
)


async def _complete(rows: list[Row], today: date) -> None:
    entries = await ENTRIES.fetch([row["id"] for row in rows])
    for row in rows:
        row["open_for_objections"] = row["published_on"] <= today <= row["window_ends_on"]
        row["entries"] = [
            {
                "entry_id": entry["entry_id"],
                "name": entry["name"],
                "withdrawn": str(entry["application_status"]) in _CLOSED,
            }
            for entry in entries[row["id"]]
        ]


class NoticeFilters(ListFilters):
    """The public notice list's query parameters."""

    current: Annotated[
        bool,
        Field(description="Only notices whose objection window is still open"),
        Flag(lambda today: PublicNotice.window_ends_on >= today, values=lambda today: (today,)),
    ] = False


NOTICES = ReadPath(
    model=PublicNotice,
    schema=NoticePublic,
    scope=anyone_scope,
    label="Public notice",
    descending=True,
    columns={
        "community_name": func.coalesce(
            select(Org.name)
            .where(Org.id == PublicNotice.community_id)
            .correlate(PublicNotice)
            .scalar_subquery(),
            literal(""),
        ),
        "program_code": _program(BenefitProgram.code),
        "program_name": _program(BenefitProgram.name),
        "amount_fen": _program(BenefitProgram.amount_fen),
        "period": _program(BenefitProgram.period),
    },
    derived=("open_for_objections", "entries"),
    complete=_complete,
    filters=NoticeFilters,
    named_filters={"published_by": lambda: PublicNotice.published_on <= bindparam("published_by")},
)


async def public_notices_page(*, today: date, where: NoticeFilters, limit: int, cursor: str | None) -> Any:
    """Notices published by ``today``, newest first."""
    return await NOTICES.page(
        None, limit=limit, cursor=cursor, context=today, where=where, today=today, published_by=today
    )


OUTCOMES = ReadPath(
    model=Objection,
    schema=ObjectionOutcome,
    scope=anyone_scope,
    label="Objection",
    filters={"tracking_code": lambda: Objection.tracking_code == bindparam("tracking_code")},
)


async def outcome(tracking_code: str) -> Any:
    """The objection holding ``tracking_code`` (the objector's receipt), 404 if none."""
    try:
        return await OUTCOMES.first(None, tracking_code=tracking_code)
    except NotFound:
        raise NotFound("No objection with this tracking code") from None
