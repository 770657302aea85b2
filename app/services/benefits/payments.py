"""Payment batches (发放批次): generated per program, period, street and payer; approved; paid.

* A batch for a period (``2019-06`` monthly, ``2019`` annual, ``once`` one-off) holds one line per
  enrolment active in that period, not flagged for review, and not yet paid for that period.
* An enrolment is never paid twice for the same period: ``payment_lines`` has a UNIQUE
  (enrolment_id, period) constraint, so a second or concurrent generation cannot add a line.
* The street approves every batch; a district-paid program's batch is then approved by the
  district. An approved batch is marked paid by the payer.
"""

from __future__ import annotations

import calendar
import csv
import io
import re
from datetime import date

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, in_subtree
from app.config import Settings
from app.db import utcnow
from app.errors import Conflict, Forbidden, InvalidTransition, Unprocessable
from app.models.benefits.benefit import BenefitProgram, ProgramPayer, ProgramPeriod
from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from app.models.benefits.payment import BatchStatus, PaymentBatch, PaymentLine
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident
from app.pagination import fetch_page
from app.security import pii_cipher
from app.services.benefits.programs import get_program
from app.services.core.loading import check_version, one_or_404


def batch_scope(principal: Principal) -> ColumnElement[bool]:
    """The street (and district above it) sees its batches; a unit the batches it pays."""
    street_path = select(Org.path).where(Org.id == PaymentBatch.street_id).scalar_subquery()
    if principal.org_kind is OrgKind.unit:
        return PaymentBatch.payer_org_id == principal.org_id
    return in_subtree(street_path, principal)


def period_bounds(program: BenefitProgram, period: str) -> tuple[date, date]:
    """The first and last day a period covers; the period's form follows the program's."""
    kind = ProgramPeriod(program.period)
    if kind is ProgramPeriod.monthly and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", period):
        year, month = int(period[:4]), int(period[5:])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if kind is ProgramPeriod.annual and re.fullmatch(r"\d{4}", period):
        return date(int(period), 1, 1), date(int(period), 12, 31)
    if kind is ProgramPeriod.one_off and period == "once":
        return date(1900, 1, 1), date(9999, 12, 31)
    expected = {"monthly": "YYYY-MM", "annual": "YYYY", "one_off": "once"}[kind.value]
    raise Unprocessable(f"The period of a {kind.value} program is written {expected}", loc=["body", "period"])


async def get_batch(session: AsyncSession, principal: Principal, batch_id: int) -> PaymentBatch:
    return await one_or_404(
        session,
        select(PaymentBatch).where(PaymentBatch.id == batch_id, batch_scope(principal)),
        "Payment batch",
    )


async def list_batches(
    session: AsyncSession,
    principal: Principal,
    *,
    program_id: int | None,
    period: str | None,
    status: BatchStatus | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[PaymentBatch], str | None]:
    stmt = select(PaymentBatch).where(batch_scope(principal))
    if program_id is not None:
        stmt = stmt.where(PaymentBatch.program_id == program_id)
    if period is not None:
        stmt = stmt.where(PaymentBatch.period == period)
    if status is not None:
        stmt = stmt.where(PaymentBatch.status == status)
    return await fetch_page(
        session, stmt, id_column=PaymentBatch.id, limit=limit, cursor=cursor, descending=True
    )


async def _street_and_payer(
    session: AsyncSession,
    principal: Principal,
    program: BenefitProgram,
    street_id: int | None,
    payer_org_id: int | None,
) -> tuple[Org, int]:
    if principal.org_kind is OrgKind.unit:
        unit = await session.get(Org, principal.org_id)
        assert unit is not None and unit.parent_id is not None
        street = await session.get(Org, unit.parent_id)
        assert street is not None
        return street, unit.id
    if principal.org_kind is OrgKind.street:
        street = await session.get(Org, principal.org_id)
    else:
        if street_id is None:
            raise Unprocessable(
                "street_id is required when the district generates a batch", loc=["body", "street_id"]
            )
        street = await session.get(Org, street_id)
    if street is None or street.kind is not OrgKind.street or not street.path.startswith(principal.org_path):
        raise Unprocessable("street_id must be a street of your area", loc=["body", "street_id"])
    if payer_org_id is None:
        payer = ProgramPayer(program.payer)
        payer_org_id = street.parent_id if payer is ProgramPayer.district else street.id
    payer_org = await session.get(Org, payer_org_id)
    if payer_org is None or not (
        street.path.startswith(payer_org.path) or payer_org.path.startswith(street.path)
    ):
        raise Unprocessable(
            "payer_org_id must be the street, one of its units or the district", loc=["body", "payer_org_id"]
        )
    return street, payer_org.id


