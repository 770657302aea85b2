"""Benefit applications (申请): created for a family, filled with materials, submitted, withdrawn.

The review steps (community → public notice → street → district) live in ``benefit_reviews``.
Scope: community staff see their community's cases, a unit liaison its employees' cases, the
street and district everything beneath them; an application outside that is 404.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.clock import now as clock_now
from app.clock import on_day
from app.errors import Conflict, Forbidden, Unprocessable
from app.models.benefits.benefit import (
    OPEN_APPLICATION_STATUSES,
    ApplicationReview,
    ApplicationStatus,
    BenefitApplication,
    BenefitProgram,
    ProgramPayer,
)
from app.models.core.family import Family
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident
from app.reasons import Reason
from app.schemas.benefits.benefit import ApplicationCreate, ApplicationUpdate
from app.services.benefits.application_workflow import APPLICATION_WORKFLOW
from app.services.benefits.eligibility import Eligibility, check_family
from app.services.benefits.programs import get_program
from app.services.benefits.scope import application_scope
from app.services.core.families import get_family
from app.services.core.loading import one_or_404

WITHDRAWABLE = (
    ApplicationStatus.draft,
    ApplicationStatus.submitted,
    ApplicationStatus.returned,
    ApplicationStatus.in_notice,
    ApplicationStatus.street_approved,
)


async def get_application(
    session: AsyncSession, principal: Principal, application_id: int
) -> BenefitApplication:
    return await one_or_404(
        session,
        select(BenefitApplication).where(
            BenefitApplication.id == application_id, application_scope(principal)
        ),
        "Benefit application",
    )


async def get_reviews(session: AsyncSession, application_id: int) -> list[ApplicationReview]:
    return list(
        (
            await session.execute(
                select(ApplicationReview)
                .where(ApplicationReview.application_id == application_id)
                .order_by(ApplicationReview.id)
            )
        ).scalars()
    )


async def community_path(session: AsyncSession, community_id: int) -> str:
    org = await session.get(Org, community_id)
    return org.path if org else "/"


async def audit_application(
    session: AsyncSession,
    principal: Principal,
    application: BenefitApplication,
    event: str,
    detail: dict[str, object] | None = None,
) -> None:
    """The audit record of an application's step: ``benefit_application.<event>`` in its community."""
    await audit.record(
        session,
        actor=principal,
        action=f"benefit_application.{event}",
        object_type="benefit_application",
        object_id=application.id,
        scope_path=await community_path(session, application.community_id),
        detail=detail,
    )


async def _payer_and_unit(
    session: AsyncSession, program: BenefitProgram, family: Family
) -> tuple[int, int | None]:
    """Who pays and which employer unit (if any) shares the case.

    The one-child award is paid by the parents' employer where they have one, else by the
    street; other programs by the street or district that the program names.
    """
    parent_ids = [i for i in (family.wife_id, family.husband_id) if i is not None]
    employers = (
        await session.execute(
            select(Resident.id, Resident.employer_unit_id).where(Resident.id.in_(parent_ids))
        )
    ).all()
    by_parent = {pid: unit for pid, unit in employers}
    unit_id = next((by_parent[p] for p in parent_ids if by_parent.get(p) is not None), None)
    community = await session.get(Org, family.community_id)
    ids = [int(p) for p in (community.path if community else "/").strip("/").split("/") if p]
    district_id, street_id = ids[0], ids[1] if len(ids) > 1 else ids[0]
    payer = ProgramPayer(program.payer)
    if payer is ProgramPayer.unit:
        return (unit_id or street_id), unit_id
    if payer is ProgramPayer.district:
        return district_id, unit_id
    return street_id, unit_id


