"""Benefit applications on the fast read path: the newest-first list and the detail with its reviews.

The scope is :func:`app.services.benefits.scope.application_scope` (``authz.case_scope`` by
the case's community and employer unit). The submission date filter compares the instant with the
Beijing day's bounds, as ``loading.date_range`` does (a range ending before it starts is 422). The
detail (:data:`APPLICATION`) carries every review decision, in the order they were made, read in one
more query.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from app.list_filters import Equals, ListFilters, OnOrAfter, OnOrBefore
from app.models.benefits.benefit import ApplicationReview, ApplicationStatus, BenefitApplication
from app.read_path import ReadPath, Related, Row
from app.schemas.benefits.benefit import ApplicationDetail, ApplicationRead, ReviewRead
from app.schemas.common import DbId, IsoDate
from app.services.benefits.scope import application_scope


class ApplicationFilters(ListFilters):
    """The application list's query parameters (a submission range that ends before it starts is 422)."""

    ordered_ranges = ("submitted",)

    status: Annotated[ApplicationStatus | None, Equals(BenefitApplication.status)] = None
    program_id: Annotated[DbId | None, Equals(BenefitApplication.program_id)] = None
    community_id: Annotated[DbId | None, Equals(BenefitApplication.community_id)] = None
    family_id: Annotated[DbId | None, Equals(BenefitApplication.family_id)] = None
    submitted_from: Annotated[
        IsoDate | None,
        Field(description="Submitted on or after (Beijing date)"),
        OnOrAfter(BenefitApplication.submitted_at, instant=True),
    ] = None
    submitted_to: Annotated[
        IsoDate | None,
        Field(description="Submitted on or before"),
        OnOrBefore(BenefitApplication.submitted_at, instant=True),
    ] = None


APPLICATIONS = ReadPath(
    model=BenefitApplication,
    schema=ApplicationRead,
    scope=application_scope,
    label="Benefit application",
    descending=True,
    filters=ApplicationFilters,
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
