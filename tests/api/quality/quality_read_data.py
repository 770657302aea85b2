"""Rows for the quality read tests beyond the demo's, the resources they read, and what the previous session
path showed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, and_, exists, select

from app.authz import Principal, shared_scope
from app.clock import local_today
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.models.quality.contraceptive import ContraceptiveProduct, DistributionPoint
from app.models.quality.referral import CLOSED_WITHOUT_SERVICE, Referral, ReferralStatus
from app.models.quality.screening import RiskLevel, Screening, ScreeningProgram
from app.services.quality.populations import eligible_condition
from app.services.quality.scope import point_scope, referral_scope, screening_scope
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


def old_programs(principal: Principal, year: int | None = None) -> Select[Any]:
    stmt = select(ScreeningProgram).where(shared_scope(ScreeningProgram.org_id, principal))
    if year is not None:
        stmt = stmt.where(ScreeningProgram.year == year)
    return stmt


def old_needs_referral() -> Any:
    return and_(
        Screening.risk_level == RiskLevel.high,
        ~exists(
            select(Referral.id).where(
                Referral.screening_id == Screening.id, Referral.status.not_in(CLOSED_WITHOUT_SERVICE)
            )
        ),
    )


def old_screenings(
    principal: Principal,
    program_id: int | None = None,
    resident_id: int | None = None,
    org_id: int | None = None,
    risk_level: str | None = None,
    needing_referral: bool = False,
    screened_from: str | None = None,
    screened_to: str | None = None,
) -> Select[Any]:
    stmt = select(Screening).where(screening_scope(principal))
    if program_id is not None:
        stmt = stmt.where(Screening.program_id == program_id)
    if resident_id is not None:
        stmt = stmt.where(Screening.resident_id == resident_id)
    if org_id is not None:
        stmt = stmt.where(Screening.org_id == org_id)
    if risk_level is not None:
        stmt = stmt.where(Screening.risk_level == RiskLevel(risk_level))
    if needing_referral:
        stmt = stmt.where(old_needs_referral())
    if screened_from is not None:
        stmt = stmt.where(Screening.screened_on >= date.fromisoformat(screened_from))
    if screened_to is not None:
        stmt = stmt.where(Screening.screened_on <= date.fromisoformat(screened_to))
    return stmt


def old_referrals(
    principal: Principal,
    today: date,
    status: str | None = None,
    overdue: str | None = None,
    partner_id: int | None = None,
    resident_id: int | None = None,
    screening_id: int | None = None,
    priority: str | None = None,
) -> Select[Any]:
    from app.models.quality.referral import OPEN_REFERRAL_STATES

    stmt = select(Referral).where(referral_scope(principal))
    if status is not None:
        stmt = stmt.where(Referral.status == ReferralStatus(status))
    if overdue is not None:
        late = Referral.status.in_(OPEN_REFERRAL_STATES) & (Referral.follow_up_due_on < today)
        stmt = stmt.where(late if overdue == "true" else ~late)
    for column, value in (
        (Referral.partner_id, partner_id),
        (Referral.resident_id, resident_id),
        (Referral.screening_id, screening_id),
        (Referral.priority, priority),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    return stmt


def old_products(principal: Principal, method: str | None = None, active: str | None = None) -> Select[Any]:
    stmt = select(ContraceptiveProduct)
    if method is not None:
        stmt = stmt.where(ContraceptiveProduct.method == method)
    if active is not None:
        stmt = stmt.where(ContraceptiveProduct.active.is_(active == "true"))
    return stmt


def old_points(principal: Principal, org_id: int | None = None, kind: str | None = None) -> Select[Any]:
    stmt = select(DistributionPoint).where(point_scope(principal))
    if org_id is not None:
        stmt = stmt.where(DistributionPoint.org_id == org_id)
    if kind is not None:
        stmt = stmt.where(DistributionPoint.kind == kind)
    return stmt


RESOURCES: dict[str, tuple[str, str, Any, Any]] = {
    # list path: (permission, 404 label, old query, model)
    PROGRAMS: ("screening:read", "Screening program", old_programs, ScreeningProgram),
    SCREENINGS: ("screening:read", "Screening", old_screenings, Screening),
    REFERRALS: ("referrals:read", "Referral", old_referrals, Referral),
    PRODUCTS: ("contraceptives:read", "Product", old_products, ContraceptiveProduct),
    POINTS: ("contraceptives:read", "Distribution point", old_points, DistributionPoint),
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
