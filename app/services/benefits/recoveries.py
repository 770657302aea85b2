"""Overpayment recovery (追回): months paid that a fact recorded later says were not due.

* **Found** when a life event that ends the entitlement (a death, a move out, a move to another
  street, a new child) is recorded after months following the event's month were paid: each such
  paid line (regular or difference) becomes a line of the enrolment's open recovery, with its period
  and amount, judged at the event's date (the month of the event is still due). A line still only
  ``included`` in an unpaid batch for such a month is dropped with the reason instead (the batch's
  totals follow); nothing is recovered for it.
* **Settled** by recorded refunds (amount, date, reference; the payer or an org above it, holding
  ``payments:pay``): partial refunds keep it open until the total is covered; or by a write-off
  decision (a reason is required; ``recoveries:write-off``, the payer or an org above it: the
  street or district, never a unit). Who may do either is ``money_authority.py``'s table.
  Every step is audited; a community officer settles nothing.
* Scope: the case's community and employer unit (``authz.case_scope``), as for enrolments.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.clock import local_today
from app.errors import Unprocessable
from app.models.benefits.benefit import BenefitProgram
from app.models.benefits.enrolment import Enrolment
from app.models.benefits.payment import LineStatus, PaymentBatch, PaymentLine
from app.models.benefits.recovery import (
    Recovery,
    RecoveryLine,
    RecoverySettlement,
    RecoveryStatus,
    SettlementKind,
)
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.reasons import Reason
from app.services.benefits import money_authority
from app.services.benefits.due import Beneficiary, not_due_reason, period_bounds
from app.services.benefits.payments import audit_batch
from app.services.benefits.scope import recovery_scope
from app.services.core.loading import one_or_404
from app.workflow import Workflow, step

R = RecoveryStatus

RECOVERY_WORKFLOW = Workflow(
    "benefit_recovery",
    RecoveryStatus,
    [
        step(
            "refund",
            [R.open],
            None,
            money_authority.permission("refund"),
            "the payer (or an org above it) records money returned: amount, date, reference; "
            "refunded once the total is covered, open until then",
            zh="登记退款",
            en="Record a refund",
        ),
        step(
            "write_off",
            [R.open],
            R.written_off,
            money_authority.permission("write_off"),
            "a decision with its reason by the street or district over the payer: the outstanding "
            "amount is not asked back",
            zh="核销",
            en="Write off",
        ),
    ],
)


async def get_recovery(session: AsyncSession, principal: Principal, recovery_id: int) -> Recovery:
    return await one_or_404(
        session, select(Recovery).where(Recovery.id == recovery_id, recovery_scope(principal)), "Recovery"
    )


def outstanding_fen(recovery: Recovery) -> int:
    return recovery.total_fen - recovery.refunded_fen - recovery.written_off_fen


async def _scope_path(session: AsyncSession, recovery: Recovery) -> str:
    org = await session.get(Org, recovery.community_id)
    return org.path if org else "/"


async def recover_after_event(
    session: AsyncSession, principal: Principal | None, enrolment: Enrolment, on: date, reason: Reason
) -> Recovery | None:
    """Lines of ``enrolment`` for periods after the event's: paid → recovered, included → dropped."""
    program = await session.get(BenefitProgram, enrolment.program_id)
    assert program is not None
    lines = (
        (
            await session.execute(
                select(PaymentLine)
                .where(
                    PaymentLine.enrolment_id == enrolment.id,
                    PaymentLine.status.in_((LineStatus.paid, LineStatus.included)),
                    PaymentLine.id.not_in(select(RecoveryLine.payment_line_id)),
                )
                .order_by(PaymentLine.period, PaymentLine.id)
            )
        )
        .scalars()
        .all()
    )
    after = [line for line in lines if period_bounds(program, line.period)[0] > on]
    person = await session.get(Resident, enrolment.beneficiary_id)
    assert person is not None
    facts = Beneficiary(person.status, person.status_date)
    included = [x for x in after if x.status is LineStatus.included]
    for line in included:
        # The words the re-check at approval would use (due.py), else the event's.
        why = not_due_reason(enrolment, facts, *period_bounds(program, line.period)) or reason
        line.reason, line.reason_code, line.reason_params = why.en, why.code, dict(why.params)
    await _drop_included(session, principal, included)
    paid = [line for line in after if line.status is LineStatus.paid]
    if not paid:
        return None
    recovery = (
        await session.execute(
            select(Recovery).where(Recovery.enrolment_id == enrolment.id, Recovery.status == R.open)
        )
    ).scalar_one_or_none()
    if recovery is None:
        recovery = Recovery(
            enrolment_id=enrolment.id,
            program_id=enrolment.program_id,
            beneficiary_id=enrolment.beneficiary_id,
            community_id=enrolment.community_id,
            unit_id=enrolment.unit_id,
            street_id=enrolment.street_id,
            payer_org_id=enrolment.payer_org_id,
            event_date=on,
            reason=reason.en,
            reason_code=reason.code,
            reason_params=dict(reason.params),
            found_on=local_today(),
            total_fen=0,
            refunded_fen=0,
            written_off_fen=0,
            status=R.open,
        )
        session.add(recovery)
        await session.flush()
    for line in paid:
        session.add(
            RecoveryLine(
                recovery_id=recovery.id,
                payment_line_id=line.id,
                period=line.period,
                amount_fen=line.amount_fen,
            )
        )
    recovery.total_fen += sum(line.amount_fen for line in paid)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="benefit_recovery.found",
        object_type="benefit_recovery",
        object_id=recovery.id,
        scope_path=await _scope_path(session, recovery),
        detail={
            "enrolment_id": enrolment.id,
            "event_date": on.isoformat(),
            "reason": reason.en,
            "reason_code": reason.code,
            "lines": [{"period": x.period, "amount_fen": x.amount_fen, "line_id": x.id} for x in paid],
            "total_fen": recovery.total_fen,
        },
    )
    return recovery


