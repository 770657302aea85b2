"""The review path (审核): community review → public notice (公示) → street review → district approval.

Each step is taken by the role at that level and recorded (who, when, decision, comment):

* approve moves the case on; at the community it is posted on a public notice for at least
  7 days; the street may pass it only after the window has ended and while no objection is
  open; the district's approval enrols the beneficiaries. Eligibility is re-checked at every
  approval, so an ineligible family cannot be approved.
* return for correction (补正) lists every missing item at once: the program's required
  materials not yet handed in are added to whatever the reviewer names.
* reject needs a reason.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.clock import on_day
from app.errors import Conflict, Forbidden, InvalidTransition, Unprocessable
from app.models.benefits.benefit import (
    ApplicationReview,
    ApplicationStatus,
    BenefitApplication,
    BenefitProgram,
    ReviewLevel,
)
from app.models.benefits.notice import Objection, ObjectionStatus
from app.schemas.benefits.benefit import ReviewBody
from app.services.benefits import application_messages
from app.services.benefits.application_workflow import APPLICATION_WORKFLOW, REVIEW_STEP_BY_STATUS
from app.services.benefits.applications import (
    audit_application,
    eligibility_for,
    get_application,
    require_eligible,
)
from app.services.benefits.enrolments import enrol_beneficiaries
from app.services.benefits.public_notices import post_on_notice

LEVEL_BY_STATUS = {
    ApplicationStatus.submitted: ReviewLevel.community,
    ApplicationStatus.in_notice: ReviewLevel.street,
    ApplicationStatus.street_approved: ReviewLevel.district,
}


async def review_application(
    session: AsyncSession, principal: Principal, application_id: int, body: ReviewBody, today: date
) -> BenefitApplication:
    """Take the review step the application's state calls for (409 when none is due)."""
    application = await get_application(session, principal, application_id)
    step_name = REVIEW_STEP_BY_STATUS.get(application.status)
    if step_name is None:
        raise InvalidTransition(application.status.value, "review")
    declared = APPLICATION_WORKFLOW.check(application, step_name)
    level = LEVEL_BY_STATUS[application.status]
    if not principal.can(declared.permission):
        raise Forbidden(f"The {level.value} review needs the '{declared.permission}' permission")
    program = await session.get(BenefitProgram, application.program_id)
    assert program is not None
    missing: list[str] = []
    if body.decision == "approve":
        await _approve(session, principal, application, program, level, body, today)
    elif body.decision == "return":
        await _only_one_return(session, application, level)
        missing = _return_for_correction(application, program, body)
    else:
        application.status = ApplicationStatus.rejected
        application.decided_at = on_day(today)
        application.decision_reason = body.comment
    session.add(
        ApplicationReview(
            application_id=application.id,
            level=level,
            decision=body.decision,
            comment=body.comment,
            missing_materials=missing,
            reviewer_id=principal.user_id,
            reviewer_username=principal.username,
        )
    )
    await session.flush()
    await audit_application(
        session,
        principal,
        application,
        "reviewed",
        {
            "level": level.value,
            "decision": body.decision,
            "comment": body.comment,
            "missing_materials": missing,
            "status": application.status.value,
        },
    )
    await application_messages.tell_outcome(session, application, program, body.comment, missing)
    return application


async def _only_one_return(
    session: AsyncSession, application: BenefitApplication, level: ReviewLevel
) -> None:
    """One-time notification (一次性告知): a level returns a case once, naming everything then."""
    earlier = (
        await session.execute(
            select(func.count(ApplicationReview.id)).where(
                ApplicationReview.application_id == application.id,
                ApplicationReview.level == level,
                ApplicationReview.decision == "return",
            )
        )
    ).scalar_one()
    if earlier:
        raise Conflict(
            f"The {level.value} review already returned this case once with every missing item; "
            "approve or reject it now",
            extra={"current_state": application.status.value},
        )


def _return_for_correction(
    application: BenefitApplication, program: BenefitProgram, body: ReviewBody
) -> list[str]:
    """One return names everything: required items not handed in plus what the reviewer names."""
    not_handed_in = [m for m in program.required_materials if m not in application.materials]
    missing = list(dict.fromkeys([*not_handed_in, *(m.strip() for m in body.missing_materials if m.strip())]))
    if not missing:
        raise Unprocessable(
            "A return for correction must name the missing materials", loc=["body", "missing_materials"]
        )
    application.materials = [m for m in application.materials if m not in missing]
    application.missing_materials = missing
    application.status = ApplicationStatus.returned
    return missing


async def _approve(
    session: AsyncSession,
    principal: Principal,
    application: BenefitApplication,
    program: BenefitProgram,
    level: ReviewLevel,
    body: ReviewBody,
    today: date,
) -> None:
    if level is ReviewLevel.community:
        missing = [m for m in program.required_materials if m not in application.materials]
        if missing:
            raise Unprocessable(
                f"Materials missing ({', '.join(missing)}): return the application for correction",
                loc=["body", "decision"],
                extra={"missing_materials": missing},
            )
    if level is ReviewLevel.street:
        await _check_notice_cleared(session, application, today)
    eligibility = await eligibility_for(session, principal, application, today)
    require_eligible(eligibility, "approved")
    if level is ReviewLevel.community:
        # The window is notice_days days counted from today; ends_on is its last day (inclusive).
        ends_on = today + timedelta(days=body.notice_days - 1)
        await post_on_notice(session, application, today, ends_on)
        application.status = ApplicationStatus.in_notice
        application.notice_ends_on = ends_on
    elif level is ReviewLevel.street:
        application.status = ApplicationStatus.street_approved
    else:
        # The application's row first (its version in the UPDATE's WHERE clause): of two approvals
        # at once the second waits here and is 409 concurrent-update, before enrolling anyone.
        application.status = ApplicationStatus.enrolled
        application.decided_at = on_day(today)
        await session.flush()
        await enrol_beneficiaries(
            session, principal, application, program, eligibility.beneficiary_ids, today
        )


async def _check_notice_cleared(session: AsyncSession, application: BenefitApplication, today: date) -> None:
    """The street may pass a case only after its notice window and with no open objection."""
    if application.notice_ends_on is None or today <= application.notice_ends_on:
        raise Conflict(
            f"The public notice window runs until {application.notice_ends_on} (inclusive); "
            "the street review can pass the case only after it ends",
            extra={
                "current_state": application.status.value,
                "notice_ends_on": str(application.notice_ends_on),
            },
        )
    open_objections = (
        await session.execute(
            select(func.count())
            .select_from(Objection)
            .where(Objection.application_id == application.id, Objection.status == ObjectionStatus.open)
        )
    ).scalar_one()
    if open_objections:
        raise Conflict(
            f"{open_objections} objection(s) to this case are open; resolve them first",
            extra={"current_state": application.status.value, "open_objections": open_objections},
        )