async def create_application(
    session: AsyncSession, principal: Principal, data: ApplicationCreate
) -> BenefitApplication:
    """Open an application for a family (community staff; a unit liaison where the unit pays).

    One open application per family and program; a closed program takes no new applications.
    """
    program = await get_program(session, principal, data.program_id)
    family = await get_family(session, principal, data.family_id)
    if not program.open_for_applications:
        raise Conflict(f"The program '{program.code}' is closed to new applications")
    payer_org_id, unit_id = await _payer_and_unit(session, program, family)
    if principal.org_kind is OrgKind.unit and payer_org_id != principal.org_id:
        raise Forbidden("A unit liaison applies only for programs the unit pays for its employees")
    open_one = (
        await session.execute(
            select(BenefitApplication.id).where(
                BenefitApplication.family_id == family.id,
                BenefitApplication.program_id == program.id,
                BenefitApplication.status.in_(OPEN_APPLICATION_STATUSES),
            )
        )
    ).scalar_one_or_none()
    if open_one is not None:
        raise Conflict(
            f"The family already has an open application ({open_one}) for this program",
            extra={"application_id": open_one},
        )
    application = BenefitApplication(
        program_id=program.id,
        family_id=family.id,
        community_id=family.community_id,
        unit_id=unit_id,
        payer_org_id=payer_org_id,
        status=ApplicationStatus.draft,
        materials=_dedupe(data.materials),
        missing_materials=[],
        note=data.note,
        created_by_id=principal.user_id,
    )
    session.add(application)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent application for the same family and program
        raise Conflict("The family already has an open application for this program") from exc
    await audit_application(
        session, principal, application, "created", {"program": program.code, "family_id": family.id}
    )
    return application


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i.strip() for i in items if i.strip()))


async def update_application(
    session: AsyncSession,
    principal: Principal,
    application_id: int,
    data: ApplicationUpdate,
    expected_version: int | None,
) -> BenefitApplication:
    """Hand in materials or change the note while the application is a draft or returned (补正)."""
    application = await get_application(session, principal, application_id)
    APPLICATION_WORKFLOW.check(application, "edit", expected_version)
    if data.materials is not None:
        application.materials = _dedupe(data.materials)
    if data.note is not None:
        application.note = data.note
    await session.flush()
    await audit_application(session, principal, application, "updated", {"materials": application.materials})
    return application


def require_eligible(eligibility: Eligibility, step: str) -> None:
    if not eligibility.eligible:
        raise Unprocessable(
            f"The family is not eligible ({', '.join(eligibility.unmet())}); it cannot be {step}",
            loc=["body"],
            extra={
                "eligibility": {
                    "eligible": False,
                    "criteria": [
                        {"code": c.code, "met": c.met, "detail": c.detail, "detail_zh": c.detail_zh}
                        for c in eligibility.criteria
                    ],
                }
            },
        )


async def eligibility_for(
    session: AsyncSession, principal: Principal, application: BenefitApplication, today: date
) -> Eligibility:
    program = await session.get(BenefitProgram, application.program_id)
    family = await session.get(Family, application.family_id)
    assert program is not None and family is not None
    return await check_family(session, principal, program, family, today)


async def submit_application(
    session: AsyncSession, principal: Principal, application_id: int, today: date
) -> BenefitApplication:
    """Submit a draft, or resubmit after a return once every listed missing item is handed in.

    Eligibility is re-checked here: an ineligible family's application is refused (422).
    """
    application = await get_application(session, principal, application_id)
    target = APPLICATION_WORKFLOW.move(application, "submit")
    program = await session.get(BenefitProgram, application.program_id)
    required = program.required_materials if program else []
    # One-time notification: every required or listed item not handed in, named at once.
    still_missing = list(
        dict.fromkeys(
            m for m in [*required, *application.missing_materials] if m not in application.materials
        )
    )
    if still_missing:
        raise Unprocessable(
            f"Still missing: {', '.join(still_missing)}",
            loc=["body", "materials"],
            extra={"missing_materials": still_missing},
        )
    require_eligible(await eligibility_for(session, principal, application, today), "submitted")
    application.status = target
    application.missing_materials = []
    application.submitted_at = on_day(today)
    await session.flush()
    await audit_application(session, principal, application, "submitted")
    return application


async def withdraw_application(
    session: AsyncSession, principal: Principal, application_id: int, reason: str
) -> BenefitApplication:
    """The applicant side withdraws an application any time before district approval."""
    application = await get_application(session, principal, application_id)
    application.status = APPLICATION_WORKFLOW.move(application, "withdraw")
    application.decided_at = clock_now()
    if reason:
        application.decision_reason = reason
    else:
        withdrawn = Reason("withdrawn_by_applicant")
        application.decision_reason = withdrawn.en
        application.decision_reason_code, application.decision_reason_params = withdrawn.code, {}
    await session.flush()
    await audit_application(session, principal, application, "withdrawn", {"reason": reason})
    return application
