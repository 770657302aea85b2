"""Public notices (公示, sunshine family planning) and objections (异议).

Approved-at-community cases are posted on a community's notice for the program with a window
of at least 7 days. The public sees masked names (``张*明``), the community and the program —
never an ID number. Anyone may object to a case during the window (rate limited per address by
an atomic counter in the database, so every API process and concurrent request sees the same
count); an open objection holds the case at street review until a street officer resolves it:
upheld rejects the case, dismissed lets it proceed.
"""

from __future__ import annotations

import secrets
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit, throttle
from app.authz import Principal
from app.clock import now as clock_now
from app.config import Settings
from app.errors import Conflict, NotFound, TooManyRequests
from app.models.benefits.benefit import (
    ApplicationReview,
    ApplicationStatus,
    BenefitApplication,
    BenefitProgram,
    ProgramBasis,
    ReviewLevel,
)
from app.models.benefits.notice import NoticeEntry, Objection, ObjectionStatus, PublicNotice
from app.models.core.family import Family
from app.models.core.org import Org
from app.models.core.resident import Resident, ResidentStatus
from app.pagination import fetch_page
from app.reasons import Reason
from app.schemas.benefits.benefit_ops import ObjectionRead
from app.security import mask_name, pii_cipher
from app.services.benefits.scope import application_scope
from app.workflow import Workflow, step

OBJECTIONS_PER_HOUR = 5
OBJECTION_LIMIT = throttle.Limit("objections", OBJECTIONS_PER_HOUR, 3600)

OBJECTION_WORKFLOW = Workflow(
    "notice_objection",
    ObjectionStatus,
    [
        step(
            "resolve",
            [ObjectionStatus.open],
            None,
            "objections:resolve",
            "uphold → upheld (a case still in notice is rejected); dismiss → dismissed (it proceeds)",
            zh="处理",
            en="Resolve",
        )
    ],
)


async def post_on_notice(
    session: AsyncSession, application: BenefitApplication, today: date, ends_on: date
) -> NoticeEntry:
    """Post the case (its applicant's name masked) on today's notice of its community and program."""
    notice = (
        await session.execute(
            select(PublicNotice).where(
                PublicNotice.community_id == application.community_id,
                PublicNotice.program_id == application.program_id,
                PublicNotice.published_on == today,
                PublicNotice.window_ends_on == ends_on,
            )
        )
    ).scalar_one_or_none()
    if notice is None:
        notice = PublicNotice(
            community_id=application.community_id,
            program_id=application.program_id,
            published_on=today,
            window_ends_on=ends_on,
        )
        session.add(notice)
        await session.flush()
    family = await session.get(Family, application.family_id)
    program = await session.get(BenefitProgram, application.program_id)
    assert family is not None and program is not None
    # Every person to be paid is listed (both parents of a per-person program), each name masked.
    lead_id = family.wife_id or family.husband_id
    paid_ids = [lead_id]
    if ProgramBasis(program.basis) is ProgramBasis.per_person:
        paid_ids = [i for i in (family.wife_id, family.husband_id) if i is not None]
    people = (
        await session.execute(
            select(Resident.id, Resident.name).where(
                Resident.id.in_(paid_ids), Resident.status == ResidentStatus.active
            )
        )
    ).all()
    by_id = {int(r[0]): str(r[1]) for r in people}
    name = "、".join(mask_name(by_id[i]) for i in paid_ids if i in by_id) or mask_name(
        (await session.execute(select(Resident.name).where(Resident.id == lead_id))).scalar_one()
    )
    entry = (
        await session.execute(select(NoticeEntry).where(NoticeEntry.application_id == application.id))
    ).scalar_one_or_none()
    if entry is None:
        entry = NoticeEntry(notice_id=notice.id, application_id=application.id, masked_name=name)
        session.add(entry)
    else:  # resubmitted after a return: posted again on the new notice
        entry.notice_id = notice.id
        entry.masked_name = name
    await session.flush()
    return entry


