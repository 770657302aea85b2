"""Eligibility (资格审核) computed from the family record, never typed in.

Every criterion is answered met / not met with the reason, so a worker can explain a refusal:

* 独生子女父母奖励 (one_child_award): holds the honour certificate; exactly one child born or
  adopted; that child is under 18 on the reference date.
* 计划生育家庭特别扶助 (special_support_death / _disability): the mother (or the single parent)
  is 49 or older on the reference date; local household registration; exactly one child born or
  adopted (an adopted only child counts); that child has died (death) with no living child now,
  or is disabled with grade 1–3 (disability; grade 4 does not qualify).
* 街道特别救助 (street_special_assistance): the street's criteria, stored on the program as data
  (by default a one-child family with a valid honour certificate and local registration) and living
  in the street's area; hardship itself is judged by the street at review. It is paid in addition
  to the state's programs (no exclusive group).
* For all: not already enrolled — for a per-person program that is each person on their own (a
  parent turning 60 after the other was enrolled is still to be enrolled) — and not already paid a
  higher program of the same group (a person eligible for two support programs gets the higher one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.models.benefits.benefit import BenefitProgram, EligibilityRule, ProgramBasis
from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from app.models.core.family import Child, Family
from app.models.core.org import Org
from app.models.core.resident import Resident, ResidentStatus
from app.services.benefits import eligibility_family as rules
from app.services.benefits.eligibility_facts import Criterion, FamilyFacts
from app.services.benefits.eligibility_rural import rural_beneficiaries, rural_criteria


@dataclass
class Eligibility:
    program_id: int
    family_id: int
    reference_date: date
    criteria: list[Criterion]
    beneficiary_ids: list[int] = field(default_factory=list)

    @property
    def eligible(self) -> bool:
        return all(c.met for c in self.criteria)

    def unmet(self) -> list[str]:
        return [c.code for c in self.criteria if not c.met]


async def load_facts(session: AsyncSession, family: Family) -> FamilyFacts:
    """Everything the rules read, in four indexed queries (flat cost however many families)."""
    parent_ids = [i for i in (family.wife_id, family.husband_id) if i is not None]
    parents = list((await session.execute(select(Resident).where(Resident.id.in_(parent_ids)))).scalars())
    children = list(
        (
            await session.execute(
                select(Child).where(Child.family_id == family.id).order_by(Child.birth_order)
            )
        ).scalars()
    )
    community = await session.get(Org, family.community_id)
    path = community.path if community else "/"
    ids = [int(p) for p in path.strip("/").split("/") if p]
    orgs = {o.id: o for o in (await session.execute(select(Org).where(Org.id.in_(ids)))).scalars()}
    district = orgs.get(ids[0]) if ids else None
    street = orgs.get(ids[1]) if len(ids) > 1 else None
    rows = (
        await session.execute(
            select(
                Enrolment.program_id,
                Enrolment.beneficiary_id,
                Enrolment.amount_fen,
                BenefitProgram.exclusive_group,
            )
            .join(BenefitProgram, BenefitProgram.id == Enrolment.program_id)
            .where(Enrolment.family_id == family.id, Enrolment.status != EnrolmentStatus.ended)
        )
    ).all()
    return FamilyFacts(
        family=family,
        children=children,
        parents=parents,
        district_code=district.code if district else "",
        street_path=street.path if street else path,
        community_path=path,
        enrolments=[(r[0], r[1], r[2], r[3]) for r in rows],
    )


def evaluate(program: BenefitProgram, facts: FamilyFacts, reference_date: date) -> Eligibility:
    """Apply the program's rule to the family's facts on the reference date."""
    rule = EligibilityRule(program.rule)
    if rule is EligibilityRule.one_child_award:
        criteria = [
            rules.honour_certificate(facts),
            rules.one_child(facts),
            rules.child_under_18(facts, reference_date),
        ]
    elif rule is EligibilityRule.street_special_assistance:
        criteria = _street_criteria(program, facts)
    elif rule is EligibilityRule.rural_reward_support:
        criteria = rural_criteria(facts, reference_date)
        return _with_enrolment_checks(
            program, facts, reference_date, criteria, rural_beneficiaries(facts, reference_date)
        )
    else:
        criteria = [
            rules.mother_age(facts, reference_date),
            rules.local_registration(facts),
            rules.one_child(facts),
        ]
        if rule is EligibilityRule.special_support_death:
            criteria += [rules.only_child_deceased(facts), rules.no_living_child(facts)]
        else:
            criteria.append(rules.only_child_disabled(facts))
    return _with_enrolment_checks(program, facts, reference_date, criteria, _beneficiaries(program, facts))


def _with_enrolment_checks(
    program: BenefitProgram,
    facts: FamilyFacts,
    reference_date: date,
    criteria: list[Criterion],
    beneficiaries: list[Resident],
) -> Eligibility:
    """Add the enrolment criteria; the persons to enrol are those the rule pays not yet enrolled.

    Per person (特别扶助, 奖励扶助): each person is enrolled on their own, so a parent who becomes
    eligible after the other was enrolled is still to be enrolled. Per family: one enrolment.
    """
    enrolled = {bid for pid, bid, *_ in facts.enrolments if pid == program.id}
    if ProgramBasis(program.basis) is ProgramBasis.per_person:
        to_enrol = [p for p in beneficiaries if p.id not in enrolled]
        not_enrolled = _person_not_enrolled(beneficiaries, to_enrol, enrolled)
    else:
        to_enrol = beneficiaries
        not_enrolled = _family_not_enrolled(enrolled)
    return Eligibility(
        program_id=program.id,
        family_id=facts.family.id,
        reference_date=reference_date,
        criteria=[*criteria, not_enrolled, _no_higher_support(program, facts, to_enrol)],
        beneficiary_ids=[p.id for p in to_enrol],
    )


# The street's own criteria when its program states none (the plan: hardship one-child families).
STREET_DEFAULT_CRITERIA = {"honour_certificate": True, "one_child": True, "local_registration": True}


def _street_criteria(program: BenefitProgram, facts: FamilyFacts) -> list[Criterion]:
    """The street decides its project's criteria: they are the program's data, not code.

    Known keys: ``honour_certificate``, ``one_child``, ``local_registration`` (true to require);
    the family must always live in the street's area; hardship is judged by the street at review
    from the materials the program requires.
    """
    wanted = program.criteria or STREET_DEFAULT_CRITERIA
    checks = {
        "honour_certificate": rules.honour_certificate,
        "one_child": rules.one_child,
        "local_registration": rules.local_registration,
    }
    criteria = [check(facts) for key, check in checks.items() if wanted.get(key)]
    return [*criteria, rules.lives_in_area(facts, program)]


def _beneficiaries(program: BenefitProgram, facts: FamilyFacts) -> list[Resident]:
    """Per person: each living parent on the record; per family: the mother (or single parent)."""
    living = [p for p in facts.parents if p.status is ResidentStatus.active]
    if ProgramBasis(program.basis) is ProgramBasis.per_person:
        return sorted(living, key=lambda p: p.id)
    lead = facts.lead_parent
    return [lead] if lead is not None and lead in living else living[:1]


def _family_not_enrolled(enrolled: set[int]) -> Criterion:
    if enrolled:
        return Criterion(
            "not_already_enrolled",
            False,
            "the family is already enrolled in this program",
            "该家庭已享受本项目",
        )
    return Criterion("not_already_enrolled", True, "no current enrolment in this program", "目前未享受本项目")


def _person_not_enrolled(
    beneficiaries: list[Resident], to_enrol: list[Resident], enrolled: set[int]
) -> Criterion:
    """Per person: unmet only when every person the rule pays is already enrolled."""
    if beneficiaries and not to_enrol:
        ids = ", ".join(f"resident {p.id}" for p in beneficiaries)
        ids_zh = "、".join(f"居民{p.id}" for p in beneficiaries)
        return Criterion(
            "not_already_enrolled",
            False,
            f"this person is already enrolled ({ids})",
            f"此人已享受（{ids_zh}）",
        )
    if enrolled:
        done = ", ".join(f"resident {i}" for i in sorted(enrolled))
        rest = ", ".join(f"resident {p.id}" for p in to_enrol) or "no one else yet"
        done_zh = "、".join(f"居民{i}" for i in sorted(enrolled))
        rest_zh = "、".join(f"居民{p.id}" for p in to_enrol) or "暂无其他人"
        return Criterion(
            "not_already_enrolled",
            True,
            f"already enrolled on their own: {done}; to enrol: {rest}",
            f"已各自享受：{done_zh}；待纳入：{rest_zh}",
        )
    return Criterion("not_already_enrolled", True, "no current enrolment in this program", "目前未享受本项目")


def _no_higher_support(
    program: BenefitProgram, facts: FamilyFacts, beneficiaries: list[Resident]
) -> Criterion:
    if program.exclusive_group is None:
        return Criterion(
            "no_higher_support", True, "the program may be combined with others", "本项目可与其他项目同时享受"
        )
    ids = {p.id for p in beneficiaries}
    higher = [
        amount
        for pid, bid, amount, group in facts.enrolments
        if group == program.exclusive_group
        and pid != program.id
        and bid in ids
        and amount >= program.amount_fen
    ]
    if higher:
        return Criterion(
            "no_higher_support",
            False,
            f"already paid {max(higher)} fen under a program of the same group; "
            "a person gets the higher one, not both",
            f"已按同组项目领取{max(higher)}分；同一人只享受较高的一项，不能兼得",
        )
    return Criterion(
        "no_higher_support",
        True,
        "no equal or higher support program is being paid",
        "未在领取同等或更高标准的扶助",
    )


async def check_family(
    session: AsyncSession, principal: Principal, program: BenefitProgram, family: Family, reference_date: date
) -> Eligibility:
    facts = await load_facts(session, family)
    return evaluate(program, facts, reference_date)


async def check_eligibility(
    session: AsyncSession, principal: Principal, program_id: int, family_id: int, reference_date: date
) -> Eligibility:
    """The eligibility check: both the program and the family are loaded through the caller's scope."""
    from app.services.benefits.programs import get_program
    from app.services.core.families import get_family

    program = await get_program(session, principal, program_id)
    family = await get_family(session, principal, family_id)
    return await check_family(session, principal, program, family, reference_date)
