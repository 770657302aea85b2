"""Enrolments (享受对象): who is paid under which program, from district approval until ended.

* One current enrolment per beneficiary and program (a partial unique index backs it).
* A person eligible for two support programs of the same group gets the higher one: enrolling
  in the higher program ends the lower one; the eligibility check refuses the lower one.
* Life events (death, move-out, a new child) suspend enrolments (``life_events.py``).
* Suspend and end need a reason; an ended enrolment is final. The street resumes a suspended
  enrolment, with back pay of the months missed while eligible when it so decides; clearing a
  review flag is a recorded decision. The steps are the table ``ENROLMENT_WORKFLOW``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit, outbox
from app.authz import Principal
from app.errors import Conflict
from app.models.benefits.benefit import BenefitApplication, BenefitProgram, EligibilityRule
from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from app.models.core.family import Child
from app.models.core.org import Org
from app.reasons import Reason, render
from app.services.benefits.scope import enrolment_scope
from app.services.core.loading import one_or_404
from app.workflow import Workflow, step

E = EnrolmentStatus

ENROLMENT_WORKFLOW = Workflow(
    "benefit_enrolment",
    EnrolmentStatus,
    [
        step(
            "suspend",
            [E.active],
            E.suspended,
            "enrolments:manage",
            "with a reason; the month of the suspension is still due",
            zh="暂停发放",
            en="Suspend",
        ),
        step(
            "life_event",
            [E.active, E.suspended],
            E.suspended,
            "residents:write",
            "a recorded death, move-out or new child; from the next month; the community confirms",
            zh="生命事件停发",
            en="Stopped by a life event",
        ),
        step(
            "reverification_fail",
            [E.active],
            E.suspended,
            "reverification:check",
            "a failed or unconfirmed yearly check",
            zh="年审未通过",
            en="Failed re-verification",
        ),
        step(
            "resume",
            [E.suspended],
            E.active,
            "enrolments:manage",
            "the beneficiary is alive and resident; back pay of the months missed if the street so decides",
            zh="恢复发放",
            en="Resume",
        ),
        step(
            "clear_review",
            [E.active, E.suspended],
            None,
            "reverification:check",
            "a recorded decision with a reason; the status stays",
            zh="确认复核",
            en="Clear the review flag",
        ),
        step(
            "end",
            [E.active, E.suspended],
            E.ended,
            "enrolments:manage",
            "with a reason; final",
            zh="终止",
            en="End",
        ),
    ],
)


async def get_enrolment(session: AsyncSession, principal: Principal, enrolment_id: int) -> Enrolment:
    return await one_or_404(
        session,
        select(Enrolment).where(Enrolment.id == enrolment_id, enrolment_scope(principal)),
        "Enrolment",
    )


def street_of(path: str) -> int:
    ids = [int(p) for p in path.strip("/").split("/") if p]
    return ids[1] if len(ids) > 1 else ids[0]


async def scope_path(session: AsyncSession, community_id: int) -> str:
    org = await session.get(Org, community_id)
    return org.path if org else "/"


async def audit_enrolment(
    session: AsyncSession,
    principal: Principal | None,
    enrolment: Enrolment,
    event: str,
    detail: dict[str, Any],
    *,
    path: str | None = None,
    actor_username: str | None = None,
) -> None:
    """The audit record of an enrolment's step: ``benefit_enrolment.<event>`` in its community."""
    await audit.record(
        session,
        actor=principal,
        actor_username=actor_username,
        action=f"benefit_enrolment.{event}",
        object_type="benefit_enrolment",
        object_id=enrolment.id,
        scope_path=path or await scope_path(session, enrolment.community_id),
        detail=detail,
    )


async def enrol_beneficiaries(
    session: AsyncSession,
    principal: Principal,
    application: BenefitApplication,
    program: BenefitProgram,
    beneficiary_ids: list[int],
    today: date,
) -> list[Enrolment]:
    """District approval enrols each beneficiary from the first of this month.

    The one-child award ends the day before the child turns 18. Lower programs of the same group
    that a beneficiary is paid are ended: a person gets the higher one, not both.
    """
    path = await scope_path(session, application.community_id)
    starts_on = today.replace(day=1)
    ends_on = None
    if EligibilityRule(program.rule) is EligibilityRule.one_child_award:
        child = (
            (
                await session.execute(
                    select(Child).where(Child.family_id == application.family_id).order_by(Child.birth_order)
                )
            )
            .scalars()
            .first()
        )
        if child is not None:
            try:
                eighteen = child.birth_date.replace(year=child.birth_date.year + 18)
            except ValueError:
                eighteen = date(child.birth_date.year + 18, 3, 1)
            ends_on = eighteen - timedelta(days=1)
    created: list[Enrolment] = []
    for beneficiary_id in beneficiary_ids:
        if program.exclusive_group is not None:
            await end_lower_programs(session, principal, program, beneficiary_id, starts_on, path)
        enrolment = Enrolment(
            program_id=program.id,
            application_id=application.id,
            family_id=application.family_id,
            beneficiary_id=beneficiary_id,
            community_id=application.community_id,
            unit_id=application.unit_id,
            street_id=street_of(path),
            payer_org_id=application.payer_org_id,
            amount_fen=program.amount_fen,
            status=EnrolmentStatus.active,
            starts_on=starts_on,
            ends_on=ends_on,
        )
        session.add(enrolment)
        created.append(enrolment)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict("A beneficiary already holds a current enrolment in this program") from exc
    for enrolment in created:
        detail = {
            "application_id": application.id,
            "program": program.code,
            "beneficiary_id": enrolment.beneficiary_id,
        }
        await audit_enrolment(session, principal, enrolment, "created", detail, path=path)
        await outbox.emit(
            session, "benefit.enrolment_approved", enrolment_event(enrolment, program.code), scope_path=path
        )
    return created


