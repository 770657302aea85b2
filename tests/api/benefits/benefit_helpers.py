"""Shared steps for the benefit tests: a controllable today, program ids, families built over the API."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from sqlalchemy import select

from app.clock import today
from app.id_numbers import make_id_number
from app.models.benefits.benefit import BenefitProgram
from app.models.core.family import Child, Family
from app.models.core.resident import Resident
from tests.conftest import Api
from tests.demo_ids import org_ids

# Sequences the demo never uses (it stays below 850), so these ID numbers are always new.
_female = itertools.count(900, 2)
_male = itertools.count(901, 2)

ALL_MATERIALS = {
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
SHOWCASE_MOTHERS = {
    "special_support_death": date(1965, 3, 8),
    "special_support_disability": date(1968, 7, 19),
    "one_child_award_unit": date(1982, 5, 2),
}


def set_today(api: Api, day: date) -> None:
    """Override the clock dependency of the app under test (no sleeping through notice windows)."""
    app = api.app
    app.dependency_overrides[today] = lambda: day


async def program_ids(api: Api) -> dict[str, int]:
    async with api.session() as session:
        rows = (await session.execute(select(BenefitProgram.code, BenefitProgram.id))).all()
    return {code: id_ for code, id_ in rows}


async def showcase_family(api: Api, key: str) -> int:
    async with api.session() as session:
        return (
            await session.execute(
                select(Family.id)
                .join(Resident, Resident.id == Family.wife_id)
                .join(Child, Child.family_id == Family.id)
                .where(Resident.birth_date == SHOWCASE_MOTHERS[key], Child.name == "独生子女")
            )
        ).scalar_one()


async def new_resident(
    api: Api,
    user: str,
    community: str,
    *,
    birth: date,
    female: bool,
    name: str = "王小明",
    local: bool = True,
    employer: str | None = None,
) -> int:
    ids = await org_ids(api)
    seq = next(_female) if female else next(_male)
    address = "500103" if local else "440524"
    body: dict[str, Any] = {
        "id_number": make_id_number(address, birth, seq % 1000),
        "name": name,
        "household_division_code": ids and ("500103003001" if local else "440524000000"),
        "community_id": ids[community],
        "marital_status": "married",
    }
    if employer:
        body["employer_unit_id"] = ids[employer]
    response = await api.post(user, "/api/v1/residents", body)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


async def new_family(
    api: Api,
    *,
    mother_birth: date,
    children: list[dict[str, Any]],
    user: str = "community-a",
    community: str = "community-a",
    local: bool = True,
    certificate: bool = False,
    employer: str | None = None,
    mother_name: str = "张晓明",
) -> int:
    ids = await org_ids(api)
    wife = await new_resident(
        api,
        user,
        community,
        birth=mother_birth,
        female=True,
        name=mother_name,
        local=local,
        employer=employer,
    )
    husband = await new_resident(
        api,
        user,
        community,
        birth=date(mother_birth.year - 2, 1, 15),
        female=False,
        name="李大伟",
        local=local,
        employer=employer,
    )
    body: dict[str, Any] = {
        "community_id": ids[community],
        "husband_id": husband,
        "wife_id": wife,
        "marriage_date": f"{mother_birth.year + 24}-05-01",
        "children": children,
    }
    if certificate:
        body["honour_certificate_no"] = f"渝中T{wife}"
        body["honour_certificate_issued_on"] = "2005-01-01"
    response = await api.post(user, "/api/v1/families", body)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def child(
    birth: str,
    *,
    status: str = "living",
    grade: int | None = None,
    died: str | None = None,
    adopted: bool = False,
    name: str = "孩子",
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": name,
        "sex": "male",
        "birth_date": birth,
        "status": status,
        "adopted": adopted,
    }
    if grade is not None:
        body["disability_grade"] = grade
    if died is not None:
        body["deceased_on"] = died
    return body


async def apply(api: Api, user: str, program_id: int, family_id: int, materials: list[str]) -> dict[str, Any]:
    response = await api.post(
        user,
        "/api/v1/benefit-applications",
        {"program_id": program_id, "family_id": family_id, "materials": materials},
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def review(api: Api, user: str, application_id: int, decision: str = "approve", **extra: Any) -> Any:
    return await api.post(
        user, f"/api/v1/benefit-applications/{application_id}/review", {"decision": decision, **extra}
    )


async def seed_enrolments(
    session: Any,
    program_code: str,
    communities: dict[str, int],
    per_community: dict[str, int],
    *,
    starts_on: date = date(2019, 1, 1),
) -> list[int]:
    """Enrol demo families directly (payment and re-verification tests start from enrolments)."""
    from app.models.benefits.enrolment import Enrolment
    from app.models.core.org import Org

    program = (
        await session.execute(select(BenefitProgram).where(BenefitProgram.code == program_code))
    ).scalar_one()
    created: list[Enrolment] = []
    for key, count in per_community.items():
        community = await session.get(Org, communities[key])
        families = (
            (
                await session.execute(
                    select(Family)
                    .where(Family.community_id == community.id, Family.wife_id.is_not(None))
                    .order_by(Family.id.desc())
                    .limit(count)
                )
            )
            .scalars()
            .all()
        )
        payer = community.path.strip("/").split("/")[0]
        for family in families:
            enrolment = Enrolment(
                program_id=program.id,
                family_id=family.id,
                beneficiary_id=family.wife_id,
                community_id=community.id,
                unit_id=None,
                street_id=community.parent_id,
                payer_org_id=int(payer),
                amount_fen=program.amount_fen,
                starts_on=starts_on,
            )
            session.add(enrolment)
            created.append(enrolment)
    await session.flush()
    await session.commit()
    return [e.id for e in created]
