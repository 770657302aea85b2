"""年审 reminders by text message: each beneficiary whose re-verification check is still pending
in an open round is reminded once per round, through core's one door (consent, quiet hours and
limits are core's: app/services/core/messages.py). The worker runs it as a scheduled job."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.benefits.benefit import BenefitProgram
from app.models.benefits.enrolment import (
    CheckStatus,
    Enrolment,
    ReverificationCheck,
    ReverificationRound,
    RoundStatus,
)
from app.models.core.messaging import MessagePurpose, SmsConsent
from app.models.core.resident import Resident
from app.services.core.messages import notify


async def remind_reverification(session: AsyncSession, today: date) -> int:
    """Queue the reminders not queued before; how many were queued."""
    rows = (
        await session.execute(
            select(ReverificationRound, ReverificationCheck.id, Enrolment.beneficiary_id, BenefitProgram.name)
            .join(ReverificationCheck, ReverificationCheck.round_id == ReverificationRound.id)
            .join(Enrolment, Enrolment.id == ReverificationCheck.enrolment_id)
            .join(BenefitProgram, BenefitProgram.id == Enrolment.program_id)
            .join(SmsConsent, SmsConsent.resident_id == Enrolment.beneficiary_id)
            .where(
                ReverificationRound.status == RoundStatus.open,
                ReverificationRound.deadline >= today,
                ReverificationCheck.status == CheckStatus.pending,
                SmsConsent.revoked_on.is_(None),
            )
            .order_by(ReverificationCheck.id)
        )
    ).all()
    queued = 0
    for round_, check_id, resident_id, program in rows:
        resident = await session.get(Resident, resident_id)
        message = await notify(
            session,
            resident_id=resident_id,
            purpose=MessagePurpose.reverification_due,
            variables={
                "name": resident.name if resident else "",
                "program": program,
                "deadline": f"{round_.deadline.year}年{round_.deadline.month}月{round_.deadline.day}日",
            },
            reference=f"reverification_check:{check_id}",
            dedupe_key=f"reverification:{round_.id}:{check_id}",
        )
        queued += message is not None
    return queued
