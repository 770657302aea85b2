"""Association branches and members, and integrity agreements, on the fast read path.

Each row belongs to one org and is seen by that org and the orgs above it (:func:`owned`, as in
app/services/grassroots/association.py). An agreement carries its yearly reviews, in year order,
read for a whole page in one more query. The signing rates are a report: they stay on the session
path.
"""

from __future__ import annotations

from typing import Annotated, Any

from sqlalchemy import and_

from app.list_filters import Equals, ListFilters, Where
from app.models.grassroots.association import (
    AssociationBranch,
    AssociationMember,
    IntegrityAgreement,
    IntegrityReview,
)
from app.read_path import ReadPath, Related, Row
from app.schemas.common import DbId, IsoDate
from app.schemas.grassroots.association import AgreementRead, AgreementReviewRead, BranchRead, MemberRead
from app.services.grassroots.scope import agreement_scope, branch_scope, member_scope

BRANCHES = ReadPath(
    model=AssociationBranch, schema=BranchRead, scope=branch_scope, label="Association branch"
)


class MemberFilters(ListFilters):
    """The member list's query parameters."""

    branch_id: Annotated[DbId | None, Equals(AssociationMember.branch_id)] = None


MEMBERS = ReadPath(
    model=AssociationMember,
    schema=MemberRead,
    scope=member_scope,
    label="Association member",
    filters=MemberFilters,
)

REVIEWS = Related(
    *(IntegrityReview.__table__.c[name] for name in AgreementReviewRead.model_fields),
    key=IntegrityReview.agreement_id,
    order_by=IntegrityReview.year,
)


async def _with_reviews(rows: list[Row], _context: Any) -> None:
    reviews = await REVIEWS.fetch([row["id"] for row in rows])
    for row in rows:
        row["reviews"] = reviews[row["id"]]


class AgreementFilters(ListFilters):
    """The integrity agreement list's query parameters."""

    family_id: Annotated[DbId | None, Equals(IntegrityAgreement.family_id)] = None
    in_force_on: Annotated[
        IsoDate | None,
        Where(lambda day: and_(IntegrityAgreement.signed_on <= day, IntegrityAgreement.ends_on >= day)),
    ] = None


AGREEMENTS = ReadPath(
    model=IntegrityAgreement,
    schema=AgreementRead,
    scope=agreement_scope,
    label="Integrity agreement",
    filters=AgreementFilters,
    derived=("reviews",),
    complete=_with_reviews,
)
