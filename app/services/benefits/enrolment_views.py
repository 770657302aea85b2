"""Enrolment list rows with the names a list screen shows (one query each per page)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.benefits.benefit import BenefitProgram
from app.models.benefits.enrolment import Enrolment
from app.schemas.benefits.benefit_ops import EnrolmentRead
from app.services.core import display


async def to_reads(session: AsyncSession, enrolments: Sequence[Enrolment]) -> list[EnrolmentRead]:
    people = await display.resident_names(session, [e.beneficiary_id for e in enrolments])
    orgs = await display.org_names(session, [e.community_id for e in enrolments])
    programs = dict(
        (
            await session.execute(
                select(BenefitProgram.id, BenefitProgram.name).where(
                    BenefitProgram.id.in_(sorted({e.program_id for e in enrolments}))
                )
            )
        )
        .tuples()
        .all()
    )
    rows = []
    for enrolment in enrolments:
        row = EnrolmentRead.model_validate(enrolment)
        row.beneficiary_name = people.get(enrolment.beneficiary_id)
        row.program_name = programs.get(enrolment.program_id)
        row.community_name = orgs.get(enrolment.community_id)
        rows.append(row)
    return rows
