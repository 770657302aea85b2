"""Going live with existing rolls (存量导入): enrolments approved in earlier years, imported as such.

The street or the district imports rows of (family, beneficiary, approval document number and
date, the month payments start, the last period the previous system paid). Each becomes an
enrolment with ``source = imported`` — no fresh notice and three-level review, the approval
document stands for it — and is paid from the period after ``paid_through``. Anyone already
enrolled in the program is skipped (never a second enrolment); a bad row refuses the whole import
(422 naming the row), so nothing is half-written. Every imported enrolment is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Forbidden, NotFound, Unprocessable
from app.models.benefits.benefit import ProgramPayer
from app.models.benefits.enrolment import Enrolment, EnrolmentSource, EnrolmentStatus
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident, ResidentStatus
from app.services.benefits.due import period_bounds
from app.services.benefits.programs import get_program
from app.services.core.families import get_family


@dataclass(frozen=True)
class ImportRow:
    family_id: int
    beneficiary_id: int
    approval_document_no: str
    approved_on: date
    starts_on: date
    paid_through: str | None


async def import_enrolments(
    session: AsyncSession, principal: Principal, program_id: int, rows: list[ImportRow], today: date
) -> tuple[list[Enrolment], list[dict[str, object]]]:
    """Create the imported enrolments; report who was skipped as already enrolled."""
    if principal.org_kind not in (OrgKind.street, OrgKind.district):
        raise Forbidden("Existing rolls are imported by the street or the district")
    program = await get_program(session, principal, program_id)
    current = set(
        (
            await session.execute(
                select(Enrolment.beneficiary_id).where(
                    Enrolment.program_id == program.id, Enrolment.status != EnrolmentStatus.ended
                )
            )
        )
        .scalars()
        .all()
    )
    created: list[Enrolment] = []
    skipped: list[dict[str, object]] = []
    for index, row in enumerate(rows):
        loc: list[str | int] = ["body", "rows", index]
        try:
            family = await get_family(session, principal, row.family_id)
        except NotFound as exc:
            raise Unprocessable(
                f"row {index}: family {row.family_id} not found in your area", loc=loc
            ) from exc
        if row.beneficiary_id not in (family.wife_id, family.husband_id):
            raise Unprocessable(
                f"row {index}: the beneficiary is not a parent of family {family.id}", loc=loc
            )
        if row.beneficiary_id in current:
            skipped.append(
                {
                    "row": index,
                    "beneficiary_id": row.beneficiary_id,
                    "reason": "already enrolled in the program",
                }
            )
            continue
        person = await session.get(Resident, row.beneficiary_id)
        if person is None or person.status is not ResidentStatus.active:
            raise Unprocessable(f"row {index}: the beneficiary is not an active resident", loc=loc)
        if row.approved_on > today or row.starts_on > today:
            raise Unprocessable(f"row {index}: approval and start lie in the future", loc=loc)
        due_from = row.starts_on.replace(day=1)
        if row.paid_through is not None:
            try:
                due_from = max(due_from, _after(period_bounds(program, row.paid_through)[1]))
            except Unprocessable as exc:
                raise Unprocessable(f"row {index}: {exc.detail}", loc=[*loc, "paid_through"]) from exc
        community = await session.get(Org, family.community_id)
        assert community is not None and community.parent_id is not None
        street = await session.get(Org, community.parent_id)
        assert street is not None
        payer = ProgramPayer(program.payer)
        payer_org_id = {
            ProgramPayer.district: street.parent_id,
            ProgramPayer.street: street.id,
            ProgramPayer.unit: person.employer_unit_id or street.id,
        }[payer]
        enrolment = Enrolment(
            program_id=program.id,
            application_id=None,
            family_id=family.id,
            beneficiary_id=person.id,
            community_id=family.community_id,
            unit_id=person.employer_unit_id if payer is ProgramPayer.unit else None,
            street_id=street.id,
            payer_org_id=payer_org_id,
            amount_fen=program.amount_fen,
            status=EnrolmentStatus.active,
            starts_on=row.starts_on,
            due_from=due_from,
            source=EnrolmentSource.imported,
            approval_document_no=row.approval_document_no,
            approved_on=row.approved_on,
        )
        session.add(enrolment)
        current.add(person.id)
        created.append(enrolment)
    await session.flush()
    for enrolment in created:
        community = await session.get(Org, enrolment.community_id)
        await audit.record(
            session,
            actor=principal,
            action="benefit_enrolment.imported",
            object_type="benefit_enrolment",
            object_id=enrolment.id,
            scope_path=community.path if community else principal.org_path,
            detail={
                "program": program.code,
                "approval_document_no": enrolment.approval_document_no,
                "approved_on": enrolment.approved_on.isoformat() if enrolment.approved_on else None,
                "due_from": enrolment.due_from.isoformat() if enrolment.due_from else None,
            },
        )
    return created, skipped


def _after(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)
