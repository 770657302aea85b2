"""A household's second person in a per-person program joins the family's case (no second application).

Per-person programs (特别扶助 死亡/伤残, 农村部分计划生育家庭奖励扶助) pay each parent on their own.
When one parent was enrolled and the other becomes eligible later — in rural reward support the
wife who turns 60 months after her husband — the street adds that person to the family's existing
case (``POST /benefit-enrolments/{id}/other-parent``):

* the person's own day: the day given (``eligible_from``), else the day the rule makes them
  eligible (rural reward support: the 60th birthday), else today; never a day still to come;
* eligibility is checked for that person on that day (not before the family's case began) with the
  same rules as an application (``eligibility.evaluate``): the family must qualify and the person
  must be one the rule pays then, and not already enrolled;
* the enrolment starts on the first of that person's month and joins the case (same application,
  community, payer); months already past are back pay of the next batch (``arrears_from``);
* a lower program of the same exclusive group the person holds ends the month before; audited.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app import outbox
from app.authz import Principal
from app.errors import Conflict, Unprocessable
from app.models.benefits.benefit import BenefitProgram, EligibilityRule, ProgramBasis
from app.models.benefits.enrolment import Enrolment, EnrolmentSource, EnrolmentStatus
from app.models.core.family import Family
from app.models.core.resident import Resident
from app.services.benefits.eligibility import evaluate, load_facts
from app.services.benefits.eligibility_rural import RURAL_MIN_AGE
from app.services.benefits.enrolments import (
    audit_enrolment,
    end_lower_programs,
    enrolment_event,
    get_enrolment,
    scope_path,
)


def birthday(birth: date, years: int) -> date:
    """The day a person turns ``years`` (born on 29 February: 1 March in a common year)."""
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:
        return date(birth.year + years, 3, 1)


def own_eligibility_day(program: BenefitProgram, person: Resident, today: date) -> date:
    """The day the rule makes this person eligible on their own, where it says one; else today."""
    if EligibilityRule(program.rule) is EligibilityRule.rural_reward_support:
        return birthday(person.birth_date, RURAL_MIN_AGE)
    return today


async def enrol_other_parent(
    session: AsyncSession,
    principal: Principal,
    enrolment_id: int,
    *,
    eligible_from: date | None,
    note: str,
    today: date,
) -> Enrolment:
    case = await get_enrolment(session, principal, enrolment_id)
    program = await session.get(BenefitProgram, case.program_id)
    family = await session.get(Family, case.family_id)
    assert program is not None and family is not None
    if ProgramBasis(program.basis) is not ProgramBasis.per_person:
        raise Conflict(
            f"{program.code} is paid per family: the family is already enrolled",
            zh=f"{program.code}按户发放：该家庭已纳入",
        )
    other_id = next(
        (i for i in (family.wife_id, family.husband_id) if i is not None and i != case.beneficiary_id), None
    )
    person = await session.get(Resident, other_id) if other_id is not None else None
    if person is None:
        raise Unprocessable("The family record has no other parent", zh="家庭档案中没有另一方父母")
    facts = await load_facts(session, family)
    if any(pid == program.id and bid == person.id for pid, bid, *_ in facts.enrolments):
        raise Conflict(
            f"This person is already enrolled in {program.code}",
            zh=f"此人已纳入{program.code}",
            extra={"code": "not_already_enrolled", "beneficiary_id": person.id},
        )
    day = eligible_from or own_eligibility_day(program, person, today)
    if day > today:
        raise Unprocessable(
            f"Resident {person.id} becomes eligible on {day.isoformat()}; enrol them from that day on",
            zh=f"该居民自{day.isoformat()}起才符合条件，届时再纳入",
            loc=["body", "eligible_from"],
            extra={"eligible_from": day.isoformat()},
        )
    checked_on = max(day, case.starts_on)
    eligibility = evaluate(program, facts, checked_on)
    if not eligibility.eligible or person.id not in eligibility.beneficiary_ids:
        unmet = eligibility.unmet() or ["beneficiary"]
        raise Unprocessable(
            f"Resident {person.id} is not eligible for {program.code} on {checked_on.isoformat()} "
            f"({', '.join(unmet)})",
            zh=f"该居民{checked_on.isoformat()}不符合{program.code}条件（{'、'.join(unmet)}）",
            extra={
                "eligibility": {
                    "eligible": False,
                    "reference_date": checked_on.isoformat(),
                    "beneficiary_ids": eligibility.beneficiary_ids,
                    "criteria": [
                        {"code": c.code, "met": c.met, "detail": c.detail, "detail_zh": c.detail_zh}
                        for c in eligibility.criteria
                    ],
                }
            },
        )
    path = await scope_path(session, case.community_id)
    starts_on = max(day.replace(day=1), case.starts_on.replace(day=1))
    if program.exclusive_group is not None:
        await end_lower_programs(session, principal, program, person.id, starts_on, path)
    enrolment = Enrolment(
        program_id=program.id,
        application_id=case.application_id,
        family_id=family.id,
        beneficiary_id=person.id,
        community_id=case.community_id,
        unit_id=case.unit_id,
        street_id=case.street_id,
        payer_org_id=case.payer_org_id,
        amount_fen=program.amount_fen,
        status=EnrolmentStatus.active,
        starts_on=starts_on,
        # Months of their own already past are paid by the next batch (补发).
        arrears_from=starts_on if starts_on < today.replace(day=1) else None,
        source=EnrolmentSource.joined,
    )
    session.add(enrolment)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent request enrolled the person first
        raise Conflict(
            f"This person is already enrolled in {program.code}", zh=f"此人已纳入{program.code}"
        ) from exc
    detail = {
        "program": program.code,
        "beneficiary_id": person.id,
        "joined_enrolment_id": case.id,
        "application_id": case.application_id,
        "eligible_from": day.isoformat(),
        "checked_on": checked_on.isoformat(),
        "starts_on": starts_on.isoformat(),
        "criteria": {c.code: c.met for c in eligibility.criteria},
        "note": note,
    }
    await audit_enrolment(session, principal, enrolment, "created", detail, path=path)
    await outbox.emit(
        session, "benefit.enrolment_approved", enrolment_event(enrolment, program.code), scope_path=path
    )
    return enrolment
