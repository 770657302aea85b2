"""Screening programs, screenings, referrals, the contraceptive catalogue and distribution points on
the fast read path (app/services/quality/screening_reads.py, referral_reads.py,
contraceptive_reads.py) show exactly what the session path showed: for every demo caller the same
rows in the same pages, for every filter the same rows, the same single reads with their ETag (and
404 outside the scope). The previous implementation's queries are copied here and compared."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Select, and_, exists, select

from app.authz import Principal, shared_scope
from app.clock import local_today
from app.models.core.org import Org
from app.models.core.partner import Partner
from app.models.core.resident import Resident
from app.models.quality.contraceptive import ContraceptiveProduct, DistributionPoint
from app.models.quality.referral import CLOSED_WITHOUT_SERVICE, Referral, ReferralStatus
from app.models.quality.screening import RiskLevel, Screening, ScreeningProgram
from app.schemas.quality.contraceptive import PointRead, ProductRead
from app.schemas.quality.screening import ScreeningProgramRead
from app.services.quality import referrals as referral_service
from app.services.quality import screening as screening_service
from app.services.quality.populations import eligible_condition
from app.services.quality.scope import point_scope, referral_scope, screening_scope
from tests.api.read_helpers import principal_of, walk
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district", "integration"]
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


# The previous implementation: screening.list_programs / get_program, screening.list_screenings /
# get_screening (+ to_reads, to_read), referrals.list_referrals / get_referral (+ to_read),
# contraceptive_catalogue.list_products / get_product, list_points / get_point: an ORM query in a
# session, ordered by id, each row through the read schema.


def _old_programs(principal: Principal, year: int | None = None) -> Select[Any]:
    stmt = select(ScreeningProgram).where(shared_scope(ScreeningProgram.org_id, principal))
    if year is not None:
        stmt = stmt.where(ScreeningProgram.year == year)
    return stmt


def _old_needs_referral() -> Any:
    return and_(
        Screening.risk_level == RiskLevel.high,
        ~exists(
            select(Referral.id).where(
                Referral.screening_id == Screening.id, Referral.status.not_in(CLOSED_WITHOUT_SERVICE)
            )
        ),
    )


def _old_screenings(
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
        stmt = stmt.where(_old_needs_referral())
    if screened_from is not None:
        stmt = stmt.where(Screening.screened_on >= date.fromisoformat(screened_from))
    if screened_to is not None:
        stmt = stmt.where(Screening.screened_on <= date.fromisoformat(screened_to))
    return stmt


def _old_referrals(
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


def _old_products(principal: Principal, method: str | None = None, active: str | None = None) -> Select[Any]:
    stmt = select(ContraceptiveProduct)
    if method is not None:
        stmt = stmt.where(ContraceptiveProduct.method == method)
    if active is not None:
        stmt = stmt.where(ContraceptiveProduct.active.is_(active == "true"))
    return stmt


def _old_points(principal: Principal, org_id: int | None = None, kind: str | None = None) -> Select[Any]:
    stmt = select(DistributionPoint).where(point_scope(principal))
    if org_id is not None:
        stmt = stmt.where(DistributionPoint.org_id == org_id)
    if kind is not None:
        stmt = stmt.where(DistributionPoint.kind == kind)
    return stmt


RESOURCES: dict[str, tuple[str, str, Any, Any]] = {
    # list path: (permission, 404 label, old query, model)
    PROGRAMS: ("screening:read", "Screening program", _old_programs, ScreeningProgram),
    SCREENINGS: ("screening:read", "Screening", _old_screenings, Screening),
    REFERRALS: ("referrals:read", "Referral", _old_referrals, Referral),
    PRODUCTS: ("contraceptives:read", "Product", _old_products, ContraceptiveProduct),
    POINTS: ("contraceptives:read", "Distribution point", _old_points, DistributionPoint),
}


async def _expected(api: Api, path: str, principal: Principal, **filters: Any) -> list[dict]:
    """The old list: its query ordered by id, each row as the old route wrote it."""
    old, model = RESOURCES[SCREENINGS if path == NEEDING else path][2:]
    if path == NEEDING:
        filters["needing_referral"] = True
    if path == REFERRALS:
        filters["today"] = local_today()
    async with api.session() as session:
        rows = (await session.execute(old(principal, **filters).order_by(model.id))).scalars().all()
        if path in (SCREENINGS, NEEDING):
            reads = await screening_service.to_reads(session, rows)
        elif path == REFERRALS:
            reads = [referral_service.to_read(row, local_today()) for row in rows]
        else:
            schema = {PROGRAMS: ScreeningProgramRead, PRODUCTS: ProductRead, POINTS: PointRead}[path]
            reads = [schema.model_validate(row) for row in rows]
    return [read.model_dump(mode="json") for read in reads]


async def _old_single(api: Api, path: str, object_id: int) -> dict:
    model = RESOURCES[path][3]
    async with api.session() as session:
        row = await session.get(model, object_id)
        if path == SCREENINGS:
            return screening_service.to_read(row).model_dump(mode="json")
        if path == REFERRALS:
            return referral_service.to_read(row).model_dump(mode="json")
        schema = {PROGRAMS: ScreeningProgramRead, PRODUCTS: ProductRead, POINTS: PointRead}[path]
        return schema.model_validate(row).model_dump(mode="json")


async def _ids(api: Api, column: Any) -> list[Any]:
    async with api.session() as session:
        return sorted({v for v in (await session.execute(select(column))).scalars().all() if v is not None})


_made: set[str] = set()


async def _more_rows(api: Api) -> None:
    """Referrals in several states (an overdue one, one from a high-risk screening, a declined one),
    and a withdrawn product, so every filter has rows on both sides."""
    if api.url in _made:
        return
    _made.add(api.url)
    partner = (await api.get("community-a", "/api/v1/partners", params={"limit": 1})).json()["items"][0]["id"]
    await _screenings_in_community_b(api)
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


async def _screenings_in_community_b(api: Api) -> None:
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


@pytest.mark.parametrize("path", [*RESOURCES, NEEDING])
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_pages_as_before(api, username, path):
    await _more_rows(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[SCREENINGS if path == NEEDING else path][0]):
        for params in ({}, {"limit": 2}):
            assert (await api.get(username, path, params=params)).status_code == 403
        return
    expected = await _expected(api, path, principal)
    assert expected or username in ("unit", "integration")
    for limit in (1, 2, 5):
        items, pages = await walk(api, username, path, limit)
        assert items == expected
        assert pages == max(1, -(-len(expected) // limit))


async def _cases(api: Api, path: str) -> list[dict[str, Any]]:
    orgs = await _ids(api, Org.id)
    if path == PROGRAMS:
        return [{"year": y} for y in (2019, 2020, 2025, 2026, 2027)]
    if path in (SCREENINGS, NEEDING):
        cases: list[dict[str, Any]] = [{"program_id": i} for i in await _ids(api, Screening.program_id)]
        cases += [{"org_id": i} for i in orgs]
        if path == NEEDING:
            return cases
        cases += [{"risk_level": level.value} for level in RiskLevel]
        cases += [{"resident_id": i} for i in (await _ids(api, Screening.resident_id))[:8]]
        days = await _ids(api, Screening.screened_on)
        middle = days[len(days) // 2].isoformat()
        cases += [
            {"screened_from": middle},
            {"screened_to": middle},
            {"screened_from": middle, "screened_to": middle},
        ]
        cases += [{"risk_level": "high", "program_id": (await _ids(api, Screening.program_id))[0]}]
        return cases
    if path == REFERRALS:
        cases = [{"status": s.value} for s in ReferralStatus] + [{"overdue": "true"}, {"overdue": "false"}]
        cases += [{"partner_id": i} for i in await _ids(api, Partner.id)]
        cases += [{"resident_id": i} for i in await _ids(api, Referral.resident_id)]
        cases += [{"screening_id": i} for i in await _ids(api, Referral.screening_id)]
        cases += [{"priority": p} for p in ("routine", "urgent", "asap", "stat")]
        cases += [{"status": "requested", "overdue": "true"}]
        return cases
    if path == PRODUCTS:
        methods = await _ids(api, ContraceptiveProduct.method)
        return [{"method": str(m.value)} for m in methods] + [{"active": "true"}, {"active": "false"}]
    return [{"org_id": i} for i in orgs] + [
        {"kind": k} for k in ("community_station", "unit_station", "clinic", "self_service_machine")
    ]


@pytest.mark.parametrize("path", [*RESOURCES, NEEDING])
@pytest.mark.parametrize("username", ["community-a", "street", "district"])
async def test_filters_give_the_same_rows_as_before(api, username, path):
    await _more_rows(api)
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[SCREENINGS if path == NEEDING else path][0]):
        assert (await api.get(username, path)).status_code == 403
        return
    nonempty = 0
    for filters in await _cases(api, path):
        expected = await _expected(api, path, principal, **filters)
        assert (await walk(api, username, path, 2, **filters))[0] == expected, filters
        nonempty += bool(expected)
    assert nonempty >= 2


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_match_and_are_404_out_of_scope(api, username, path):
    await _more_rows(api)
    principal = await principal_of(api, username)
    permission, label = RESOURCES[path][:2]
    everything = set(await _ids(api, RESOURCES[path][3].id))
    if not principal.can(permission):
        assert (await api.get(username, f"{path}/{min(everything)}")).status_code == 403
        return
    visible = {row["id"] for row in await _expected(api, path, principal)}
    for object_id in sorted(visible):
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 200, response.text
        assert response.json() == await _old_single(api, path, object_id)
        if path == SCREENINGS:
            assert response.json()["findings"] is None
        assert response.headers["etag"] == f'"{response.json()["version"]}"'
    outside = everything - visible
    assert outside or username not in ("community-a", "community-b", "unit") or path in (PRODUCTS, PROGRAMS)
    for object_id in [*sorted(outside), max(everything) + 1000]:
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 404, (object_id, response.text)
        assert f"{label} not found" in response.text
        assert "etag" not in response.headers
