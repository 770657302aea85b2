"""农村部分计划生育家庭奖励扶助 (rural_reward_support): the national rule, from the family record.

Rural-registered parents (household registration in a village committee: the last three digits of
the 12-digit statistical division code are 200–399, 村委会) who have one child or two daughters
(born or adopted), each parent enrolled on their own from the month they turn 60 (the second one
joins the family's case: ``enrolment_join.py``); 80 yuan per person per month nationally since
2012, paid yearly (the amount is the program's standard, per year; a year is paid once the
person's enrolment has started in it).
"""

from __future__ import annotations

from datetime import date

from app.models.core.resident import Resident, ResidentStatus, Sex
from app.services.benefits.eligibility_facts import Criterion, FamilyFacts, age_on

RURAL_MIN_AGE = 60


def is_rural(division_code: str) -> bool:
    tail = division_code[-3:]
    return len(division_code) == 12 and tail.isdigit() and 200 <= int(tail) <= 399


def rural_beneficiaries(facts: FamilyFacts, ref: date) -> list[Resident]:
    """Each living parent aged 60 or more on the reference date."""
    return sorted(
        (
            p
            for p in facts.parents
            if p.status is ResidentStatus.active and age_on(p.birth_date, ref)[0] >= RURAL_MIN_AGE
        ),
        key=lambda p: p.id,
    )


def rural_criteria(facts: FamilyFacts, ref: date) -> list[Criterion]:
    rural = [p for p in facts.parents if is_rural(p.household_division_code)]
    registration = Criterion(
        "rural_registration",
        bool(rural) and len(rural) == len(facts.parents),
        f"{len(rural)} of {len(facts.parents)} parents registered in a village committee (村委会)",
        f"{len(facts.parents)}位父母中有{len(rural)}位户籍在村委会",
    )
    aged = rural_beneficiaries(facts, ref)
    age = Criterion(
        "parent_age_60",
        bool(aged),
        f"{len(aged)} parent(s) aged {RURAL_MIN_AGE} or more on {ref.isoformat()}",
        f"至{ref.isoformat()}有{len(aged)}位父母年满{RURAL_MIN_AGE}周岁",
    )
    n = len(facts.children)
    daughters = sum(1 for c in facts.children if c.sex is Sex.female)
    met = n == 1 or (n == 2 and daughters == 2)
    children = Criterion(
        "one_child_or_two_daughters",
        met,
        f"{n} children born or adopted, {daughters} of them daughters; one child or two daughters qualify",
        f"生育或收养{n}个子女，其中女儿{daughters}个；一个子女或两个女儿符合条件",
    )
    return [registration, age, children]
