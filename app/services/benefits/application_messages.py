"""Text messages about benefit applications, through core's one door (app/services/core/messages.py):
the outcome a review decides (enrolled; rejected with the reason; returned, with the number of
materials missing: the programs name them by code only, the one-time notification letter lists them).

The applicant is the family's wife, else the husband; core sends only to a resident who consented
to text messages and has a phone on record.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.models.benefits.benefit import ApplicationStatus, BenefitApplication, BenefitProgram
from app.models.core.family import Family
from app.models.core.messaging import MessagePurpose
from app.models.core.resident import Resident
from app.services.core.messages import notify

OUTCOMES = {
    ApplicationStatus.enrolled: "审核通过，已纳入",
    ApplicationStatus.rejected: "未通过",
    ApplicationStatus.returned: "退回补正",
}


async def tell_outcome(
    session: AsyncSession,
    application: BenefitApplication,
    program: BenefitProgram,
    comment: str | None,
    missing: list[str],
) -> None:
    """Text the outcome when the review decided one (a step inside the review tells nothing)."""
    outcome = OUTCOMES.get(application.status)
    if outcome is None:
        return
    family = await session.get(Family, application.family_id)
    resident_id = (family.wife_id or family.husband_id) if family else None
    resident = await session.get(Resident, resident_id) if resident_id else None
    if resident is None:
        return
    if missing:
        # programs name their materials by code only: the count here, the list on the letter
        note = f"需补正材料{len(missing)}项，请到所在社区领取一次性告知书。"
    elif comment and application.status is ApplicationStatus.rejected:
        note = f"原因：{comment}。"
    else:
        note = ""
    await notify(
        session,
        resident_id=resident.id,
        purpose=MessagePurpose.application_outcome,
        variables={"name": resident.name, "program": program.name, "outcome": outcome, "note": note},
        reference=f"benefit_application:{application.id}",
    )
