"""Yearly re-verification (年审) of enrolments.

The street opens a round for a year with a deadline; every active enrolment of its area gets a
check. The community confirms it (the beneficiary is alive, still resident, no new child) or
fails it with a reason, which suspends the enrolment. Closing the round after the deadline
suspends whatever is still unconfirmed. The round reports its progress.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.clock import now as clock_now
from app.db import utcnow
from app.errors import Conflict, Forbidden, NotFound, Unprocessable
from app.labels import ENUMS
from app.models.benefits.enrolment import (
    CheckStatus,
    Enrolment,
    EnrolmentStatus,
    ReverificationCheck,
    ReverificationRound,
    RoundStatus,
)
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident, ResidentStatus
from app.reasons import Reason
from app.services.benefits.enrolments import ENROLMENT_WORKFLOW, reason_text, set_status
from app.services.benefits.scope import check_scope, round_scope
from app.services.core.loading import one_or_404
from app.workflow import Workflow, step

ROUND_WORKFLOW = Workflow(
    "reverification_round",
    RoundStatus,
    [
        step(
            "record_check",
            [RoundStatus.open],
            RoundStatus.open,
            "reverification:check",
            "a check of the round is confirmed or failed while the round is open",
            zh="记录复核结果",
            en="Record a check",
        ),
        step(
            "close",
            [RoundStatus.open],
            RoundStatus.closed,
            "reverification:manage",
            "the street, after the deadline; every check still pending fails and suspends its enrolment",
            zh="关闭",
            en="Close",
        ),
    ],
)
C = CheckStatus
CHECK_WORKFLOW = Workflow(
    "reverification_check",
    CheckStatus,
    [
        step(
            "confirm",
            [C.pending],
            C.confirmed,
            "reverification:check",
            "alive, still resident, no new child; refused (422) while the records say otherwise",
            zh="确认",
            en="Confirm",
        ),
        step(
            "fail",
            [C.pending],
            C.failed,
            "reverification:check",
            "with a reason; an active enrolment is suspended",
            zh="认定不通过",
            en="Fail",
        ),
    ],
)


async def get_round(session: AsyncSession, principal: Principal, round_id: int) -> ReverificationRound:
    return await one_or_404(
        session,
        select(ReverificationRound).where(ReverificationRound.id == round_id, round_scope(principal)),
        "Re-verification round",
    )


async def progress(
    session: AsyncSession, principal: Principal, round_: ReverificationRound
) -> dict[str, int]:
    """Counts by check status, over the checks the caller may see."""
    rows = (
        await session.execute(
            select(ReverificationCheck.status, func.count())
            .where(
                ReverificationCheck.round_id == round_.id,
                check_scope(principal),
            )
            .group_by(ReverificationCheck.status)
        )
    ).all()
    counts = {s.value: 0 for s in CheckStatus}
    counts.update({str(status): n for status, n in rows})
    counts["total"] = sum(n for _, n in rows)
    return counts


async def open_round(
    session: AsyncSession, principal: Principal, *, year: int, deadline: date, today: date
) -> ReverificationRound:
    """The street opens the year's round: one pending check per active enrolment of its area."""
    if principal.org_kind is not OrgKind.street:
        raise Forbidden("A re-verification round is opened by a street")
    if deadline <= today:
        raise Unprocessable("The deadline must lie in the future", loc=["body", "deadline"])
    round_ = ReverificationRound(
        street_id=principal.org_id, year=year, deadline=deadline, status=RoundStatus.open
    )
    session.add(round_)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict(f"The street already has a re-verification round for {year}") from exc
    enrolments = (
        await session.execute(
            select(Enrolment.id, Enrolment.community_id, Enrolment.unit_id).where(
                Enrolment.street_id == principal.org_id, Enrolment.status == EnrolmentStatus.active
            )
        )
    ).all()
    session.add_all(
        [
            ReverificationCheck(
                round_id=round_.id,
                enrolment_id=e.id,
                community_id=e.community_id,
                unit_id=e.unit_id,
                status=CheckStatus.pending,
            )
            for e in enrolments
        ]
    )
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="reverification.opened",
        object_type="reverification_round",
        object_id=round_.id,
        scope_path=principal.org_path,
        detail={"year": year, "deadline": deadline.isoformat(), "checks": len(enrolments)},
    )
    return round_


