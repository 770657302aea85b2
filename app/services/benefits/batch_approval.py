"""Approving and paying a batch: each step re-checks every line against what the system knows now.

A line whose beneficiary died or moved out before its period, whose enrolment was suspended or
flagged, or that is no longer due for any other reason (``due.py``) is dropped with that reason and
not paid; the batch's totals follow.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.db import utcnow
from app.models.benefits.benefit import BenefitProgram, ProgramPayer
from app.models.benefits.enrolment import Enrolment
from app.models.benefits.payment import BatchStatus, LineStatus, PaymentBatch, PaymentLine
from app.models.core.resident import Resident
from app.services.benefits import money_authority
from app.services.benefits.due import Beneficiary, not_due_reason, period_bounds
from app.services.benefits.payments import PAYMENT_BATCH_WORKFLOW, audit_batch, get_batch


async def _authority(session: AsyncSession, principal: Principal, action: str, batch: PaymentBatch) -> None:
    await money_authority.check(
        session, principal, action, street_id=batch.street_id, payer_org_id=batch.payer_org_id
    )


async def recheck_lines(
    session: AsyncSession, batch: PaymentBatch, program: BenefitProgram
) -> list[dict[str, object]]:
    """Re-validate every included line; a line no longer due is dropped with its reason, not paid."""
    rows = (
        await session.execute(
            select(PaymentLine, Enrolment, Resident.status, Resident.status_date)
            .join(Enrolment, Enrolment.id == PaymentLine.enrolment_id)
            .join(Resident, Resident.id == PaymentLine.beneficiary_id)
            .where(PaymentLine.batch_id == batch.id, PaymentLine.status == LineStatus.included)
            .order_by(PaymentLine.id)
        )
    ).all()
    dropped: list[dict[str, object]] = []
    kept_total, kept = 0, 0
    for line, enrolment, status, status_date in rows:
        first, last = period_bounds(program, line.period)
        reason = not_due_reason(enrolment, Beneficiary(status, status_date), first, last)
        if reason is None:
            kept += 1
            kept_total += line.amount_fen
            continue
        line.status = LineStatus.dropped
        line.reason, line.reason_code, line.reason_params = reason.en, reason.code, dict(reason.params)
        dropped.append(
            {
                "line_id": line.id,
                "beneficiary_id": line.beneficiary_id,
                "period": line.period,
                "reason": reason.en,
                "reason_code": reason.code,
            }
        )
    batch.line_count = kept
    batch.total_fen = kept_total
    await session.flush()
    return dropped


async def approve_batch(
    session: AsyncSession, principal: Principal, batch_id: int, expected_version: int | None
) -> PaymentBatch:
    """The street approves; a district-paid program's batch then needs the district's approval."""
    batch = await get_batch(session, principal, batch_id)
    name = "district_approve" if batch.status is BatchStatus.street_approved else "street_approve"
    PAYMENT_BATCH_WORKFLOW.check(batch, name, expected_version)
    await _authority(session, principal, name, batch)
    program = await session.get(BenefitProgram, batch.program_id)
    assert program is not None
    if name == "street_approve":
        batch.street_approved_by = principal.username
        district_paid = ProgramPayer(program.payer) is ProgramPayer.district
        batch.status = BatchStatus.street_approved if district_paid else BatchStatus.approved
    else:
        batch.district_approved_by = principal.username
        batch.status = PAYMENT_BATCH_WORKFLOW.move(batch, name)
    dropped = await recheck_lines(session, batch, program)
    await audit_batch(
        session,
        principal,
        batch,
        "payment_batch.approved",
        {"status": batch.status.value, "dropped": dropped},
    )
    return batch


async def mark_paid(
    session: AsyncSession, principal: Principal, batch_id: int, expected_version: int | None
) -> PaymentBatch:
    """The payer records that the bank paid an approved batch; lines no longer due are dropped first."""
    batch = await get_batch(session, principal, batch_id)
    target = PAYMENT_BATCH_WORKFLOW.move(batch, "mark_paid", expected_version)
    await _authority(session, principal, "mark_paid", batch)
    program = await session.get(BenefitProgram, batch.program_id)
    assert program is not None
    dropped = await recheck_lines(session, batch, program)
    lines = (
        (
            await session.execute(
                select(PaymentLine).where(
                    PaymentLine.batch_id == batch.id, PaymentLine.status == LineStatus.included
                )
            )
        )
        .scalars()
        .all()
    )
    for line in lines:
        line.status = LineStatus.paid
    batch.status = target
    batch.paid_by = principal.username
    batch.paid_at = utcnow()
    await session.flush()
    await audit_batch(
        session, principal, batch, "payment_batch.paid", {"total_fen": batch.total_fen, "dropped": dropped}
    )
    return batch
