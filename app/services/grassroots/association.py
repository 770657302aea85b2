"""Task 7: the Family Planning Association (计生协) and integrity family planning (诚信计生).

Branches sit at community and unit level, one per org. Members are residents or workers of the
branch's org, with a joined date and a role. Members' activities — the members' day, the "three
advances" (三进) into communities, enterprises and schools — are activities with the branch set.

Integrity agreements (诚信计生协议) are signed by families under resident self-governance (村居民
自治): signed date, term, commitments. Each year the fulfilment is reviewed, kept or broken (with a
reason), once per agreement and year. The signing rate of a community is the share of its families
with an agreement in force.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, family_scope, resident_scope, scoped_org_ids
from app.errors import Conflict, Unprocessable
from app.models.core.family import Family
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident
from app.models.grassroots.association import (
    AssociationBranch,
    AssociationMember,
    IntegrityAgreement,
    IntegrityReview,
)
from app.models.grassroots.network import Worker
from app.schemas.grassroots.association import (
    AgreementCreate,
    AgreementRead,
    AgreementReview,
    AgreementReviewRead,
    BranchCreate,
    MemberCreate,
    SigningRate,
)
from app.services.core.families import get_family
from app.services.core.loading import one_or_404
from app.services.grassroots.scope import agreement_scope, branch_scope, org_in_scope


async def _record(
    session: AsyncSession,
    principal: Principal,
    org_id: int,
    kind: str,
    obj_id: int,
    action: str,
    detail: dict[str, object],
) -> None:
    org = await session.get(Org, org_id)
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type=kind,
        object_id=obj_id,
        scope_path=org.path if org else principal.org_path,
        detail=detail,
    )


async def create_branch(session: AsyncSession, principal: Principal, data: BranchCreate) -> AssociationBranch:
    """One branch per community or unit."""
    org = await org_in_scope(session, principal, data.org_id, kinds=(OrgKind.community, OrgKind.unit))
    existing = (
        await session.execute(select(AssociationBranch.id).where(AssociationBranch.org_id == org.id))
    ).scalar_one_or_none()
    if existing is not None:
        raise Conflict(f"This org already has a branch ({existing})")
    branch = AssociationBranch(org_id=org.id, name=data.name, founded_on=data.founded_on)
    session.add(branch)
    await session.flush()
    await _record(
        session, principal, org.id, "association_branch", branch.id, "branch.created", {"name": data.name}
    )
    return branch


async def add_member(session: AsyncSession, principal: Principal, data: MemberCreate) -> AssociationMember:
    """A resident or worker of the branch's org joins; each person once per branch."""
    branch = await one_or_404(
        session,
        select(AssociationBranch).where(AssociationBranch.id == data.branch_id, branch_scope(principal)),
        "Association branch",
    )
    if data.resident_id is not None:
        resident = (
            await session.execute(
                select(Resident).where(Resident.id == data.resident_id, resident_scope(principal))
            )
        ).scalar_one_or_none()
        if resident is None or branch.org_id not in (resident.community_id, resident.employer_unit_id):
            raise Unprocessable(
                "The resident must live in or work for the branch's org", loc=["body", "resident_id"]
            )
        same = AssociationMember.resident_id == resident.id
    else:
        worker = (
            await session.execute(
                select(Worker).where(Worker.id == data.worker_id, Worker.org_id == branch.org_id)
            )
        ).scalar_one_or_none()
        if worker is None:
            raise Unprocessable("The worker must serve the branch's org", loc=["body", "worker_id"])
        same = AssociationMember.worker_id == worker.id
    taken = (
        await session.execute(
            select(AssociationMember.id).where(AssociationMember.branch_id == branch.id, same)
        )
    ).scalar_one_or_none()
    if taken is not None:
        raise Conflict(f"Already a member ({taken})")
    member = AssociationMember(
        branch_id=branch.id,
        org_id=branch.org_id,
        resident_id=data.resident_id,
        worker_id=data.worker_id,
        joined_on=data.joined_on,
        role=data.role,
    )
    session.add(member)
    await session.flush()
    await _record(
        session,
        principal,
        branch.org_id,
        "association_member",
        member.id,
        "member.joined",
        {"role": data.role.value},
    )
    return member


async def _agreement_read(session: AsyncSession, agreement: IntegrityAgreement) -> AgreementRead:
    reviews = (
        await session.execute(
            select(IntegrityReview)
            .where(IntegrityReview.agreement_id == agreement.id)
            .order_by(IntegrityReview.year)
        )
    ).scalars()
    return AgreementRead.model_validate(
        {
            **{k: getattr(agreement, k) for k in AgreementRead.model_fields if k != "reviews"},
            "reviews": [AgreementReviewRead.model_validate(r) for r in reviews],
        }
    )