async def what_the_system_knows(session: AsyncSession, enrolment_id: int) -> list[tuple[str, str]]:
    """Why a yearly check cannot be confirmed, from the records: death, move-out, a new child, a
    stop; each reason in English and zh-CN."""
    enrolment = await session.get(Enrolment, enrolment_id)
    if enrolment is None:
        return [("the enrolment no longer exists", "该享受对象记录已不存在")]
    reasons: list[tuple[str, str]] = []
    person = await session.get(Resident, enrolment.beneficiary_id)
    if person is not None and person.status is not ResidentStatus.active:
        when = person.status_date.isoformat() if person.status_date else "an unknown date"
        when_zh = person.status_date.isoformat() if person.status_date else "日期不详"
        label = ENUMS["resident_status"][person.status.value]["zh-CN"]
        reasons.append(
            (
                f"the beneficiary is recorded {person.status.value} on {when}",
                f"受益人于{when_zh}登记为{label}",
            )
        )
    if enrolment.needs_review:
        reasons.append(
            (
                f"flagged for review: {reason_text(enrolment, 'review', 'en')}",
                f"已标记待核实：{reason_text(enrolment, 'review', 'zh-CN')}",
            )
        )
    if enrolment.status is not EnrolmentStatus.active:
        label = ENUMS["benefit_enrolment_status"][enrolment.status.value]["zh-CN"]
        reasons.append(
            (
                f"the enrolment is {enrolment.status.value}: {reason_text(enrolment, 'status', 'en')}",
                f"享受状态为{label}：{reason_text(enrolment, 'status', 'zh-CN')}",
            )
        )
    return reasons


async def record_check(
    session: AsyncSession,
    principal: Principal,
    round_id: int,
    check_id: int,
    *,
    confirmed: bool,
    reason: str,
) -> ReverificationCheck:
    """Confirm (alive, still resident, no new child) or fail with a reason; a failure suspends."""
    round_ = await get_round(session, principal, round_id)
    check = (
        await session.execute(
            select(ReverificationCheck).where(
                ReverificationCheck.id == check_id,
                ReverificationCheck.round_id == round_.id,
                check_scope(principal),
            )
        )
    ).scalar_one_or_none()
    if check is None:
        raise NotFound("Re-verification check not found")
    ROUND_WORKFLOW.begin(round_.status, "record_check")
    outcome = CheckStatus(CHECK_WORKFLOW.advance(check.status, "confirm" if confirmed else "fail"))
    if not confirmed and not reason:
        raise Unprocessable("A failed check needs a reason", loc=["body", "reason"])
    if confirmed:
        blockers = await what_the_system_knows(session, check.enrolment_id)
        if blockers:
            refused = Unprocessable(
                "This check cannot be confirmed: " + "; ".join(en for en, _ in blockers),
                zh="该复核不能确认：" + "；".join(zh for _, zh in blockers),
                loc=["body", "outcome"],
                extra={"reasons": [en for en, _ in blockers]},
            )
            refused.extra_zh = {**(refused.extra_zh or {}), "reasons": [zh for _, zh in blockers]}
            raise refused
    check.status = outcome
    check.reason = reason or None
    check.checked_by = principal.username
    check.checked_at = clock_now()
    await session.flush()
    community = await session.get(Org, check.community_id)
    await audit.record(
        session,
        actor=principal,
        action=f"reverification.check_{check.status.value}",
        object_type="benefit_enrolment",
        object_id=check.enrolment_id,
        scope_path=community.path if community else principal.org_path,
        detail={"round_id": round_.id, "reason": reason},
    )
    if not confirmed:
        enrolment = await session.get(Enrolment, check.enrolment_id)
        if enrolment is not None and enrolment.status is EnrolmentStatus.active:
            target = EnrolmentStatus(ENROLMENT_WORKFLOW.advance(enrolment.status, "reverification_fail"))
            failed = Reason("reverification_failed", {"year": round_.year, "note": reason})
            await set_status(session, principal, enrolment, target, failed)
    return check


async def close_round(
    session: AsyncSession, principal: Principal, round_id: int, today: date
) -> ReverificationRound:
    """After the deadline, suspend every enrolment still unconfirmed and close the round."""
    round_ = await get_round(session, principal, round_id)
    if principal.org_kind is OrgKind.community or principal.org_kind is OrgKind.unit:
        raise Forbidden("The street closes a re-verification round")
    closed = RoundStatus(ROUND_WORKFLOW.advance(round_.status, "close"))
    if today <= round_.deadline:
        raise Conflict(
            f"The round's deadline is {round_.deadline}; it can be closed after that",
            extra={"current_state": round_.status.value},
        )
    pending = (
        (
            await session.execute(
                select(ReverificationCheck).where(
                    ReverificationCheck.round_id == round_.id,
                    ReverificationCheck.status == CheckStatus.pending,
                )
            )
        )
        .scalars()
        .all()
    )
    for check in pending:
        check.status = CheckStatus.failed
        unconfirmed = Reason("not_confirmed_by_deadline")
        check.reason, check.reason_code, check.reason_params = unconfirmed.en, unconfirmed.code, {}
        check.checked_by = "system"
        check.checked_at = clock_now()
        enrolment = await session.get(Enrolment, check.enrolment_id)
        if enrolment is not None and enrolment.status is EnrolmentStatus.active:
            target = EnrolmentStatus(ENROLMENT_WORKFLOW.advance(enrolment.status, "reverification_fail"))
            late = {"year": round_.year, "deadline": round_.deadline.isoformat()}
            await set_status(
                session, principal, enrolment, target, Reason("reverification_not_confirmed", late)
            )
    round_.status = closed
    round_.closed_at = utcnow()
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="reverification.closed",
        object_type="reverification_round",
        object_id=round_.id,
        scope_path=principal.org_path,
        detail={"suspended": len(pending)},
    )
    return round_