async def _drop_included(
    session: AsyncSession, principal: Principal | None, lines: list[PaymentLine]
) -> None:
    """Lines not yet paid for months after the event leave their batch with the reason."""
    by_batch: dict[int, list[PaymentLine]] = {}
    for line in lines:
        by_batch.setdefault(line.batch_id, []).append(line)
    for batch_id, dropped in by_batch.items():
        batch = await session.get(PaymentBatch, batch_id)
        assert batch is not None
        for line in dropped:
            line.status = LineStatus.dropped
            batch.line_count -= 1
            batch.total_fen -= line.amount_fen
        await session.flush()
        if principal is not None:
            detail = [{"line_id": x.id, "period": x.period, "reason": x.reason} for x in dropped]
            await audit_batch(session, principal, batch, "payment_batch.lines_dropped", {"dropped": detail})


async def _authority(session: AsyncSession, principal: Principal, recovery: Recovery, action: str) -> None:
    await money_authority.check(
        session, principal, action, street_id=recovery.street_id, payer_org_id=recovery.payer_org_id
    )


async def record_refund(
    session: AsyncSession,
    principal: Principal,
    recovery_id: int,
    *,
    amount_fen: int,
    refunded_on: date,
    reference: str,
    today: date,
    expected_version: int | None,
) -> Recovery:
    """Money returned: the recovery stays open until refunds cover its total."""
    recovery = await get_recovery(session, principal, recovery_id)
    RECOVERY_WORKFLOW.check(recovery, "refund", expected_version)
    await _authority(session, principal, recovery, "refund")
    owed = outstanding_fen(recovery)
    if amount_fen > owed:
        raise Unprocessable(
            f"{amount_fen} fen is more than the {owed} fen still owed",
            loc=["body", "amount_fen"],
            zh=f"退款金额 {amount_fen} 分超过尚欠的 {owed} 分",
        )
    if refunded_on > today:
        raise Unprocessable(
            f"refunded_on {refunded_on.isoformat()} is after today ({today.isoformat()})",
            loc=["body", "refunded_on"],
            zh="退款日期不能晚于今天",
        )
    session.add(
        RecoverySettlement(
            recovery_id=recovery.id,
            kind=SettlementKind.refund,
            amount_fen=amount_fen,
            settled_on=refunded_on,
            reference=reference,
            recorded_by=principal.username,
        )
    )
    recovery.refunded_fen += amount_fen
    if outstanding_fen(recovery) == 0:
        recovery.status = R.refunded
        recovery.closed_on = refunded_on
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="benefit_recovery.refunded",
        object_type="benefit_recovery",
        object_id=recovery.id,
        scope_path=await _scope_path(session, recovery),
        detail={
            "amount_fen": amount_fen,
            "refunded_on": refunded_on.isoformat(),
            "reference": reference,
            "outstanding_fen": outstanding_fen(recovery),
            "status": recovery.status.value,
        },
    )
    return recovery


async def write_off(
    session: AsyncSession,
    principal: Principal,
    recovery_id: int,
    *,
    reason: str,
    today: date,
    expected_version: int | None,
) -> Recovery:
    """A recorded decision not to ask back what is still owed (e.g. no estate, hardship)."""
    recovery = await get_recovery(session, principal, recovery_id)
    target = RECOVERY_WORKFLOW.move(recovery, "write_off", expected_version)
    await _authority(session, principal, recovery, "write_off")
    if not reason.strip():
        raise Unprocessable("A write-off needs its reason", loc=["body", "reason"], zh="核销须写明理由")
    amount = outstanding_fen(recovery)
    session.add(
        RecoverySettlement(
            recovery_id=recovery.id,
            kind=SettlementKind.write_off,
            amount_fen=amount,
            settled_on=today,
            reason=reason,
            recorded_by=principal.username,
        )
    )
    recovery.written_off_fen += amount
    recovery.status = target
    recovery.closed_on = today
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="benefit_recovery.written_off",
        object_type="benefit_recovery",
        object_id=recovery.id,
        scope_path=await _scope_path(session, recovery),
        detail={"amount_fen": amount, "reason": reason, "decided_on": today.isoformat()},
    )
    return recovery