async def generate_batch(
    session: AsyncSession,
    principal: Principal,
    *,
    program_id: int,
    period: str,
    street_id: int | None,
    payer_org_id: int | None,
) -> PaymentBatch:
    """Build the batch from the enrolments due for the period that no batch has paid yet.

    The batch row is written first, so on SQLite a concurrent generation waits for this one's
    commit before it reads; on PostgreSQL the UNIQUE (enrolment_id, period) constraint makes the
    later of two concurrent generations fail (409) instead of paying anyone twice.
    """
    program = await get_program(session, principal, program_id)
    if principal.org_kind is OrgKind.unit and ProgramPayer(program.payer) is not ProgramPayer.unit:
        raise Forbidden("A unit generates batches only for the programs it pays (the one-child award)")
    first_day, last_day = period_bounds(program, period)
    street, payer_id = await _street_and_payer(session, principal, program, street_id, payer_org_id)
    batch = PaymentBatch(
        program_id=program.id,
        period=period,
        street_id=street.id,
        payer_org_id=payer_id,
        status=BatchStatus.generated,
        generated_by=principal.username,
    )
    session.add(batch)
    await session.flush()
    already_paid = exists(
        select(PaymentLine.id).where(PaymentLine.enrolment_id == Enrolment.id, PaymentLine.period == period)
    )
    due = (
        await session.execute(
            select(Enrolment.id, Enrolment.beneficiary_id, Enrolment.community_id, Enrolment.amount_fen)
            .where(
                Enrolment.program_id == program.id,
                Enrolment.street_id == street.id,
                Enrolment.payer_org_id == payer_id,
                Enrolment.status == EnrolmentStatus.active,
                Enrolment.needs_review.is_(False),
                Enrolment.starts_on <= last_day,
                or_(Enrolment.ends_on.is_(None), Enrolment.ends_on >= first_day),
                ~already_paid,
            )
            .order_by(Enrolment.id)
        )
    ).all()
    if not due:
        raise Conflict(
            f"Every enrolment due for {period} is already in a batch; nothing to pay",
            extra={"period": period},
        )
    session.add_all(
        [
            PaymentLine(
                batch_id=batch.id,
                enrolment_id=e.id,
                period=period,
                beneficiary_id=e.beneficiary_id,
                community_id=e.community_id,
                amount_fen=e.amount_fen,
            )
            for e in due
        ]
    )
    batch.line_count = len(due)
    batch.total_fen = sum(e.amount_fen for e in due)
    try:
        await session.flush()
    except IntegrityError as exc:
        raise Conflict(
            f"Another generation for {period} paid these enrolments first; nothing to pay",
            extra={"period": period},
        ) from exc
    await audit.record(
        session,
        actor=principal,
        action="payment_batch.generated",
        object_type="payment_batch",
        object_id=batch.id,
        scope_path=street.path,
        detail={
            "program": program.code,
            "period": period,
            "lines": batch.line_count,
            "total_fen": batch.total_fen,
        },
    )
    return batch


async def approve_batch(
    session: AsyncSession, principal: Principal, batch_id: int, expected_version: int | None
) -> PaymentBatch:
    """The street approves; a district-paid program's batch then needs the district's approval."""
    batch = await get_batch(session, principal, batch_id)
    check_version(batch, expected_version)
    program = await session.get(BenefitProgram, batch.program_id)
    assert program is not None
    if batch.status is BatchStatus.generated:
        if not principal.can("payments:approve:street"):
            raise Forbidden("The street approves a batch first ('payments:approve:street')")
        batch.street_approved_by = principal.username
        district_paid = ProgramPayer(program.payer) is ProgramPayer.district
        batch.status = BatchStatus.street_approved if district_paid else BatchStatus.approved
    elif batch.status is BatchStatus.street_approved:
        if not principal.can("payments:approve:district"):
            raise Forbidden(
                "A district-paid batch needs the district's approval ('payments:approve:district')"
            )
        batch.district_approved_by = principal.username
        batch.status = BatchStatus.approved
    else:
        raise InvalidTransition(batch.status.value, "approve")
    await session.flush()
    await _audit(session, principal, batch, "payment_batch.approved", {"status": batch.status.value})
    return batch


