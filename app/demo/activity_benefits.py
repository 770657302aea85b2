"""Live benefit work (Task 3): applications in every state in communities A and B and at the unit,
a notice open today with an objection, enrolments and payment batches (paid, approved, awaiting
the district)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.demo.live import Kid, Live
from app.models.benefits.benefit import BenefitApplication, BenefitProgram
from app.models.benefits.notice import NoticeEntry
from app.models.core.family import ChildStatus, Family
from app.models.core.resident import Sex
from app.schemas.benefits.benefit import ApplicationCreate, ReviewBody
from app.services.benefits.applications import create_application, submit_application
from app.services.benefits.batch_approval import approve_batch, mark_paid
from app.services.benefits.payments import generate_batch
from app.services.benefits.public_notices import file_objection
from app.services.benefits.reviews import review_application

REQUIRED = {
    "special_support_death": ["application_form", "id_card", "household_register", "child_death_certificate"],
    "special_support_disability": [
        "application_form",
        "id_card",
        "household_register",
        "disability_certificate",
    ],
    "one_child_award": ["honour_certificate", "id_card", "household_register"],
    "street_special_assistance": ["application_form", "id_card", "hardship_statement"],
}

# (state, program) per community; the unit has its own list below.
COMMUNITY_CASES = [
    ("draft", "street_special_assistance"),
    ("submitted", "special_support_disability"),
    ("returned", "street_special_assistance"),
    ("in_notice_objected", "special_support_death"),
    ("in_notice", "street_special_assistance"),
    ("street_approved", "special_support_disability"),
    ("enrolled", "street_special_assistance"),
    ("enrolled", "special_support_disability"),
    ("rejected", "street_special_assistance"),
]
UNIT_CASES = ["draft", "submitted", "in_notice", "enrolled", "enrolled"]


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


async def _family_for(live: Live, community: str, program: str, employer: str | None = None) -> Family:
    a = live.anchor
    rng = live.rng
    if program.startswith("special_support"):
        # The mother is past 49; her only child, born when she was 26–28, died or is disabled.
        mother = date(a.year - rng.randint(52, 60), rng.randint(1, 12), rng.randint(1, 28))
        birth = min(mother + timedelta(days=365 * rng.randint(26, 28)), date(2015, 6, 1))
        if program == "special_support_death":
            died = birth + timedelta(days=365 * rng.randint(12, 20))
            kid = Kid(
                rng.choice(list(Sex)), birth, ChildStatus.deceased, deceased_on=min(died, live.day(-400))
            )
        else:
            kid = Kid(
                rng.choice(list(Sex)), birth, ChildStatus.disabled, disability_grade=rng.choice((1, 2, 3))
            )
        return await live.family(community, mother_birth=mother, kids=[kid], certificate=True)
    if program == "one_child_award":
        # The only child is under 18 on the anchor and was born before 2016 (the certificate).
        birth = min(
            date(a.year - rng.randint(11, 16), rng.randint(1, 12), rng.randint(1, 28)), date(2015, 9, 1)
        )
        mother = birth - timedelta(days=365 * rng.randint(26, 32))
        return await live.family(
            community,
            mother_birth=mother,
            kids=[Kid(rng.choice(list(Sex)), birth)],
            certificate=True,
            employer=employer,
        )
    # street_special_assistance: a one-child family (certificate) in hardship; the child may be grown up.
    birth = min(date(a.year - rng.randint(14, 24), rng.randint(1, 12), rng.randint(1, 28)), date(2015, 9, 1))
    mother = birth - timedelta(days=365 * rng.randint(24, 31))
    return await live.family(
        community, mother_birth=mother, kids=[Kid(rng.choice(list(Sex)), birth)], certificate=True
    )


async def _case(
    live: Live,
    applicant: str,
    community: str,
    program: BenefitProgram,
    state: str,
    employer: str | None = None,
) -> BenefitApplication:
    session, actors = live.session, live.actors
    family = await _family_for(live, community, program.code, employer)
    required = REQUIRED[program.code]
    materials = required[:-1] if state == "draft" else required
    note = "困难情况：家庭成员患重病，收入低于低保标准" if program.code == "street_special_assistance" else ""
    application = await create_application(
        session,
        actors[applicant],
        ApplicationCreate(program_id=program.id, family_id=family.id, materials=materials, note=note),
    )
    if state == "draft":
        return application
    # Days before the anchor of: submission, community review, street review, district approval.
    offsets = {
        "submitted": (-1, None, None, None),
        "returned": (-6, -5, None, None),
        "in_notice_objected": (-4, -2, None, None),
        "in_notice": (-2, -1, None, None),
        "street_approved": (-40, -38, -25, None),
        "enrolled": (-130, -128, -112, -105),
        "rejected": (-60, -58, None, None),
    }[state]
    submitted, community_day, street_day, district_day = offsets
    await submit_application(session, actors[applicant], application.id, live.day(submitted))
    community_actor = actors[community if community in actors else "community-a"]
    if community_day is None:
        return application
    if state == "returned":
        body = ReviewBody(
            decision="return", comment="户口簿复印件不清晰，请补交", missing_materials=["household_register"]
        )
    elif state == "rejected":
        body = ReviewBody(decision="reject", comment="经入户核实，家庭收入高于困难认定标准")
    else:
        body = ReviewBody(decision="approve", comment="材料齐全，情况属实，同意公示", notice_days=7)
    await review_application(session, community_actor, application.id, body, live.day(community_day))
    if state == "in_notice_objected":
        entry = (
            await session.execute(select(NoticeEntry).where(NoticeEntry.application_id == application.id))
        ).scalar_one()
        await file_objection(
            session,
            live.ctx.settings,
            notice_id=entry.notice_id,
            entry_id=entry.id,
            reason="据了解该户子女仍在外地工作，情况与公示不符，请核实",
            contact=None,
            client_address="demo-loader",
            today=live.anchor,
        )
    if street_day is not None:
        ok = ReviewBody(decision="approve", comment="公示期满无异议，同意")
        await review_application(session, actors["street"], application.id, ok, live.day(street_day))
    if district_day is not None:
        ok = ReviewBody(decision="approve", comment="审批通过")
        await review_application(session, actors["district"], application.id, ok, live.day(district_day))
    return application


async def seed(live: Live) -> None:
    programs = {p.code: p for p in (await live.session.execute(select(BenefitProgram))).scalars()}
    for community in ("community-a", "community-b"):
        for state, code in COMMUNITY_CASES:
            await _case(live, community, community, programs[code], state)
    # The unit applies for the one-child award of its employees, who live in community A; an
    # anchor after 2032 has no only child with a certificate left under 18, so no unit cases then.
    if live.anchor < date(2033, 1, 1):
        for state in UNIT_CASES:
            await _case(live, "unit", "community-a", programs["one_child_award"], state, employer="unit")
    await _batches(live, programs)


async def _batches(live: Live, programs: dict[str, BenefitProgram]) -> None:
    session, actors = live.session, live.actors
    this_month = live.anchor.replace(day=1)
    last = this_month - timedelta(days=1)
    before_last = last.replace(day=1) - timedelta(days=1)
    street = actors["street"]
    assistance = programs["street_special_assistance"].id
    # The street's own project: two months ago paid, last month approved and waiting for the bank.
    paid = await generate_batch(
        session,
        street,
        program_id=assistance,
        period=_month(before_last),
        street_id=None,
        payer_org_id=None,
        today=live.anchor,
    )
    await approve_batch(session, street, paid.id, None)
    await mark_paid(session, street, paid.id, None)
    approved = await generate_batch(
        session,
        street,
        program_id=assistance,
        period=_month(last),
        street_id=None,
        payer_org_id=None,
        today=live.anchor,
    )
    await approve_batch(session, street, approved.id, None)
    # Special support is paid by the district: the street has approved, the district has not yet.
    support = await generate_batch(
        session,
        street,
        program_id=programs["special_support_disability"].id,
        period=_month(last),
        street_id=None,
        payer_org_id=None,
        today=live.anchor,
    )
    await approve_batch(session, street, support.id, None)
    if live.anchor < date(2033, 1, 1):
        unit = actors["unit"]
        award = await generate_batch(
            session,
            unit,
            program_id=programs["one_child_award"].id,
            period=_month(last),
            street_id=None,
            payer_org_id=None,
            today=live.anchor,
        )
        await approve_batch(session, street, award.id, None)
        await mark_paid(session, unit, award.id, None)
