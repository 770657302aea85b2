"""The bank side of payments: beneficiaries' accounts (encrypted, masked, reveals audited) and the
bank's answer per line (paid, or returned with a reason: a returned line is due again next batch)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.config import Settings
from app.db import utcnow
from app.errors import Forbidden, NotFound, Unprocessable
from app.models.benefits.bank import BankAccount
from app.models.benefits.payment import LineStatus, PaymentBatch, PaymentLine
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.schemas.benefits.benefit_ops import BankAnswer
from app.security import pii_cipher
from app.services.benefits import money_authority
from app.services.benefits.payments import PAYMENT_BATCH_WORKFLOW, audit_batch, get_batch
from app.services.core.residents import get_resident


def mask_account(number: str) -> str:
    """``6222********1234``: the bank's prefix and the last four stay."""
    return number[:4] + "*" * max(len(number) - 8, 0) + number[-4:] if len(number) > 8 else "*" * len(number)


async def _path(session: AsyncSession, resident: Resident) -> str:
    org = await session.get(Org, resident.community_id)
    return org.path if org else "/"


async def set_account(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    resident_id: int,
    bank_name: str,
    number: str,
) -> BankAccount:
    """Record (or replace) the account a beneficiary is paid into; the number is stored encrypted."""
    resident = await get_resident(session, principal, resident_id)
    if not number.isdigit() or not 12 <= len(number) <= 30:
        raise Unprocessable("account_number must be 12 to 30 digits", loc=["body", "account_number"])
    account = (
        await session.execute(select(BankAccount).where(BankAccount.resident_id == resident.id))
    ).scalar_one_or_none()
    if account is None:
        account = BankAccount(resident_id=resident.id)
        session.add(account)
    account.bank_name = bank_name
    account.account_enc = pii_cipher(settings).encrypt(number)
    account.account_masked = mask_account(number)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="bank_account.set",
        object_type="resident",
        object_id=resident.id,
        scope_path=await _path(session, resident),
        detail={"bank_name": bank_name, "account": account.account_masked},
    )
    return account


async def read_account(
    session: AsyncSession, settings: Settings, principal: Principal, resident_id: int, *, reveal: bool
) -> tuple[BankAccount, str]:
    """The account, masked; in full only for 'pii:read' holders who ask, and every reveal is audited."""
    resident = await get_resident(session, principal, resident_id)
    account = (
        await session.execute(select(BankAccount).where(BankAccount.resident_id == resident.id))
    ).scalar_one_or_none()
    if account is None:
        raise NotFound("No bank account on record for this resident")
    if not reveal:
        return account, account.account_masked
    if not principal.can("pii:read"):
        raise Forbidden("Revealing an account number needs 'pii:read'")
    await audit.record(
        session,
        actor=principal,
        action="bank_account.revealed",
        object_type="resident",
        object_id=resident.id,
        scope_path=await _path(session, resident),
        detail={},
    )
    return account, pii_cipher(settings).decrypt(account.account_enc)


async def record_bank_answers(
    session: AsyncSession, principal: Principal, batch_id: int, lines: Sequence[BankAnswer]
) -> PaymentBatch:
    """The bank's answer per line of a paid batch: ``paid``, or ``returned`` with the bank's reason.

    A returned line stops counting as a payment (the one-payment index no longer holds it), so the
    next batch of the program pays that period again.
    """
    batch = await get_batch(session, principal, batch_id)
    PAYMENT_BATCH_WORKFLOW.check(batch, "record_bank_answers")
    await money_authority.check(
        session,
        principal,
        "record_bank_answers",
        street_id=batch.street_id,
        payer_org_id=batch.payer_org_id,
    )
    by_id = {
        line.id: line
        for line in (
            await session.execute(select(PaymentLine).where(PaymentLine.batch_id == batch.id))
        ).scalars()
    }
    recorded: list[dict[str, object]] = []
    for index, answer in enumerate(lines):
        line_id, result, reason = answer.line_id, answer.result, answer.reason
        line = by_id.get(line_id)
        if line is None or line.status not in (LineStatus.paid, LineStatus.returned):
            raise Unprocessable(
                f"line {line_id} is not a paid line of this batch", loc=["body", "lines", index]
            )
        if result == "returned":
            if not reason:
                raise Unprocessable("a returned line needs the bank's reason", loc=["body", "lines", index])
            if line.status is LineStatus.paid:
                batch.line_count -= 1
                batch.total_fen -= line.amount_fen
            line.status = LineStatus.returned
            line.reason = reason
        elif line.status is LineStatus.returned:
            raise Unprocessable(f"line {line_id} was already returned", loc=["body", "lines", index])
        line.answered_at = utcnow()
        recorded.append({"line_id": line_id, "result": result, "reason": reason})
    await session.flush()
    await audit_batch(session, principal, batch, "payment_batch.bank_answered", {"lines": recorded})
    return batch
