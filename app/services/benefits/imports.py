"""Going live with existing rolls (存量导入): enrolments approved in earlier years, imported as such.

The street or the district imports rows of (family, beneficiary, approval document number and
date, the month payments start, the last period the previous system paid). Each becomes an
enrolment with ``source = imported`` — no fresh notice and three-level review, the approval
document stands for it — and is paid from the period after ``paid_through``. Anyone already
enrolled in the program is skipped (never a second enrolment); imports of one program run one at a
time, so the same rows sent twice at once enrol once and the second import skips them.

Every row passes the checks an application passes (``eligibility.evaluate``, the same rules), on
the first day this system pays it (``due_from``, not later than today): the family qualifies, for a
per-person program the person is one the rule pays, and the person holds no current enrolment in
another program of the same exclusive group (特别扶助 死亡 / 伤残 exclude each other). A street may
override those three refusals for a row with a reason (``override_reason``): the row is imported,
a lower program of the group ends the month before it is first due here, and the override is
audited. Errors in a row (family not in the area, not a parent, …) are never overridden. If any row
is refused the whole import is refused (422) with every refused row and its reason in zh-CN and
English, and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Forbidden, NotFound, Unprocessable
from app.labels import ENUMS
from app.models.benefits.benefit import BenefitProgram, ProgramBasis, ProgramPayer
from app.models.benefits.enrolment import Enrolment, EnrolmentSource, EnrolmentStatus
from app.models.benefits.labels import OVERRIDABLE_REFUSALS, ImportRefusal
from app.models.core.family import Family
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident, ResidentStatus
from app.services.benefits.due import period_bounds
from app.services.benefits.eligibility import evaluate, load_facts
from app.services.benefits.enrolments import end_lower_programs
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
    override_reason: str | None = None


@dataclass
class Refusal:
    code: ImportRefusal
    reason: str
    reason_zh: str
    criteria: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self, row: int, beneficiary_id: int) -> dict[str, Any]:
        return {
            "row": row,
            "beneficiary_id": beneficiary_id,
            "code": self.code.value,
            "overridable": self.code in OVERRIDABLE_REFUSALS,
            "reason": self.reason,
            "reason_zh": self.reason_zh,
            "criteria": self.criteria,
        }


def _zh(code: str) -> str:
    return ENUMS.get("eligibility_criterion", {}).get(code, {}).get("zh-CN", code)


async def import_enrolments(
    session: AsyncSession, principal: Principal, program_id: int, rows: list[ImportRow], today: date
) -> tuple[list[Enrolment], list[dict[str, object]], list[dict[str, object]]]:
    """Create the imported enrolments; report who was skipped as already enrolled and which rows
    were imported by override. Any refused row refuses the whole import (422, every row named)."""
    if principal.org_kind not in (OrgKind.street, OrgKind.district):
        raise Forbidden("Existing rolls are imported by the street or the district")
    program = await get_program(session, principal, program_id)
    await _one_import_at_a_time(session, program)
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
    group_codes = {
        pid: code
        for pid, code in (
            await session.execute(
                select(BenefitProgram.id, BenefitProgram.code).where(
                    BenefitProgram.exclusive_group == program.exclusive_group
                )
            )
        ).all()
    }
    created: list[Enrolment] = []
    skipped: list[dict[str, object]] = []
    overridden: list[dict[str, object]] = []
    refused: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        if row.beneficiary_id in current:
            skipped.append(
                {
                    "row": index,
                    "beneficiary_id": row.beneficiary_id,
                    "reason": "already enrolled in the program",
                }
            )
            continue
        hard, family, person, due_from = await _row_facts(session, principal, program, row, today)
        if hard is not None:
            refused.append(hard.as_dict(index, row.beneficiary_id))
            continue
        assert family is not None and person is not None and due_from is not None
        soft = await _rule_refusals(session, program, group_codes, family, person, min(due_from, today))
        if soft and not row.override_reason:
            refused.extend(r.as_dict(index, row.beneficiary_id) for r in soft)
            continue
        enrolment = await _enrol(session, program, family, person, row, due_from)
        current.add(person.id)
        created.append(enrolment)
        if soft:
            overridden.append(
                {
                    "row": index,
                    "beneficiary_id": person.id,
                    "codes": [r.code.value for r in soft],
                    "reasons": [r.reason for r in soft],
                    "override_reason": row.override_reason,
                    "enrolment": enrolment,
                }
            )
    if refused:
        raise Unprocessable(
            f"{len({r['row'] for r in refused})} row(s) refused; nothing was imported",
            zh=f"{len({r['row'] for r in refused})}行未通过审核，本次导入未写入任何数据",
            extra={
                "errors": [
                    {"loc": ["body", "rows", r["row"]], "msg": r["reason"], "type": r["code"]}
                    for r in refused
                ],
                "refused": refused,
            },
        )
    await session.flush()
    for item in overridden:
        await _apply_override(session, principal, program, item)
    for enrolment in created:
        await _audit_import(session, principal, program, enrolment)
    return created, skipped, [{k: v for k, v in o.items() if k != "enrolment"} for o in overridden]


async def _one_import_at_a_time(session: AsyncSession, program: BenefitProgram) -> None:
    """Imports of one program's rolls run one after the other: a write on the program row that
    changes nothing takes its row lock, so an import that arrives while another runs waits and then
    sees its enrolments (skipped), rather than enrolling the same people or refusing them as
    ineligible halfway through."""
    await session.execute(
        update(BenefitProgram)
        .where(BenefitProgram.id == program.id)
        .values(updated_at=BenefitProgram.updated_at)
        .execution_options(synchronize_session=False)
    )


async def _row_facts(
    session: AsyncSession, principal: Principal, program: BenefitProgram, row: ImportRow, today: date
) -> tuple[Refusal | None, Family | None, Resident | None, date | None]:
    """The row's family, person and first day paid here, or the error in the row."""
    try:
        family = await get_family(session, principal, row.family_id)
    except NotFound:
        return (
            Refusal(
                ImportRefusal.family_not_found,
                f"family {row.family_id} not found in your area",
                f"家庭{row.family_id}不存在或不在管辖范围内",
            ),
            None,
            None,
            None,
        )
    if row.beneficiary_id not in (family.wife_id, family.husband_id):
        return (
            Refusal(
                ImportRefusal.not_a_parent,
                f"the beneficiary is not a parent of family {family.id}",
                f"发放对象不是家庭{family.id}的父母",
            ),
            None,
            None,
            None,
        )
    person = await session.get(Resident, row.beneficiary_id)
    if person is None or person.status is not ResidentStatus.active:
        return (
            Refusal(
                ImportRefusal.not_active_resident,
                "the beneficiary is not an active resident",
                "发放对象不是在册常住居民",
            ),
            None,
            None,
            None,
        )
    if row.approved_on > today or row.starts_on > today:
        return (
            Refusal(
                ImportRefusal.in_future, "approval and start lie in the future", "批准或起始日期晚于今天"
            ),
            None,
            None,
            None,
        )
    due_from = row.starts_on.replace(day=1)
    if row.paid_through is not None:
        try:
            due_from = max(due_from, _after(period_bounds(program, row.paid_through)[1]))
        except Unprocessable as exc:
            return (
                Refusal(ImportRefusal.bad_paid_through, exc.detail, f"已发至期间格式错误：{exc.detail}"),
                None,
                None,
                None,
            )
    return None, family, person, due_from


