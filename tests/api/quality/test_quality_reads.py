"""Screening programs, screenings, referrals, the contraceptive catalogue and distribution points on
the fast read path (app/services/quality/screening_reads.py, referral_reads.py,
contraceptive_reads.py) show exactly what the session path showed: for every demo caller the same
rows in the same pages, for every filter the same rows, the same single reads with their ETag (and
404 outside the scope). The previous implementation's queries are copied here and compared."""

from __future__ import annotations

from typing import Any

import pytest

from app.authz import Principal
from app.clock import local_today
from app.models.core.org import Org
from app.models.core.partner import Partner
from app.models.quality.contraceptive import ContraceptiveProduct
from app.models.quality.referral import Referral, ReferralStatus
from app.models.quality.screening import RiskLevel, Screening
from app.schemas.quality.contraceptive import PointRead, ProductRead
from app.schemas.quality.screening import ScreeningProgramRead
from app.services.quality import referrals as referral_service
from app.services.quality import screening as screening_service
from tests.api.quality.quality_read_data import (
    NEEDING,
    POINTS,
    PRODUCTS,
    PROGRAMS,
    REFERRALS,
    RESOURCES,
    SCREENINGS,
    add_rows,
    ids_of,
)
from tests.api.read_helpers import principal_of, walk
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district", "integration"]


# The previous implementation: screening.list_programs / get_program, screening.list_screenings /
# get_screening (+ to_reads, to_read), referrals.list_referrals / get_referral (+ to_read),
# contraceptive_catalogue.list_products / get_product, list_points / get_point: an ORM query in a
# session, ordered by id, each row through the read schema.


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


@pytest.mark.parametrize("path", [*RESOURCES, NEEDING])
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_pages_as_before(api, username, path):
    await add_rows(api)
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
    orgs = await ids_of(api, Org.id)
    if path == PROGRAMS:
        return [{"year": y} for y in (2019, 2020, 2025, 2026, 2027)]
    if path in (SCREENINGS, NEEDING):
        cases: list[dict[str, Any]] = [{"program_id": i} for i in await ids_of(api, Screening.program_id)]
        cases += [{"org_id": i} for i in orgs]
        if path == NEEDING:
            return cases
        cases += [{"risk_level": level.value} for level in RiskLevel]
        cases += [{"resident_id": i} for i in (await ids_of(api, Screening.resident_id))[:8]]
        days = await ids_of(api, Screening.screened_on)
        middle = days[len(days) // 2].isoformat()
        cases += [
            {"screened_from": middle},
            {"screened_to": middle},
            {"screened_from": middle, "screened_to": middle},
        ]
        cases += [{"risk_level": "high", "program_id": (await ids_of(api, Screening.program_id))[0]}]
        return cases
    if path == REFERRALS:
        cases = [{"status": s.value} for s in ReferralStatus] + [{"overdue": "true"}, {"overdue": "false"}]
        cases += [{"partner_id": i} for i in await ids_of(api, Partner.id)]
        cases += [{"resident_id": i} for i in await ids_of(api, Referral.resident_id)]
        cases += [{"screening_id": i} for i in await ids_of(api, Referral.screening_id)]
        cases += [{"priority": p} for p in ("routine", "urgent", "asap", "stat")]
        cases += [{"status": "requested", "overdue": "true"}]
        return cases
    if path == PRODUCTS:
        methods = await ids_of(api, ContraceptiveProduct.method)
        return [{"method": str(m.value)} for m in methods] + [{"active": "true"}, {"active": "false"}]
    return [{"org_id": i} for i in orgs] + [
        {"kind": k} for k in ("community_station", "unit_station", "clinic", "self_service_machine")
    ]


@pytest.mark.parametrize("path", [*RESOURCES, NEEDING])
@pytest.mark.parametrize("username", ["community-a", "street", "district"])
async def test_filters_give_the_same_rows_as_before(api, username, path):
    await add_rows(api)
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
    await add_rows(api)
    principal = await principal_of(api, username)
    permission, label = RESOURCES[path][:2]
    everything = set(await ids_of(api, RESOURCES[path][3].id))
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
