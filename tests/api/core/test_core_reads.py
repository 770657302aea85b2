"""Orgs, users and partners on the fast read path (app/services/core/org_reads.py, user_reads.py,
partner_reads.py) show exactly what the session path showed: for every demo caller the same rows in
the same pages, for every filter the same rows, the same single reads (and 404 outside the scope).
The previous implementation's queries are copied here, so these tests compare against it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Select, select

from app.authz import Principal, Role, in_subtree, org_scope, shared_scope
from app.models.core.org import Org, OrgKind
from app.models.core.partner import Partner, PartnerKind
from app.models.core.user import User
from app.schemas.core.org import OrgRead
from app.schemas.core.partner import PartnerRead
from app.schemas.core.user import UserRead
from tests.api.read_helpers import lane_answers_as_fastapi, principal_of, walk
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]


# The previous implementation: app/services/core/orgs.list_orgs / get_org, users.list_users /
# get_user and partners.list_partners / get_partner (an ORM query in a session, ordered by id, each
# row through the read schema).


def _old_orgs(principal: Principal, kind: str | None = None, parent_id: int | None = None) -> Select[Any]:
    stmt = select(Org).where(org_scope(principal))
    if kind is not None:
        stmt = stmt.where(Org.kind == OrgKind(kind))
    if parent_id is not None:
        stmt = stmt.where(Org.parent_id == parent_id)
    return stmt


def _old_users(principal: Principal, org_id: int | None = None, role: str | None = None) -> Select[Any]:
    stmt = select(User).join(Org, Org.id == User.org_id).where(in_subtree(Org.path, principal))
    if org_id is not None:
        stmt = stmt.where(User.org_id == org_id)
    if role is not None:
        stmt = stmt.where(User.role == Role(role).value)
    return stmt


def _old_partners(
    principal: Principal, kind: str | None = None, active: str | None = None, org_id: int | None = None
) -> Select[Any]:
    stmt = select(Partner).where(shared_scope(Partner.org_id, principal))
    if kind is not None:
        stmt = stmt.where(Partner.kind == PartnerKind(kind))
    if active is not None:
        stmt = stmt.where(Partner.active.is_(active == "true"))
    if org_id is not None:
        stmt = stmt.where(Partner.org_id == org_id)
    return stmt


RESOURCES: dict[str, tuple[str, str, Any, Any, Any]] = {
    # path: (permission, 404 label, old query, model, read schema)
    "/api/v1/orgs": ("orgs:read", "Organisation", _old_orgs, Org, OrgRead),
    "/api/v1/users": ("users:read", "User", _old_users, User, UserRead),
    "/api/v1/partners": ("partners:read", "Partner", _old_partners, Partner, PartnerRead),
}


async def _expected(api: Api, path: str, principal: Principal, **filters: Any) -> list[dict]:
    _, _, old, model, schema = RESOURCES[path]
    async with api.session() as session:
        rows = (await session.execute(old(principal, **filters).order_by(model.id))).scalars().all()
        return [schema.model_validate(row).model_dump(mode="json") for row in rows]


async def _all_ids(api: Api, path: str) -> set[int]:
    model = RESOURCES[path][3]
    async with api.session() as session:
        return set((await session.execute(select(model.id))).scalars().all())


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_pages_as_before(api, username, path):
    principal = await principal_of(api, username)
    if not principal.can(RESOURCES[path][0]):
        for params in ({}, {"limit": 2}):
            assert (await api.get(username, path, params=params)).status_code == 403
        return
    expected = await _expected(api, path, principal)
    assert expected, "the demo gives every caller some rows"
    for limit in (1, 2, 3):
        items, pages = await walk(api, username, path, limit)
        assert items == expected
        assert pages == max(1, -(-len(expected) // limit))  # no empty page after an exact multiple


@pytest.mark.parametrize("username", CALLERS)
async def test_org_filters_give_the_same_rows_as_before(api, username):
    principal = await principal_of(api, username)
    path = "/api/v1/orgs"
    if not principal.can("orgs:read"):
        assert (await api.get(username, path, params={"kind": "street"})).status_code == 403
        return
    cases: list[dict[str, Any]] = [{"kind": kind.value} for kind in OrgKind]
    cases += [{"parent_id": i} for i in sorted(await _all_ids(api, path))]
    cases += [{"kind": "community", "parent_id": (await org_ids(api))["street"]}]
    nonempty = 0
    for filters in cases:
        expected = await _expected(api, path, principal, **filters)
        assert (await walk(api, username, path, 2, **filters))[0] == expected, filters
        nonempty += bool(expected)
    assert nonempty >= 2


@pytest.mark.parametrize("username", CALLERS)
async def test_user_filters_give_the_same_rows_as_before(api, username):
    principal = await principal_of(api, username)
    path = "/api/v1/users"
    if not principal.can("users:read"):
        assert (await api.get(username, path, params={"role": "street_admin"})).status_code == 403
        return
    cases: list[dict[str, Any]] = [{"role": role.value} for role in Role]
    cases += [{"org_id": i} for i in sorted(await _all_ids(api, "/api/v1/orgs"))]
    ids = await org_ids(api)
    cases += [{"org_id": ids["community-a"], "role": "community_officer"}]
    nonempty = 0
    for filters in cases:
        expected = await _expected(api, path, principal, **filters)
        assert (await walk(api, username, path, 2, **filters))[0] == expected, filters
        nonempty += bool(expected)
    assert nonempty >= 2


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_match_and_are_404_out_of_scope(api, username, path):
    principal = await principal_of(api, username)
    permission, label = RESOURCES[path][:2]
    if path == "/api/v1/partners":
        await _more_partners(api)
    everything = await _all_ids(api, path)
    if not principal.can(permission):
        assert (await api.get(username, f"{path}/{min(everything)}")).status_code == 403
        return
    expected = await _expected(api, path, principal)
    for row in expected:
        response = await api.get(username, f"{path}/{row['id']}")
        assert response.status_code == 200, response.text
        assert response.json() == row
        assert response.headers["etag"] == f'"{row["version"]}"'
    outside = everything - {row["id"] for row in expected}
    # a partner serves its org's subtree and is seen above it: the street sees the demo's all
    assert outside or username == "district" or (path == "/api/v1/partners" and "street" in username)
    for object_id in [*sorted(outside), max(everything) + 1000]:
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 404, (object_id, response.text)
        assert f"{label} not found" in response.text
        assert "etag" not in response.headers


@pytest.mark.parametrize("username", CALLERS)
async def test_org_children_match_and_are_404_out_of_scope(api, username):
    principal = await principal_of(api, username)
    path = "/api/v1/orgs"
    everything = await _all_ids(api, path)
    if not principal.can("orgs:read"):
        assert (await api.get(username, f"{path}/{min(everything)}/children")).status_code == 403
        return
    visible = {row["id"] for row in await _expected(api, path, principal)}
    nonempty = 0
    for org_id in sorted(everything):
        if org_id in visible:
            expected = await _expected(api, path, principal, parent_id=org_id)
            assert (await walk(api, username, f"{path}/{org_id}/children", 1))[0] == expected
            nonempty += bool(expected)
        else:
            response = await api.get(username, f"{path}/{org_id}/children", params={"cursor": "junk"})
            assert response.status_code == 404, response.text  # the org's scope first, as before
            assert "Organisation not found" in response.text
    assert nonempty or username in ("community-a", "community-b", "unit")


@pytest.mark.parametrize("path", list(RESOURCES))
async def test_bad_cursors_and_limits_are_refused_as_before(api, path):
    for params in ({"cursor": "junk"}, {"limit": 0}, {"limit": 10_000}):
        response = await api.get("street", path, params=params)
        assert response.status_code in (400, 422), (params, response.text)


async def _more_partners(api: Api) -> None:
    """Partners with every shape of service list (none, one, several with non-ASCII and quotes) and a
    retired one, at street and community level."""
    ids = await org_ids(api)
    bodies = [
        ("street", {"name": "街道医院", "kind": "hospital", "services": [], "org_id": ids["street"]}),
        (
            "street",
            {
                "name": "学校",
                "kind": "school",
                "services": ['"引号" \\ 与', "b"],
                "org_id": ids["community-a"],
            },
        ),
        (
            "district",
            {
                "name": "区妇幼",
                "kind": "mch_hospital",
                "services": ["孕前优生健康检查"],
                "org_id": ids["district"],
            },
        ),
    ]
    for username, body in bodies:
        response = await api.post(username, "/api/v1/partners", body)
        assert response.status_code == 201, response.text
    clinic = await api.post(
        "street",
        "/api/v1/partners",
        {"name": "诊所", "kind": "clinic", "services": ["x"], "org_id": ids["community-b"]},
    )
    assert clinic.status_code == 201, clinic.text
    retired = await api.patch(
        "street",
        f"/api/v1/partners/{clinic.json()['id']}",
        {"active": False},
        headers={"If-Match": clinic.headers["etag"]},
    )
    assert retired.status_code == 200, retired.text


@pytest.mark.parametrize("username", CALLERS)
async def test_partner_filters_give_the_same_rows_as_before(api, username):
    await _more_partners(api)
    principal = await principal_of(api, username)
    path = "/api/v1/partners"
    if not principal.can("partners:read"):
        assert (await api.get(username, path, params={"kind": "school"})).status_code == 403
        return
    everything = await _expected(api, path, principal)
    assert any(row["services"] == [] for row in everything)
    assert any(len(row["services"]) > 1 for row in everything)
    cases: list[dict[str, Any]] = [{"kind": kind.value} for kind in PartnerKind]
    cases += [{"active": "true"}, {"active": "false"}]
    cases += [{"org_id": i} for i in sorted(await _all_ids(api, "/api/v1/orgs"))]
    ids = await org_ids(api)
    cases += [{"kind": "hospital", "active": "true", "org_id": ids["street"]}]
    nonempty = 0
    for filters in cases:
        expected = await _expected(api, path, principal, **filters)
        assert (await walk(api, username, path, 2, **filters))[0] == expected, filters
        nonempty += bool(expected)
    assert nonempty >= 3
    for limit in (1, 4):
        assert (await walk(api, username, path, limit))[0] == everything
    for row in everything:
        response = await api.get(username, f"{path}/{row['id']}")
        assert response.status_code == 200 and response.json() == row


async def test_the_lane_and_fastapi_answer_alike(api):
    """The converted routes answer through the read lane as FastAPI answers them (app built with
    the lane off): the same status, body and headers for good and bad requests."""
    await _more_partners(api)
    ids = await org_ids(api)
    zh = {"Accept-Language": "zh-CN"}
    cases: list[tuple[str | None, str, dict, dict]] = []
    for path in RESOURCES:
        first = (await api.get("community-a", path, params={"limit": 1})).json()
        for params in (
            {},
            {"limit": 1},
            {"limit": 1, "cursor": first["next_cursor"]},
            {"limit": 0},
            {"limit": "abc"},
            {"cursor": "not-a-cursor"},
            {"cursor": "WzEsMiwzXQ"},
        ):
            cases += [("community-a", path, params, {}), ("street", path, params, zh)]
        everything = sorted(await _all_ids(api, path))
        for object_id in (everything[0], everything[-1], everything[-1] + 1, 0):
            cases += [
                ("community-a", f"{path}/{object_id}", {}, {}),
                ("community-b", f"{path}/{object_id}", {}, zh),
            ]
        cases += [("community-a", f"{path}/abc", {}, {}), (None, path, {}, {}), (None, f"{path}/1", {}, {})]
        cases += [(None, path, {}, {"Authorization": "Bearer not.a.token"})]
    cases += [
        ("street", "/api/v1/orgs", {"kind": "community", "parent_id": ids["street"]}, {}),
        ("street", "/api/v1/orgs", {"kind": "bogus"}, {}),
        ("street", "/api/v1/users", {"role": "bogus"}, {}),
        ("street", "/api/v1/users", {"role": "street_admin", "org_id": ids["street"]}, {}),
        ("street", "/api/v1/partners", {"active": "maybe"}, {}),
        ("street", "/api/v1/partners", {"active": "false", "kind": "clinic"}, {}),
        ("street", "/api/v1/partners", {"org_id": -1}, {}),
    ]
    for org_id in (ids["street"], ids["street-2"], 0):
        for params in ({}, {"limit": 1}, {"cursor": "junk"}):
            cases.append(("street", f"/api/v1/orgs/{org_id}/children", params, {}))
    statuses = await lane_answers_as_fastapi(api, cases)
    assert {200, 401, 404, 422} <= statuses