async def _rule_refusals(
    session: AsyncSession,
    program: BenefitProgram,
    group_codes: dict[int, str],
    family: Family,
    person: Resident,
    on: date,
) -> list[Refusal]:
    """The application's checks for this row on the day: eligibility, the person, the group."""
    facts = await load_facts(session, family)
    eligibility = evaluate(program, facts, on)
    criteria = [
        {"code": c.code, "met": c.met, "detail": c.detail, "detail_zh": c.detail_zh}
        for c in eligibility.criteria
    ]
    out: list[Refusal] = []
    unmet = eligibility.unmet()
    if unmet:
        out.append(
            Refusal(
                ImportRefusal.ineligible,
                f"not eligible for {program.code} on {on.isoformat()}: {', '.join(unmet)}",
                f"{on.isoformat()}不符合{program.name}条件：{'、'.join(_zh(c) for c in unmet)}",
                criteria,
            )
        )
    elif (
        ProgramBasis(program.basis) is ProgramBasis.per_person
        and person.id not in eligibility.beneficiary_ids
    ):
        out.append(
            Refusal(
                ImportRefusal.person_not_eligible,
                f"resident {person.id} is not one the rule of {program.code} pays on {on.isoformat()}",
                f"该居民{on.isoformat()}不是{program.name}规定的发放对象",
                criteria,
            )
        )
    if program.exclusive_group is not None:
        others = sorted(
            group_codes.get(pid, str(pid))
            for pid, bid, _amount, group in facts.enrolments
            if bid == person.id and pid != program.id and group == program.exclusive_group
        )
        if others:
            out.append(
                Refusal(
                    ImportRefusal.exclusive_group,
                    f"already enrolled in {', '.join(others)} of the group {program.exclusive_group}: "
                    "the programs exclude each other",
                    f"已纳入同组互斥项目（{'、'.join(others)}），不能同时享受",
                )
            )
    return out


async def _enrol(
    session: AsyncSession,
    program: BenefitProgram,
    family: Family,
    person: Resident,
    row: ImportRow,
    due_from: date,
) -> Enrolment:
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
    return enrolment


async def _apply_override(
    session: AsyncSession, principal: Principal, program: BenefitProgram, item: dict[str, Any]
) -> None:
    """An overridden row: audited with the street's reason; a lower program of the group ends the
    month before the imported one is first due here, as an application's enrolment would end it."""
    enrolment: Enrolment = item["enrolment"]
    community = await session.get(Org, enrolment.community_id)
    path = community.path if community else principal.org_path
    if program.exclusive_group is not None and enrolment.due_from is not None:
        first = enrolment.due_from.replace(day=1)
        await end_lower_programs(
            session,
            principal,
            program,
            enrolment.beneficiary_id,
            first,
            path,
            override=str(item["override_reason"]),
        )
    await audit.record(
        session,
        actor=principal,
        action="benefit_enrolment.import_overridden",
        object_type="benefit_enrolment",
        object_id=enrolment.id,
        scope_path=path,
        detail={
            "program": program.code,
            "row": item["row"],
            "beneficiary_id": enrolment.beneficiary_id,
            "override_reason": item["override_reason"],
            "overridden": item["codes"],
            "reasons": item["reasons"],
        },
    )


async def _audit_import(
    session: AsyncSession, principal: Principal, program: BenefitProgram, enrolment: Enrolment
) -> None:
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


def _after(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)
