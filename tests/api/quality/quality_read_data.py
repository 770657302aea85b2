"""Rows for the quality read tests beyond the demo's, and the resources they read."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from app.clock import local_today
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.models.quality.contraceptive import ContraceptiveProduct, DistributionPoint
from app.models.quality.referral import Referral
from app.models.quality.screening import RiskLevel, Screening, ScreeningProgram
from app.services.quality.populations import eligible_condition
from tests.conftest import Api
from tests.demo_ids import org_ids

PROGRAMS, SCREENINGS, NEEDING = (
    "/api/v1/screening-programs",
    "/api/v1/screenings",
    "/api/v1/screenings/needing-referral",
)


REFERRALS, PRODUCTS, POINTS = (
    "/api/v1/referrals",
    "/api/v1/contraceptive-products",
    "/api/v1/distribution-points",
)


RESOURCES: dict[str, tuple[str, str, Any]] = {
    # list path: (permission, 404 label, model)
    PROGRAMS: ("screening:read", "Screening program", ScreeningProgram),
    SCREENINGS: ("screening:read", "Screening", Screening),
    REFERRALS: ("referrals:read", "Referral", Referral),
    PRODUCTS: ("contraceptives:read", "Product", ContraceptiveProduct),
    POINTS: ("contraceptives:read", "Distribution point", DistributionPoint),
}


async def ids_of(api: Api, column: Any) -> list[Any]:
    async with api.session() as session:
        return sorted({v for v in (await session.execute(select(column))).scalars().all() if v is not None})


databases_with_rows: set[str] = set()


async def add_rows(api: Api) -> None:
    """Referrals in several states (an overdue one, one from a high-risk screening, a declined one),
    and a withdrawn product, so every filter has rows on both sides."""
    if api.url in databases_with_rows:
        return
    databases_with_rows.add(api.url)
    partner = (await api.get("community-a", "/api/v1/partners", params={"limit": 1})).json()["items"][0]["id"]
    await screenings_in_community_b(api)
    async with api.session() as session:
        high = (
            await session.execute(
                select(Screening.id, Org.code)
                .join(Org, Org.id == Screening.org_id)
                .where(Screening.risk_level == RiskLevel.high)
                .order_by(Screening.id)
            )
        ).all()
    by_community = {"500103003001": "community-a", "500103003002": "community-b"}
    referred: set[str] = set()
    for screening_id, code in high:
        user = by_community.get(code)
        if user is None or user in referred:
            continue
        referred.add(user)
        response = await api.post(
            user,
            REFERRALS,
            {
                "screening_id": screening_id,
                "partner_id": partner,
                "reason": "高风险，转诊",
                "priority": "urgent",
                "follow_up_due_on": (local_today() + timedelta(days=30)).isoformat(),
            },
        )
        assert response.status_code == 201, response.text
    residents = (await api.get("community-a", "/api/v1/residents", params={"limit": 40})).json()["items"]
    due = [
        local_today() - timedelta(days=3),
        local_today() + timedelta(days=3),
        local_today() - timedelta(days=9),
    ]
    others = (await api.get("community-b", "/api/v1/residents", params={"limit": 1})).json()["items"]
    created = []
    for index in range(len(due)):
        response = await api.post(
            "community-b" if index == 1 else "community-a",
            REFERRALS,
            {
                "resident_id": others[0]["id"] if index == 1 else residents[30 + index]["id"],
                "partner_id": partner,
                "reason": "转诊妇科",
                "follow_up_due_on": (local_today() + timedelta(days=1)).isoformat(),
            },
        )
        assert response.status_code == 201, response.text
        created.append(response.json())
    async with api.session() as session:  # the follow-up dates pass (an API client cannot set them so)
        for referral, day in zip(created, due, strict=True):
            (await session.get(Referral, referral["id"])).follow_up_due_on = day
        await session.commit()
    for user, body in (
        ("street", {"year": 2020, "kind": "pre_pregnancy_check", "name": "2020年孕前优生检查"}),
        ("district", {"year": 2020, "kind": "reproductive_health_census", "name": "2020年普查"}),
    ):
        response = await api.post(user, PROGRAMS, body)
        assert response.status_code == 201, response.text
    declined = await api.post("community-a", f"{REFERRALS}/{created[2]['id']}/decline", {"reason": "不开展"})
    assert declined.status_code == 200, declined.text
    product = (await api.get("street", PRODUCTS, params={"limit": 1})).json()["items"][0]
    withdrawn = await api.patch(
        "street",
        f"{PRODUCTS}/{product['id']}",
        {"active": False},
        headers={"If-Match": f'"{product["version"]}"'},
    )
    assert withdrawn.status_code == 200, withdrawn.text


async def screenings_in_community_b(api: Api) -> None:
    """Community B's screenings (the demo's are all in A): two high-risk ones, one with findings."""
    ids = await org_ids(api)
    async with api.session() as session:
        program = (
            await session.execute(
                select(ScreeningProgram).where(
                    ScreeningProgram.year == 2019, ScreeningProgram.kind == "pre_pregnancy_check"
                )
            )
        ).scalar_one()
        eligible = eligible_condition(program, await session.get(Org, program.org_id))
        stmt = select(Resident.id).where(Resident.community_id == ids["community-b"], eligible)
        residents = (await session.execute(stmt.order_by(Resident.id))).scalars().all()
    for index, (risk, findings) in enumerate((("high", "异常"), ("high", None), ("low", None))):
        body = {
            "program_id": program.id,
            "resident_id": residents[index],
            "screened_on": f"2019-06-0{index + 1}",
            "items": ["病史询问", '"体格"检查'],
            "risk_level": risk,
            **({"findings": findings} if findings else {}),
        }
        response = await api.post("community-b", SCREENINGS, body)
        assert response.status_code == 201, response.text
