"""What a batch adds up to: totals per community and program, and the paying bank's CSV file."""

from __future__ import annotations

import io
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.config import Settings
from app.models.benefits.bank import BankAccount
from app.models.benefits.payment import HOLDING_LINE_STATUSES, PaymentBatch, PaymentLine
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.security import pii_cipher
from app.services.benefits.payments import audit_batch, get_batch
from app.services.benefits.scope import batch_scope
from app.spreadsheet_cells import csv_writer


async def batch_totals(
    session: AsyncSession, principal: Principal, *, period: str | None, program_id: int | None
) -> list[dict[str, object]]:
    """Totals per program, period paid for and community over the batches the caller may see.

    Only lines that pay (in a batch or paid) count; dropped and returned lines do not.
    """
    stmt = (
        select(
            PaymentLine.program_id,
            PaymentLine.period,
            PaymentLine.community_id,
            func.count(PaymentLine.id),
            func.sum(PaymentLine.amount_fen),
        )
        .join(PaymentBatch, PaymentLine.batch_id == PaymentBatch.id)
        .where(batch_scope(principal), PaymentLine.status.in_(HOLDING_LINE_STATUSES))
        .group_by(PaymentLine.program_id, PaymentLine.period, PaymentLine.community_id)
        .order_by(PaymentLine.program_id, PaymentLine.period, PaymentLine.community_id)
    )
    if period is not None:
        stmt = stmt.where(PaymentLine.period == period)
    if program_id is not None:
        stmt = stmt.where(PaymentLine.program_id == program_id)
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
            .where(PaymentLine.batch_id == batch.id, PaymentLine.status.in_(HOLDING_LINE_STATUSES))
            .group_by(PaymentLine.community_id)
            .order_by(PaymentLine.community_id)
        )
    ).all()
    return [{"community_id": r[0], "beneficiaries": r[1], "amount_fen": int(r[2] or 0)} for r in rows]


async def export_csv(
    session: AsyncSession, settings: Settings, principal: Principal, batch_id: int
) -> tuple[PaymentBatch, str]:
    """The paying bank's file: one row per line to pay, with the beneficiary's bank account.

    Full ID and account numbers need 'pii:read' and the export is audited either way.
    """
    batch = await get_batch(session, principal, batch_id)
    reveal = principal.can("pii:read")
    rows = (
        await session.execute(
            select(
                PaymentLine.id,
                Resident.name,
                Resident.id_number_enc,
                Resident.id_number_masked,
                BankAccount.bank_name,
                BankAccount.account_enc,
                BankAccount.account_masked,
                Org.name,
                PaymentLine.period,
                PaymentLine.amount_fen,
            )
            .join(Resident, Resident.id == PaymentLine.beneficiary_id)
            .join(Org, Org.id == PaymentLine.community_id)
            .outerjoin(BankAccount, BankAccount.resident_id == PaymentLine.beneficiary_id)
            .where(PaymentLine.batch_id == batch.id, PaymentLine.status.in_(HOLDING_LINE_STATUSES))
            .order_by(PaymentLine.id)
        )
    ).all()
    cipher = pii_cipher(settings)
    out = io.StringIO()
    writer = csv_writer(out)  # names, banks, communities are neutralised (app/spreadsheet_cells.py)
    writer.writerow(
        [
            "line_id",
            "name",
            "id_number",
            "bank",
            "account",
            "community",
            "period",
            "amount_fen",
            "amount_yuan",
        ]
    )
    for line_id, name, enc, masked, bank, account_enc, account_masked, community, period, amount in rows:
        account = (cipher.decrypt(account_enc) if reveal else account_masked) if account_enc else ""
        writer.writerow(
            [
                line_id,
                name,
                cipher.decrypt(enc) if reveal else masked,
                bank or "",
                account,
                community,
                period,
                amount,
                Decimal(amount).scaleb(-2),  # a number: 450.00, -1.50
            ]
        )
    await audit_batch(
        session,
        principal,
        batch,
        "payment_batch.exported",
        {"lines": len(rows), "id_numbers": "full" if reveal else "masked"},
    )
    return batch, out.getvalue()