async def file_objection(
    session: AsyncSession,
    settings: Settings,
    *,
    notice_id: int,
    entry_id: int,
    reason: str,
    contact: str | None,
    client_address: str,
    today: date,
) -> Objection:
    """Anyone may object to a case while its notice window is open; it holds the case."""
    client_hash = pii_cipher(settings).lookup_hash(f"objection-client:{client_address}")
    # One atomic counter in the database, in this request's transaction: it holds across API
    # processes and concurrent requests, and only objections actually filed count.
    attempt = await throttle.hit(session, OBJECTION_LIMIT, client_hash)
    if attempt.exceeds(OBJECTION_LIMIT):
        raise TooManyRequests("Too many objections from this address; try again later", attempt.retry_after)
    notice = await session.get(PublicNotice, notice_id)
    entry = await session.get(NoticeEntry, entry_id)
    if notice is None or entry is None or entry.notice_id != notice.id:
        raise NotFound("Public notice entry not found")
    # window_ends_on is the last day an objection is accepted (inclusive), as the notice states.
    if not notice.published_on <= today <= notice.window_ends_on:
        raise Conflict(f"Objections were accepted from {notice.published_on} to {notice.window_ends_on}")
    application = await session.get(BenefitApplication, entry.application_id)
    assert application is not None
    if application.status is not ApplicationStatus.in_notice:
        # The public learns no more than that the case is no longer open to objections.
        raise Conflict("This case is no longer open to objections")
    objection = Objection(
        notice_id=notice.id,
        entry_id=entry.id,
        application_id=application.id,
        reason=reason,
        contact_enc=pii_cipher(settings).encrypt(contact) if contact else None,
        client_hash=client_hash,
        tracking_code=secrets.token_urlsafe(12),
    )
    session.add(objection)
    await session.flush()
    community = await session.get(Org, notice.community_id)
    await audit.record(
        session,
        actor=None,
        actor_username="public",
        action="objection.filed",
        object_type="benefit_application",
        object_id=application.id,
        scope_path=community.path if community else "/",
        detail={"objection_id": objection.id, "notice_id": notice.id},
    )
    return objection


async def objection_reads(
    session: AsyncSession, settings: Settings, principal: Principal, objections: list[Objection]
) -> list[ObjectionRead]:
    """Objections as staff see them: the objector's contact only for those who resolve objections
    (the street), decrypted, and each such read audited; everyone else sees no contact."""
    reads = [ObjectionRead.model_validate(o) for o in objections]
    with_contact = [o for o in objections if o.contact_enc]
    if not with_contact or not principal.can("objections:resolve"):
        return reads
    cipher = pii_cipher(settings)
    contacts = {o.id: cipher.decrypt(o.contact_enc) for o in with_contact if o.contact_enc}
    await audit.record(
        session,
        actor=principal,
        action="objection.contacts_read",
        object_type="public_notice",
        object_id=with_contact[0].notice_id,
        scope_path=principal.org_path,
        detail={"objection_ids": sorted(contacts)},
    )
    return [r.model_copy(update={"contact": contacts.get(r.id)}) for r in reads]


async def list_objections(
    session: AsyncSession,
    principal: Principal,
    notice_id: int,
    *,
    status: ObjectionStatus | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Objection], str | None]:
    stmt = (
        select(Objection)
        .join(BenefitApplication, BenefitApplication.id == Objection.application_id)
        .where(Objection.notice_id == notice_id, application_scope(principal))
    )
    if status is not None:
        stmt = stmt.where(Objection.status == status)
    return await fetch_page(session, stmt, id_column=Objection.id, limit=limit, cursor=cursor)


async def resolve_objection(
    session: AsyncSession,
    principal: Principal,
    notice_id: int,
    objection_id: int,
    *,
    uphold: bool,
    comment: str,
) -> Objection:
    """A street officer resolves an objection: upheld rejects the case, dismissed lets it proceed."""
    objection = (
        await session.execute(
            select(Objection)
            .join(BenefitApplication, BenefitApplication.id == Objection.application_id)
            .where(
                Objection.id == objection_id, Objection.notice_id == notice_id, application_scope(principal)
            )
        )
    ).scalar_one_or_none()
    if objection is None:
        raise NotFound("Objection not found")
    OBJECTION_WORKFLOW.begin(objection.status, "resolve")
    objection.status = ObjectionStatus.upheld if uphold else ObjectionStatus.dismissed
    objection.resolution_comment = comment
    objection.resolved_by_id = principal.user_id
    objection.resolved_at = clock_now()
    application = await session.get(BenefitApplication, objection.application_id)
    assert application is not None
    if uphold and application.status is ApplicationStatus.in_notice:
        application.status = ApplicationStatus.rejected
        application.decided_at = clock_now()
        upheld = Reason("objection_upheld", {"comment": comment})
        application.decision_reason = upheld.en
        application.decision_reason_code, application.decision_reason_params = (
            upheld.code,
            dict(upheld.params),
        )
        session.add(
            ApplicationReview(
                application_id=application.id,
                level=ReviewLevel.street,
                decision="reject",
                comment=f"objection {objection.id} upheld: {comment}",
                missing_materials=[],
                reviewer_id=principal.user_id,
                reviewer_username=principal.username,
            )
        )
    await session.flush()
    community = await session.get(Org, application.community_id)
    await audit.record(
        session,
        actor=principal,
        action="objection.resolved",
        object_type="benefit_application",
        object_id=application.id,
        scope_path=community.path if community else principal.org_path,
        detail={"objection_id": objection.id, "upheld": uphold, "comment": comment},
    )
    return objection


async def objection_outcome(session: AsyncSession, tracking_code: str) -> Objection:
    """The objector reads the outcome of their objection with the receipt's tracking code."""
    objection = (
        await session.execute(select(Objection).where(Objection.tracking_code == tracking_code))
    ).scalar_one_or_none()
    if objection is None:
        raise NotFound("No objection with this tracking code")
    return objection
