"""Service requests on the fast read path (app/services/lawful_services/request_reads.py): for every
demo caller its area's rows, newest first, in pages; each filter's rows; the single reads with their
ETag (404 outside the caller's area); the public status look-up by tracking code.

The demo template holds no requests: the module files some through the API first (in two
communities, for families and a resident, returned, forwarded, rejected, and two filed long ago so
that they are overdue today)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models.core.family import Child, Family
from app.models.lawful_services.service import ServiceRequestState
from tests.api.benefits.benefit_helpers import set_today
from tests.api.read_helpers import pages_agree, principal_of, reads_by_id, walk
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]
PATH = "/api/v1/service-requests"
COMPLETE_BIRTH = [{"code": c} for c in ("husband_id_card", "wife_id_card", "marriage_certificate")]


async def _listed(api: Api, username: str, **filters: Any) -> list[dict]:
    return (await walk(api, username, PATH, 100, **filters))[0]


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
async def test_each_caller_sees_its_area_in_pages_newest_first(api, filed, username):
    principal = await principal_of(api, username)
    if not principal.can("services:read"):
        for path in (PATH, f"{PATH}/overdue", f"{PATH}/{filed[0]['id']}"):
            assert (await api.get(username, path, params={"limit": 2})).status_code == 403
        return
    expected = await pages_agree(api, username, PATH)
    if principal.org_kind.value in ("street", "district"):
        assert len(expected) == len(filed)
    if principal.org_kind.value == "community":
        assert expected and all(row["org_id"] == principal.org_id for row in expected)
    ids = [row["id"] for row in expected]
    assert ids == sorted(ids, reverse=True)


@pytest.mark.parametrize("username", ["community-a", "street", "district"])
async def test_every_filter_picks_its_rows(api, filed, username):
    everything = await _listed(api, username)
    ids = await org_ids(api)
    cases: list[tuple[dict[str, Any], Any]] = [
        ({"state": s.value}, lambda r, v=s.value: r["state"] == v) for s in ServiceRequestState
    ]
    cases += [
        ({"service_type": c}, lambda r, c=c: r["service_type"] == c)
        for c in ("birth_registration", "migrant_marriage_certificate", "none_such")
    ]
    cases += [({"org_id": i}, lambda r, i=i: r["org_id"] == i) for i in ids.values()]
    for field in ("family_id", "resident_id"):
        cases += [({field: f[field]}, lambda r, k=field, v=f[field]: r[k] == v) for f in filed if f[field]]
    cases += [
        ({"overdue": "true"}, lambda r: r["overdue"]),
        ({"overdue": "false"}, lambda r: not r["overdue"]),
    ]
    cases += [
        ({"overdue": "true", "state": "submitted"}, lambda r: r["overdue"] and r["state"] == "submitted")
    ]
    nonempty = 0
    for filters, keeps in cases:
        rows = await _listed(api, username, **filters)
        assert rows == [r for r in everything if keeps(r)], filters
        nonempty += bool(rows)
    assert nonempty >= 10
    before = await _listed(api, username, submitted_to="2019-12-31")
    after = await _listed(api, username, submitted_from="2020-01-01")
    assert before and after and sorted(before + after, key=lambda r: -r["id"]) == everything
    overdue = await _listed(api, username, overdue="true")
    assert overdue and (await walk(api, username, f"{PATH}/overdue", 1))[0] == overdue


async def test_a_backwards_submission_range_is_the_same_422(api, filed):
    params = {"submitted_from": "2020-01-02", "submitted_to": "2020-01-01"}
    response = await api.get("street", PATH, params=params)
    assert response.status_code == 422 and response.json()["errors"][0]["loc"] == ["query", "submitted_from"]


async def test_rows_show_names_steps_materials_and_returns(api, filed):
    rows = {row["id"]: row for row in await _listed(api, "street")}
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
async def test_single_reads_are_the_list_rows_with_etag_and_404_outside(api, filed, username):
    principal = await principal_of(api, username)
    if not principal.can("services:read"):
        return  # 403: test_each_caller_sees_its_area_in_pages_newest_first
    visible = {row["id"]: row for row in await _listed(api, username)}
    singles = await reads_by_id(
        api, username, PATH, list(visible), [r["id"] for r in filed], "Service request"
    )
    assert singles == [visible[i] for i in sorted(visible)], "the single read is the list's row"
    if principal.org_kind.value == "community":
        assert 0 < len(visible) < len(filed)


async def test_the_public_status_look_up_shows_state_and_dates_nothing_personal(api, filed):
    rows = {row["tracking_code"]: row for row in await _listed(api, "street")}
    compared = 0
    for row in filed:
        staff = rows[row["tracking_code"]]
        for code in (row["tracking_code"], row["tracking_code"].lower()):
            response = await api.client.get(f"/api/v1/public/service-requests/{code}")
            assert response.status_code == 200 and "etag" not in response.headers
            shown = response.json()
            assert {k: shown[k] for k in ("tracking_code", "service_type", "state", "due_on")} == {
                k: staff[k] for k in ("tracking_code", "service_type", "state", "due_on")
            }
            assert shown["missing_materials"] == (
                staff["missing_materials"] if staff["state"] == "returned" else []
            )
            assert not {"applicant_name", "family_id", "resident_id", "org_id"} & set(shown)
        compared += bool(shown["missing_materials"])
    assert compared == 1  # the returned one: what to bring
    missing = await api.client.get("/api/v1/public/service-requests/AAAAAAAAAAAA")
    assert missing.status_code == 404
    assert missing.json()["detail"] == "No service request has this tracking code"
