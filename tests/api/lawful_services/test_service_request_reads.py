"""Service requests on the fast read path (app/services/lawful_services/request_reads.py) show exactly
what the session path showed: for every demo caller the same rows, newest first, in the same pages,
for every filter; the same single reads with their ETag (404 outside the caller's area); the same
public status look-up by tracking code. The previous implementation's query is copied here and its
rows go through the previous row builder (request_views.to_reads), so these tests compare against it.

The demo template holds no requests: the module files some through the API first (in two
communities, for families and a resident, returned, forwarded, rejected, and two filed long ago so
that they are overdue today)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from app.authz import Principal
from app.clock import local_today
from app.models.core.family import Child, Family
from app.models.lawful_services.service import ServiceRequest, ServiceRequestState, ServiceType
from app.services.core.loading import date_range
from app.services.lawful_services import request_views
from app.services.lawful_services.requests import overdue_condition, request_scope
from tests.api.benefits.benefit_helpers import set_today
from tests.api.read_helpers import principal_of, walk
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]
PATH = "/api/v1/service-requests"
COMPLETE_BIRTH = [{"code": c} for c in ("husband_id_card", "wife_id_card", "marriage_certificate")]


# The previous implementation: app/services/lawful_services/requests.list_requests / get_request
# (an ORM query in a session, newest first), each row through request_views.to_reads.


def _old_requests(
    principal: Principal,
    today: date,
    *,
    state: str | None = None,
    service_type: str | None = None,
    org_id: int | None = None,
    family_id: int | None = None,
    resident_id: int | None = None,
    overdue: str | None = None,
    submitted_from: str | None = None,
    submitted_to: str | None = None,
) -> Select[Any]:
    stmt = (
        select(ServiceRequest).where(request_scope(principal)).options(selectinload(ServiceRequest.returns))
    )
    if state is not None:
        stmt = stmt.where(ServiceRequest.state == ServiceRequestState(state))
    if service_type is not None:
        stmt = stmt.where(
            ServiceRequest.service_type_id.in_(select(ServiceType.id).where(ServiceType.code == service_type))
        )
    if org_id is not None:
        stmt = stmt.where(ServiceRequest.org_id == org_id)
    if family_id is not None:
        stmt = stmt.where(ServiceRequest.family_id == family_id)
    if resident_id is not None:
        stmt = stmt.where(ServiceRequest.resident_id == resident_id)
    start = date.fromisoformat(submitted_from) if submitted_from else None
    end = date.fromisoformat(submitted_to) if submitted_to else None
    stmt = stmt.where(*date_range(ServiceRequest.submitted_on, start, end, "submitted"))
    if overdue is not None:
        condition = overdue_condition(today)
        stmt = stmt.where(condition if overdue == "true" else ~condition)
    return stmt.order_by(ServiceRequest.id.desc()).execution_options(populate_existing=True)


async def _expected(api: Api, principal: Principal, today: date | None = None, **filters: Any) -> list[dict]:
    day = today or local_today()
    async with api.session() as session:
        rows = (await session.execute(_old_requests(principal, day, **filters))).scalars().all()
        return [r.model_dump(mode="json") for r in await request_views.to_reads(session, rows, day)]


async def _families(api: Api, community: str, count: int) -> list[int]:
    """Families of the community with one child on record (as the service tests pick them)."""
    community_id = (await org_ids(api))[community]
    async with api.session() as session:
        one_child = select(Child.family_id).group_by(Child.family_id).having(func.count() == 1)
        stmt = select(Family.id).where(Family.community_id == community_id, Family.id.in_(one_child))
        return list((await session.execute(stmt.order_by(Family.id).limit(count))).scalars())


async def _file(api: Api, user: str, body: dict[str, Any]) -> dict[str, Any]:
    response = await api.post(user, PATH, body)
    assert response.status_code == 201, response.text
    return response.json()


@pytest.fixture(scope="module")
async def filed(api: Api) -> list[dict[str, Any]]:
    a = await _families(api, "community-a", 4)
    b = await _families(api, "community-b", 3)
    made = [await _file(api, "community-a", {"service_type": "birth_registration", "family_id": a[0]})]
    made.append(
        await _file(
            api,
            "community-a",
            {"service_type": "birth_registration", "family_id": a[1], "materials": COMPLETE_BIRTH},
        )
    )
    partly = [{"code": "husband_id_card"}, {"code": "wife_id_card", "form": "commitment"}]
    returned = await _file(
        api, "community-a", {"service_type": "birth_registration", "family_id": a[2], "materials": partly}
    )
    assert (
        await api.post("community-a", f"{PATH}/{returned['id']}/return", {"comment": "补正"})
    ).status_code == 200
    forwarded = made[1]
    assert (await api.post("community-a", f"{PATH}/{forwarded['id']}/forward")).status_code == 200
    rejected = await _file(api, "community-b", {"service_type": "birth_registration", "family_id": b[0]})
    reject = await api.post("community-b", f"{PATH}/{rejected['id']}/reject", {"reason": "不符合条件"})
    assert reject.status_code == 200, reject.text
    async with api.session() as session:
        resident = (await session.execute(select(Family.husband_id).where(Family.id == b[1]))).scalar_one()
    made += [returned, rejected]
    made.append(
        await _file(
            api,
            "community-b",
            {"service_type": "migrant_marriage_certificate", "resident_id": resident, "note": "外出务工"},
        )
    )
    set_today(api, date(2019, 9, 2))  # filed long ago: open and overdue today
    try:
        made.append(
            await _file(api, "community-a", {"service_type": "birth_registration", "family_id": a[3]})
        )
        made.append(
            await _file(api, "community-b", {"service_type": "birth_registration", "family_id": b[2]})
        )
    finally:
        api.app.dependency_overrides.clear()
    return made


@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_pages_newest_first(api, filed, username):
    principal = await principal_of(api, username)
    if not principal.can("services:read"):
        for path in (PATH, f"{PATH}/overdue", f"{PATH}/{filed[0]['id']}"):
            assert (await api.get(username, path, params={"limit": 2})).status_code == 403
        return
    expected = await _expected(api, principal)
    if principal.org_kind.value in ("street", "district"):
        assert len(expected) == len(filed)
    ids = [row["id"] for row in expected]
    assert ids == sorted(ids, reverse=True)
    for limit in (1, 2, 3, 50):
        items, pages = await walk(api, username, PATH, limit)
        assert items == expected
        assert pages == max(1, -(-len(expected) // limit))


@pytest.mark.parametrize("username", ["community-a", "street", "district"])
async def test_every_filter_gives_the_same_rows_as_before(api, filed, username):
    principal = await principal_of(api, username)
    ids = await org_ids(api)
    cases: list[dict[str, Any]] = [{"state": s.value} for s in ServiceRequestState]
    cases += [
        {"service_type": c} for c in ("birth_registration", "migrant_marriage_certificate", "none_such")
    ]
    cases += [{"org_id": i} for i in ids.values()]
    cases += [{"family_id": r["family_id"]} for r in filed if r["family_id"]]
    cases += [{"resident_id": r["resident_id"]} for r in filed if r["resident_id"]]
    cases += [{"overdue": "true"}, {"overdue": "false"}, {"overdue": "true", "state": "submitted"}]
    cases += [{"submitted_to": "2019-12-31"}, {"submitted_from": "2020-01-01"}]
    cases += [{"submitted_from": "2019-09-02", "submitted_to": "2019-09-02", "org_id": ids["community-a"]}]
    nonempty = 0
    for filters in cases:
        expected = await _expected(api, principal, **filters)
        assert (await walk(api, username, PATH, 2, **filters))[0] == expected, filters
        nonempty += bool(expected)
    assert nonempty >= 10
    overdue = await _expected(api, principal, overdue="true")
    assert overdue and all(row["overdue"] for row in overdue)
    assert (await walk(api, username, f"{PATH}/overdue", 1))[0] == overdue


async def test_a_backwards_submission_range_is_the_same_422(api, filed):
    params = {"submitted_from": "2020-01-02", "submitted_to": "2020-01-01"}
    response = await api.get("street", PATH, params=params)
    assert response.status_code == 422 and response.json()["errors"][0]["loc"] == ["query", "submitted_from"]


async def test_rows_show_names_steps_materials_and_returns(api, filed):
    rows = {row["id"]: row for row in await _expected(api, await principal_of(api, "street"))}
    returned = rows[filed[2]["id"]]
    assert returned["state"] == "returned" and returned["next_steps"] == ["resubmit", "reject"]
    assert [m["code"] for m in returned["missing_materials"]] == ["marriage_certificate"]
    assert returned["materials"][1] == {"code": "wife_id_card", "form": "commitment", "alternative": None}
    assert len(returned["returns"]) == 1 and returned["returns"][0]["comment"] == "补正"
    assert " / " in returned["applicant_name"]
    resident = rows[filed[4]["id"]]
    assert resident["resident_id"] and resident["applicant_name"] and " / " not in resident["applicant_name"]
    assert rows[filed[1]["id"]]["state"] == "forwarded" and rows[filed[3]["id"]]["state"] == "rejected"
    assert (
        rows[filed[5]["id"]]["overdue"]
        and rows[filed[6]["id"]]["overdue"]
        and not rows[filed[0]["id"]]["overdue"]
    )


@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_are_the_old_read_with_etag_and_404_outside(api, filed, username):
    principal = await principal_of(api, username)
    if not principal.can("services:read"):
        return  # 403: test_each_caller_sees_the_same_pages_newest_first
    visible = {row["id"]: row for row in await _expected(api, principal)}
    for request_id in [r["id"] for r in filed] + [10**9]:
        response = await api.get(username, f"{PATH}/{request_id}")
        if request_id in visible:
            assert response.status_code == 200
            assert response.json() == visible[request_id]
            assert response.headers["etag"] == f'"{visible[request_id]["version"]}"'
        else:
            assert response.status_code == 404, response.text
            assert response.json()["detail"] == "Service request not found"
    if principal.org_kind.value == "community":
        assert 0 < len(visible) < len(filed)


async def test_the_public_status_look_up_is_the_old_one(api, filed):
    compared = 0
    for row in filed:
        async with api.session() as session:
            old = (await request_views.public_status(session, row["tracking_code"])).model_dump(mode="json")
        for code in (row["tracking_code"], row["tracking_code"].lower()):
            response = await api.client.get(f"/api/v1/public/service-requests/{code}")
            assert response.status_code == 200 and response.json() == old
            assert "etag" not in response.headers
        compared += bool(old["missing_materials"])
    assert compared == 1  # the returned one: what to bring
    missing = await api.client.get("/api/v1/public/service-requests/AAAAAAAAAAAA")
    assert missing.status_code == 404
    assert missing.json()["detail"] == "No service request has this tracking code"
