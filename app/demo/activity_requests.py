"""Live service requests (Task 4) in communities A and B: completed, returned, rejected, waiting,
on time, due this week and overdue on the working-day clock."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from app.clock import CHINA
from app.demo.live import Kid, Live
from app.models.core.family import ChildStatus, Family
from app.models.core.resident import Resident, Sex
from app.models.lawful_services.service import ServiceRequest
from app.schemas.lawful_services.service import ProvidedMaterial, ServiceRequestCreate
from app.services.core import working_days
from app.services.core.working_days import WorkingCalendar
from app.services.lawful_services.request_steps import (
    accept_request,
    forward_request,
    reject_request,
    return_request,
)
from app.services.lawful_services.requests import file_request

BIRTH_REGISTRATION = ["husband_id_card", "wife_id_card", "marriage_certificate"]
SUPPORT = [
    "applicant_id_card",
    "household_register",
    "child_death_or_disability_proof",
    "honour_certificate",
    "application_form",
]
SUPPORT_DAYS = 20  # the guide's legal limit in working days


def _at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour, 30), tzinfo=CHINA)


def _materials(codes: list[str]) -> list[ProvidedMaterial]:
    return [ProvidedMaterial(code=code) for code in codes]


def _filing_day(live: Live, calendar: WorkingCalendar, due_from: date, due_to: date) -> date:
    """The latest working day on which a 20-working-day request falls due within [due_from, due_to].

    A long holiday can leave no due date in the window (1 to 7 October is one, 2020's ran to the
    8th): then the working day whose due date comes nearest to it on the same side of the anchor
    (still to come, or already overdue).
    """
    starts = [live.day(-back) for back in range(0, 80) if calendar.is_working_day(live.day(-back))]
    due = {start: calendar.add_working_days(start, SUPPORT_DAYS) for start in starts}
    inside = [start for start in starts if due_from <= due[start] <= due_to]
    if inside:
        return inside[0]
    overdue = due_to < live.anchor
    same_side = [start for start in starts if (due[start] < live.anchor) == overdue]

    def distance(start: date) -> int:
        return max((due_from - due[start]).days, (due[start] - due_to).days)

    return min(same_side, key=distance)


async def _file(
    live: Live,
    community: str,
    service_type: str,
    day: date,
    materials: list[str],
    *,
    family: Family | None = None,
    resident: Resident | None = None,
    note: str | None = None,
) -> ServiceRequest:
    data = ServiceRequestCreate(
        service_type=service_type,
        family_id=family.id if family else None,
        resident_id=resident.id if resident else None,
        materials=_materials(materials),
        note=note,
    )
    return await file_request(live.session, live.actors[community], data, now=_at(day))


async def _young_couple(live: Live, community: str) -> Family:
    """Married last year, expecting their first child: a birth registration (生育登记)."""
    mother = date(
        live.anchor.year - live.rng.randint(26, 31), live.rng.randint(1, 12), live.rng.randint(1, 28)
    )
    return await live.family(
        community, mother_birth=mother, kids=[], marriage=live.day(-live.rng.randint(200, 500))
    )


async def _bereaved(live: Live, community: str) -> Family:
    """A mother past 49 whose only child (born before 2016, with a certificate) died."""
    a, rng = live.anchor, live.rng
    mother = date(a.year - rng.randint(50, 58), rng.randint(1, 12), rng.randint(1, 28))
    birth = min(mother + timedelta(days=365 * 27), date(2015, 6, 1))
    died = min(birth + timedelta(days=365 * 15), live.day(-200))
    kid = Kid(rng.choice(list(Sex)), birth, ChildStatus.deceased, deceased_on=died)
    family = await live.family(community, mother_birth=mother, kids=[kid], certificate=True)
    live.families.setdefault(f"{community}:bereaved", []).append(family)
    return family


async def _forward_and_accept(
    live: Live, community: str, request: ServiceRequest, day: date, hour: int
) -> None:
    """The community pre-checks and forwards (预审转报); the street office accepts the same day."""
    await forward_request(live.session, live.actors[community], request.id, None, today=day)
    await accept_request(live.session, live.actors["street"], request.id, None, today=day, now=_at(day, hour))


async def seed(live: Live) -> None:
    calendar = await working_days.load_calendar(live.session, live.day(-120), live.day(120))
    for community in ("community-a", "community-b"):
        actor = live.actors[community]
        session = live.session
        # Completed at the counter (即办): a birth registration with every material.
        done = await _file(
            live,
            community,
            "birth_registration",
            live.day(-12),
            BIRTH_REGISTRATION,
            family=await _young_couple(live, community),
        )
        await _forward_and_accept(live, community, done, live.day(-12), 10)
        # Returned once, listing everything missing (一次性告知): no marriage certificate.
        returned = await _file(
            live,
            community,
            "birth_registration",
            live.day(-3),
            BIRTH_REGISTRATION[:2],
            family=await _young_couple(live, community),
        )
        await return_request(
            session, actor, returned.id, [], "请补交结婚证原件", None, now=_at(live.day(-3), 11)
        )
        # Filed today, not yet accepted.
        await _file(
            live,
            community,
            "birth_registration",
            live.anchor,
            BIRTH_REGISTRATION,
            family=await _young_couple(live, community),
        )
        # Special support applications on the 20-working-day clock: on time, due this week, overdue.
        on_time = await _file(
            live,
            community,
            "special_support_application",
            live.day(-2),
            SUPPORT,
            family=await _bereaved(live, community),
        )
        await _forward_and_accept(live, community, on_time, live.day(-2), 15)
        week = _filing_day(live, calendar, live.day(1), live.day(6))
        due_week = await _file(
            live,
            community,
            "special_support_application",
            week,
            SUPPORT,
            family=await _bereaved(live, community),
        )
        await _forward_and_accept(live, community, due_week, week, 14)
        late = _filing_day(live, calendar, live.day(-9), live.day(-2))
        overdue = await _file(
            live,
            community,
            "special_support_application",
            late,
            SUPPORT,
            family=await _bereaved(live, community),
            note="等待区级核实子女死亡信息",
        )
        await _forward_and_accept(live, community, overdue, late, 14)
        # A migrant's marriage-and-birth certificate refused: not a resident of the street.
        migrant = await live.resident(community, Sex.female, date(live.anchor.year - 29, 4, 12), local=False)
        refused = await _file(
            live,
            community,
            "migrant_marriage_certificate",
            live.day(-20),
            ["id_card", "marital_status_proof", "photo"],
            resident=migrant,
        )
        await reject_request(
            session,
            actor,
            refused.id,
            "申请人已迁往外省居住，应向现居住地申请",
            None,
            today=live.day(-19),
            now=_at(live.day(-19)),
        )