async def get_agreement(session: AsyncSession, principal: Principal, agreement_id: int) -> IntegrityAgreement:
    return await one_or_404(
        session,
        select(IntegrityAgreement).where(IntegrityAgreement.id == agreement_id, agreement_scope(principal)),
        "Integrity agreement",
    )


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


async def sign_agreement(
    session: AsyncSession, principal: Principal, data: AgreementCreate, today: date
) -> AgreementRead:
    """A family of the area signs; no two agreements of one family overlap."""
    family = await get_family(session, principal, data.family_id)
    if data.signed_on > today:
        raise Unprocessable("signed_on is in the future", loc=["body", "signed_on"])
    ends_on = _add_years(data.signed_on, data.term_years)
    overlapping = (
        await session.execute(
            select(IntegrityAgreement.id).where(
                IntegrityAgreement.family_id == family.id,
                IntegrityAgreement.signed_on < ends_on,
                IntegrityAgreement.ends_on > data.signed_on,
            )
        )
    ).scalar_one_or_none()
    if overlapping is not None:
        raise Conflict(f"The family already has an agreement in force then ({overlapping})")
    agreement = IntegrityAgreement(
        family_id=family.id,
        org_id=family.community_id,
        signed_on=data.signed_on,
        term_years=data.term_years,
        ends_on=ends_on,
        commitments=data.commitments,
    )
    session.add(agreement)
    await session.flush()
    await _record(
        session,
        principal,
        agreement.org_id,
        "integrity_agreement",
        agreement.id,
        "integrity.signed",
        {"term_years": data.term_years},
    )
    return await _agreement_read(session, agreement)


async def review_agreement(
    session: AsyncSession, principal: Principal, agreement_id: int, data: AgreementReview, today: date
) -> AgreementRead:
    """The yearly review: kept or broken (with a reason), once per year within the agreement's term."""
    agreement = await get_agreement(session, principal, agreement_id)
    if not agreement.signed_on.year <= data.year <= agreement.ends_on.year or data.year > today.year:
        raise Unprocessable("The year is outside the agreement's term or still to come", loc=["body", "year"])
    done = (
        await session.execute(
            select(IntegrityReview.id).where(
                IntegrityReview.agreement_id == agreement.id, IntegrityReview.year == data.year
            )
        )
    ).scalar_one_or_none()
    if done is not None:
        raise Conflict(f"The agreement was already reviewed for {data.year}")
    session.add(
        IntegrityReview(
            agreement_id=agreement.id,
            year=data.year,
            outcome=data.outcome,
            reason=data.reason,
            reviewed_on=today,
            reviewer_id=principal.user_id,
        )
    )
    await session.flush()
    await _record(
        session,
        principal,
        agreement.org_id,
        "integrity_agreement",
        agreement.id,
        "integrity.reviewed",
        {"year": data.year, "outcome": data.outcome.value},
    )
    return await _agreement_read(session, agreement)


async def signing_rates(session: AsyncSession, principal: Principal, on: date) -> list[SigningRate]:
    """Per community of the area: families with an agreement in force on ``on`` over all its families."""
    communities = (
        (
            await session.execute(
                select(Org)
                .where(Org.id.in_(scoped_org_ids(principal)), Org.kind == OrgKind.community)
                .order_by(Org.id)
            )
        )
        .scalars()
        .all()
    )
    families = dict(
        (
            await session.execute(
                select(Family.community_id, func.count(Family.id))
                .where(family_scope(principal))
                .group_by(Family.community_id)
            )
        )
        .tuples()
        .all()
    )
    in_force = and_(IntegrityAgreement.signed_on <= on, IntegrityAgreement.ends_on >= on)
    signed = dict(
        (
            await session.execute(
                select(IntegrityAgreement.org_id, func.count(func.distinct(IntegrityAgreement.family_id)))
                .where(agreement_scope(principal), in_force)
                .group_by(IntegrityAgreement.org_id)
            )
        )
        .tuples()
        .all()
    )
    rates = []
    for org in communities:
        total, done = families.get(org.id, 0), signed.get(org.id, 0)
        rates.append(
            SigningRate(
                org_id=org.id,
                org_name=org.name,
                on=on,
                families=total,
                signed=done,
                rate=round(done * 100 / total, 2) if total else None,
            )
        )
    return rates
