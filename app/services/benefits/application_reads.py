"""Benefit applications on the fast read path: the newest-first list and the detail with its reviews.

The scope is :func:`app.services.benefits.applications.application_scope` (``authz.case_scope`` by
the case's community and employer unit). The submission date filter compares the instant with the
Beijing day's bounds, as ``loading.date_range`` does (a range ending before it starts is 422). The
detail (:data:`APPLICATION`) carries every review decision, in the order they were made, read in one
more query.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import bindparam

from app.clock import CHINA
from app.models.benefits.benefit import ApplicationReview, ApplicationStatus, BenefitApplication
from app.read_path import ReadPath, Related, Row
from app.schemas.benefits.benefit import ApplicationDetail, ApplicationRead, ReviewRead
from app.services.benefits.applications import application_scope
from app.services.core.loading import date_range

APPLICATIONS = ReadPath(
    model=BenefitApplication,
    schema=ApplicationRead,
    scope=application_scope,
    label="Benefit application",
    descending=True,
    filters={
        "status": lambda: BenefitApplication.status == bindparam("status"),
        "program_id": lambda: BenefitApplication.program_id == bindparam("program_id"),
        "community_id": lambda: BenefitApplication.community_id == bindparam("community_id"),
        "family_id": lambda: BenefitApplication.family_id == bindparam("family_id"),
        "submitted_from": lambda: BenefitApplication.submitted_at >= bindparam("submitted_from"),
        "submitted_before": lambda: BenefitApplication.submitted_at < bindparam("submitted_before"),
    },
)

REVIEWS = Related(
    *(ApplicationReview.__table__.c[name] for name in ReviewRead.model_fields),
    key=ApplicationReview.application_id,
    order_by=ApplicationReview.id,
)


async def _with_reviews(rows: list[Row], _context: Any) -> None:
    reviews = await REVIEWS.fetch([row["id"] for row in rows])
    for row in rows:
        row["reviews"] = reviews[row["id"]]


APPLICATION = ReadPath(
    model=BenefitApplication,
    schema=ApplicationDetail,
    scope=application_scope,
    label="Benefit application",
    derived=("reviews",),
    complete=_with_reviews,
)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=CHINA)


def filters(
    *,
    status: ApplicationStatus | None,
    program_id: int | None,
    community_id: int | None,
    family_id: int | None,
    submitted_from: date | None,
    submitted_to: date | None,
) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`APPLICATIONS`' filters (422 for a
    submission range that ends before it starts, as the session path said)."""
    date_range(BenefitApplication.submitted_at, submitted_from, submitted_to, "submitted", instant=True)
    return {
        "status": status.value if status is not None else None,
        "program_id": program_id,
        "community_id": community_id,
        "family_id": family_id,
        "submitted_from": _day_start(submitted_from) if submitted_from is not None else None,
        "submitted_before": _day_start(submitted_to + timedelta(days=1))
        if submitted_to is not None
        else None,
    }