async def mark_paid(
    session: AsyncSession, principal: Principal, batch_id: int, expected_version: int | None
) -> PaymentBatch:
    """The payer records that the bank paid an approved batch."""
    batch = await get_batch(session, principal, batch_id)
    check_version(batch, expected_version)
    if batch.status is not BatchStatus.approved:
        raise InvalidTransition(batch.status.value, "mark paid")
    payer = await session.get(Org, batch.payer_org_id)
    # The payer itself or an org above it (its path is a prefix of the payer's); never one below.
    if payer is None or not payer.path.startswith(principal.org_path):
        raise Forbidden("Only the payer (or an org above it) marks a batch paid")
    batch.status = BatchStatus.paid
    batch.paid_by = principal.username
    batch.paid_at = utcnow()
    await session.flush()
    await _audit(session, principal, batch, "payment_batch.paid", {"total_fen": batch.total_fen})
    return batch


async def _audit(
    session: AsyncSession, principal: Principal, batch: PaymentBatch, action: str, detail: dict[str, object]
) -> None:
    street = await session.get(Org, batch.street_id)
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="payment_batch",
        object_id=batch.id,
        scope_path=street.path if street else principal.org_path,
        detail=detail,
    )


async def batch_totals(
    session: AsyncSession, principal: Principal, *, period: str | None, program_id: int | None
) -> list[dict[str, object]]:
    """Totals per program and community over the batches the caller may see."""
    stmt = (
        select(
            PaymentBatch.program_id,
            PaymentBatch.period,
            PaymentLine.community_id,
            func.count(PaymentLine.id),
            func.sum(PaymentLine.amount_fen),
        )
        .join(PaymentLine, PaymentLine.batch_id == PaymentBatch.id)
        .where(batch_scope(principal))
        .group_by(PaymentBatch.program_id, PaymentBatch.period, PaymentLine.community_id)
        .order_by(PaymentBatch.program_id, PaymentBatch.period, PaymentLine.community_id)
    )
    if period is not None:
        stmt = stmt.where(PaymentBatch.period == period)
    if program_id is not None:
        stmt = stmt.where(PaymentBatch.program_id == program_id)
    return [
        {
            "program_id": r[0],
            "period": r[1],
            "community_id": r[2],
            "beneficiaries": r[3],
            "amount_fen": int(r[4] or 0),
        }
        for r in (await session.execute(stmt)).all()
    ]


async def community_totals(session: AsyncSession, batch: PaymentBatch) -> list[dict[str, object]]:
    rows = (
        await session.execute(
            select(PaymentLine.community_id, func.count(PaymentLine.id), func.sum(PaymentLine.amount_fen))
            .where(PaymentLine.batch_id == batch.id)
            .group_by(PaymentLine.community_id)
            .order_by(PaymentLine.community_id)
        )
    ).all()
    return [{"community_id": r[0], "beneficiaries": r[1], "amount_fen": int(r[2] or 0)} for r in rows]


async def export_csv(
    session: AsyncSession, settings: Settings, principal: Principal, batch_id: int
) -> tuple[PaymentBatch, str]:
    """The paying bank's file: one row per line. Full ID numbers need 'pii:read' and are audited."""
    batch = await get_batch(session, principal, batch_id)
    reveal = principal.can("pii:read")
    rows = (
        await session.execute(
            select(
                PaymentLine.id,
                Resident.name,
                Resident.id_number_enc,
                Resident.id_number_masked,
                Org.name,
                PaymentLine.period,
                PaymentLine.amount_fen,
            )
            .join(Resident, Resident.id == PaymentLine.beneficiary_id)
            .join(Org, Org.id == PaymentLine.community_id)
            .where(PaymentLine.batch_id == batch.id)
            .order_by(PaymentLine.id)
        )
    ).all()
    cipher = pii_cipher(settings)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["line_id", "name", "id_number", "community", "period", "amount_fen", "amount_yuan"])
    for line_id, name, enc, masked, community, period, amount in rows:
        writer.writerow(
            [
                line_id,
                name,
                cipher.decrypt(enc) if reveal else masked,
                community,
                period,
                amount,
                f"{amount // 100}.{amount % 100:02d}",
            ]
        )
    await _audit(
        session,
        principal,
        batch,
        "payment_batch.exported",
        {"lines": len(rows), "id_numbers": "full" if reveal else "masked"},
    )
    return batch, out.getvalue()