async def end_lower_programs(
    session: AsyncSession,
    principal: Principal,
    program: BenefitProgram,
    beneficiary_id: int,
    starts_on: date,
    path: str,
    *,
    override: str | None = None,
) -> None:
    """A person gets the higher program of a group: the lower ones end the day before it starts
    (``override``: the reason an import gave for overriding the older record)."""
    lower = (
        (
            await session.execute(
                select(Enrolment)
                .join(BenefitProgram, BenefitProgram.id == Enrolment.program_id)
                .where(
                    Enrolment.beneficiary_id == beneficiary_id,
                    Enrolment.status != EnrolmentStatus.ended,
                    BenefitProgram.exclusive_group == program.exclusive_group,
                    Enrolment.program_id != program.id,
                    Enrolment.amount_fen < program.amount_fen,
                )
            )
        )
        .scalars()
        .all()
    )
    for enrolment in lower:
        enrolment.status = EnrolmentStatus.ended
        # The higher program pays from its first month: the lower one up to the month before.
        enrolment.ends_on = starts_on - timedelta(days=1)
        set_reason(
            enrolment,
            "status",
            Reason(
                "replaced_by_higher_program_on_import",
                {"program": program.code, "program_name": program.name, "note": override},
            )
            if override
            else Reason(
                "replaced_by_higher_program", {"program": program.code, "program_name": program.name}
            ),
        )
        await session.flush()
        await audit_enrolment(
            session, principal, enrolment, "ended", {"reason": enrolment.status_reason}, path=path
        )


STOP_DAY = {"suspend": "stopped_on", "end": "ends_on"}


def set_reason(enrolment: Enrolment, which: str, reason: str | Reason | None) -> None:
    """``status`` or ``review`` reason: a code the system writes (rendered in the reader's language,
    its English kept in the text column), or what a person typed, or none."""
    text: str | None = reason.en if isinstance(reason, Reason) else reason
    code = reason.code if isinstance(reason, Reason) else None
    params = dict(reason.params) if isinstance(reason, Reason) else None
    setattr(enrolment, f"{which}_reason", text)
    setattr(enrolment, f"{which}_reason_code", code)
    setattr(enrolment, f"{which}_reason_params", params)


def reason_text(enrolment: Enrolment, which: str, language: str) -> str:
    """The ``status`` or ``review`` reason of an enrolment in ``language`` ("" when none)."""
    code = getattr(enrolment, f"{which}_reason_code")
    if code is not None:
        return render(code, getattr(enrolment, f"{which}_reason_params"), language)
    return getattr(enrolment, f"{which}_reason") or ""


async def stop_enrolment(
    session: AsyncSession,
    principal: Principal,
    enrolment_id: int,
    reason: str,
    today: date,
    expected_version: int | None,
    *,
    step_name: str,
) -> Enrolment:
    """Suspend (停发: stop payments for now; only an active enrolment) or end (终止: for good; an
    ended enrolment stays ended), with a reason; the step's day (``STOP_DAY``) is today."""
    enrolment = await get_enrolment(session, principal, enrolment_id)
    target = ENROLMENT_WORKFLOW.move(enrolment, step_name, expected_version)
    setattr(enrolment, STOP_DAY[step_name], today)
    await set_status(session, principal, enrolment, target, reason)
    return enrolment


async def set_status(
    session: AsyncSession,
    principal: Principal | None,
    enrolment: Enrolment,
    status: EnrolmentStatus,
    reason: str | Reason,
    *,
    actor_username: str | None = None,
) -> None:
    enrolment.status = status
    set_reason(enrolment, "status", reason)
    await session.flush()
    await audit_enrolment(
        session,
        principal,
        enrolment,
        status.value,
        {"reason": enrolment.status_reason},
        actor_username=actor_username,
    )
    if status is EnrolmentStatus.suspended:
        await outbox.emit(
            session,
            "benefit.enrolment_suspended",
            {
                **enrolment_event(enrolment, None),
                # The district's systems read Chinese: the reason in zh-CN (as typed when a person
                # wrote it), its English for a log, the code and its parameters for a program.
                "reason": reason_text(enrolment, "status", "zh-CN"),
                "reason_en": enrolment.status_reason,
                "reason_code": enrolment.status_reason_code,
                "reason_params": enrolment.status_reason_params,
            },
            scope_path=await scope_path(session, enrolment.community_id),
        )


def enrolment_event(enrolment: Enrolment, program_code: str | None) -> dict[str, object]:
    return {
        "enrolment_id": enrolment.id,
        "program_id": enrolment.program_id,
        "program": program_code,
        "beneficiary_id": enrolment.beneficiary_id,
        "family_id": enrolment.family_id,
        "community_id": enrolment.community_id,
        "status": enrolment.status.value,
    }
