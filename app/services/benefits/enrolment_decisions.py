"""The street's and community's decisions on a stopped or flagged enrolment (恢复发放, 复核确认).

* Resume (street): a suspended enrolment pays again from this month, only while the beneficiary
  is alive and living in the street. With back pay (补发), the months missed while eligible — from
  the month of the stop to last month, less what was paid — become lines of the next batch.
* Clearing a review flag is a decision on record: who, when, why; the enrolment's status stays
  (a stop by a life event stays stopped unless the street resumes it).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.errors import Unprocessable
from app.models.benefits.enrolment import Enrolment
from app.models.core.resident import Resident, ResidentStatus
from app.services.benefits.enrolments import ENROLMENT_WORKFLOW, audit_enrolment, get_enrolment, set_reason


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


async def resume_enrolment(
    session: AsyncSession,
    principal: Principal,
    enrolment_id: int,
    *,
    reason: str,
    back_pay: bool,
    today: date,
    expected_version: int | None,
) -> Enrolment:
    """Resume payments of a suspended enrolment; back pay of missed months if the street decides so."""
    enrolment = await get_enrolment(session, principal, enrolment_id)
    target = ENROLMENT_WORKFLOW.move(enrolment, "resume", expected_version)
    person = await session.get(Resident, enrolment.beneficiary_id)
    if person is None or person.status is not ResidentStatus.active:
        state = person.status.value if person else "unknown"
        raise Unprocessable(
            f"The beneficiary is {state}: a stop for a death or move-out cannot be resumed", loc=["body"]
        )
    stopped = enrolment.stopped_on
    arrears_from = None
    if back_pay:
        if stopped is None:
            raise Unprocessable(
                "No stop date on record: the months missed are not known, resume without back pay",
                loc=["body", "back_pay"],
            )
        # From the month of the stop (still due, perhaps never paid); months already paid are skipped.
        start = max(stopped.replace(day=1), enrolment.starts_on.replace(day=1))
        arrears_from = start if start < today.replace(day=1) else None
    if not back_pay and stopped is not None:
        # The months after the stop up to last month stay unpaid: the decision is on record.
        gap_from = _next_month(stopped)
        gap_to = today.replace(day=1) - timedelta(days=1)
        if gap_from <= gap_to:
            enrolment.unpaid_ranges = [*enrolment.unpaid_ranges, [gap_from.isoformat(), gap_to.isoformat()]]
    enrolment.status = target
    set_reason(enrolment, "status", reason)
    enrolment.needs_review = False
    set_reason(enrolment, "review", None)
    enrolment.stopped_on = None
    enrolment.arrears_from = arrears_from
    await session.flush()
    await audit_enrolment(
        session,
        principal,
        enrolment,
        "resumed",
        {
            "reason": reason,
            "back_pay": back_pay,
            "back_pay_from": arrears_from.isoformat() if arrears_from else None,
            "stopped_on": stopped.isoformat() if stopped else None,
        },
    )
    return enrolment


async def clear_review(
    session: AsyncSession,
    principal: Principal,
    enrolment_id: int,
    *,
    reason: str,
    expected_version: int | None,
) -> Enrolment:
    """Record the decision on a flagged enrolment (the community's task to confirm) and clear the flag."""
    enrolment = await get_enrolment(session, principal, enrolment_id)
    ENROLMENT_WORKFLOW.check(enrolment, "clear_review", expected_version)
    if not enrolment.needs_review:
        raise Unprocessable("This enrolment is not flagged for review", loc=["path", "enrolment_id"])
    flagged_for = enrolment.review_reason
    enrolment.needs_review = False
    set_reason(enrolment, "review", None)
    await session.flush()
    detail = {"decision": reason, "flagged_for": flagged_for, "status": enrolment.status.value}
    await audit_enrolment(session, principal, enrolment, "review_cleared", detail)
    return enrolment
