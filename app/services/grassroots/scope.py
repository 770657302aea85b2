"""Scope of the grassroots area's rows: each belongs to one org and is seen inside that org's subtree.

Campaigns belong to a street and are seen by every community and unit under it (they take part);
everything else (workers, activities, members, agreements, feedback, care cases, demonstrations)
is seen by its own org and the orgs above it, never by a sibling.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute

from app.authz import Principal, family_scope, scoped_org_ids, shared_scope
from app.errors import NotFound, Unprocessable
from app.models.core.family import Child, ChildStatus, Family
from app.models.core.org import Org, OrgKind
from app.models.grassroots.association import AssociationBranch, AssociationMember, IntegrityAgreement
from app.models.grassroots.care import ACTIVE_CARE_STATES, CareAssistance, CareCase
from app.models.grassroots.care_project import CareProject
from app.models.grassroots.conduct import ConductActivity, ConductActivityKind, ConductFinding
from app.models.grassroots.demonstration import Demonstration
from app.models.grassroots.facility import Facility, FacilityInspection, FacilityRefresh
from app.models.grassroots.network import Training, Worker
from app.models.grassroots.publicity import Activity, Campaign
from app.models.grassroots.publicity_effect import CampaignReach, KnowledgeSurvey
from app.models.grassroots.self_governance import CommunityRule, ResidentMeeting
from app.models.grassroots.sunshine import Commitment, Feedback


def owned(org_column: QueryableAttribute[Any], principal: Principal) -> ColumnElement[bool]:
    """A row of an org in the caller's subtree."""
    return org_column.in_(scoped_org_ids(principal))


def shared(org_column: QueryableAttribute[Any], principal: Principal) -> ColumnElement[bool]:
    """A row of an org in the caller's subtree or above it (a street's campaign for its communities)."""
    return shared_scope(org_column, principal)


async def org_in_scope(
    session: AsyncSession,
    principal: Principal,
    org_id: int,
    *,
    kinds: tuple[OrgKind, ...] | None = None,
    field: str = "org_id",
) -> Org:
    """The org a new row belongs to: in the caller's subtree (404 otherwise) and of an allowed kind."""
    org = (
        await session.execute(select(Org).where(Org.id == org_id, Org.id.in_(scoped_org_ids(principal))))
    ).scalar_one_or_none()
    if org is None:
        raise NotFound("Org not found")
    if kinds is not None and org.kind not in kinds:
        allowed = ", ".join(k.value for k in kinds)
        raise Unprocessable(f"{field} must be an org of kind {allowed}", loc=["body", field])
    return org


def branch_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(AssociationBranch.org_id, principal)


def member_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(AssociationMember.org_id, principal)


def agreement_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(IntegrityAgreement.org_id, principal)


def case_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(CareCase.org_id, principal)


def project_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(CareProject.org_id, principal)


def active_case() -> ColumnElement[bool]:
    return CareCase.status.in_(ACTIVE_CARE_STATES)


def _children(*where: ColumnElement[bool]) -> ColumnElement[int]:
    return (
        select(func.count(Child.id))
        .where(Child.family_id == Family.id, *where)
        .correlate(Family)
        .scalar_subquery()
    )


def bereaved() -> ColumnElement[bool]:
    """Children recorded, none of them living or disabled."""
    return and_(
        _children() > 0,
        _children(Child.status == ChildStatus.living.value) == 0,
        _children(Child.status == ChildStatus.disabled.value) == 0,
    )


def disabled_only_child() -> ColumnElement[bool]:
    return and_(_children() == 1, _children(Child.status == ChildStatus.disabled.value) == 1)


def suggestion_scope(principal: Principal) -> ColumnElement[bool]:
    """The caller's families that need care and have no active case."""
    has_case = exists(
        select(CareCase.id).where(CareCase.family_id == Family.id, active_case()).correlate(Family)
    )
    return and_(family_scope(principal), or_(bereaved(), disabled_only_child()), ~has_case)


def demonstration_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(Demonstration.org_id, principal)


def facility_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(Facility.org_id, principal)


def of_facilities_in_scope(column: Any, principal: Principal) -> ColumnElement[bool]:
    return column.in_(select(Facility.id).where(facility_scope(principal)))


def feedback_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(Feedback.org_id, principal)


def worker_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(Worker.org_id, principal)


def training_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(Training.org_id, principal)


def campaign_scope(principal: Principal) -> ColumnElement[bool]:
    return shared_scope(Campaign.org_id, principal)


def activity_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(Activity.org_id, principal)


def commitment_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(Commitment.org_id, principal)


def meeting_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(ResidentMeeting.org_id, principal)


def rule_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(CommunityRule.org_id, principal)


def conduct_kind_scope(principal: Principal) -> ColumnElement[bool]:
    """A conduct activity kind is used and seen in its org's subtree and below the orgs above it."""
    return shared(ConductActivityKind.org_id, principal)


def editable_conduct_kind_scope(principal: Principal) -> ColumnElement[bool]:
    """Only the org that keeps the list (or one above) changes a kind: narrower than
    :func:`conduct_kind_scope`, which also shows the kinds of the orgs above."""
    return owned(ConductActivityKind.org_id, principal)


def conduct_activity_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(ConductActivity.org_id, principal)


def finding_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(ConductFinding.org_id, principal)


def reach_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(CampaignReach.org_id, principal)


def survey_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(KnowledgeSurvey.org_id, principal)


def assistance_scope(principal: Principal) -> ColumnElement[bool]:
    return CareAssistance.case_id.in_(select(CareCase.id).where(case_scope(principal)))


def inspection_scope(principal: Principal) -> ColumnElement[bool]:
    return of_facilities_in_scope(FacilityInspection.facility_id, principal)


def refresh_scope(principal: Principal) -> ColumnElement[bool]:
    return of_facilities_in_scope(FacilityRefresh.facility_id, principal)


def published_commitment_scope(_public: None) -> ColumnElement[bool]:
    """The public (no principal) sees the published commitments of every org."""
    return Commitment.published_on.is_not(None)


def tracked_feedback_scope(_public: None) -> ColumnElement[bool]:
    """Any case, but only by its tracking code (the filter every read of this path uses)."""
    return Feedback.tracking_code.is_not(None)
