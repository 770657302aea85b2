"""Orgs, users and partners on the fast read path (app/services/core/org_reads.py, user_reads.py,
partner_reads.py): for every demo caller its subtree's rows in pages, each filter's rows, the single
reads with their ETag (404 outside the scope), an org's children; and the lane answers as FastAPI
does, over partners of every shape."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.models.core.org import Org, OrgKind
from app.models.core.partner import Partner, PartnerKind
from app.models.core.user import User
from tests.api.read_helpers import lane_answers_as_fastapi, pages_agree, principal_of, reads_by_id, walk
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]
RESOURCES: dict[str, tuple[str, str, Any]] = {
    # path: (permission, 404 label, model)
    "/api/v1/orgs": ("orgs:read", "Organisation", Org),
    "/api/v1/users": ("users:read", "User", User),
    "/api/v1/partners": ("partners:read", "Partner", Partner),
}


async def _all_ids(api: Api, path: str) -> list[int]:
    model = RESOURCES[path][2]
    async with api.session() as session:
        return sorted((await session.execute(select(model.id))).scalars().all())


async def _subtree(api: Api, username: str) -> tuple[set[int], set[int]]:
    """The ids of the orgs in the caller's subtree, and of those above it."""
    principal = await principal_of(api, username)
    async with api.session() as session:
        orgs = (await session.execute(select(Org.id, Org.path))).all()
    below = {i for i, path in orgs if path.startswith(principal.org_path)}
    above = {i for i, path in orgs if principal.org_path.startswith(path)}
    return below, above


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_its_subtree_in_pages_and_by_id(api, username, path):
    principal = await principal_of(api, username)
    permission, label, _ = RESOURCES[path]
    if path == "/api/v1/partners":
        await _more_partners(api)
    every = await _all_ids(api, path)
    if not principal.can(permission):
        for params in ({}, {"limit": 2}):
            assert (await api.get(username, path, params=params)).status_code == 403
        assert (await api.get(username, f"{path}/{every[0]}")).status_code == 403
        return
    rows = await pages_agree(api, username, path)
    assert rows, "the demo gives every caller some rows"
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    below, above = await _subtree(api, username)
    ids = await org_ids(api)
    if path == "/api/v1/orgs":
        assert {r["id"] for r in rows} == below
    elif path == "/api/v1/users":
        assert rows and all(r["org_id"] in below for r in rows)
    else:  # a partner serves its org's subtree and is seen above it
        assert all(r["org_id"] in below | above for r in rows)
    if username == "district":
        assert len(rows) == len(every)
    if username == "community-b":
        assert ids["community-a"] not in {r.get("org_id", r["id"]) for r in rows}
    await reads_by_id(api, username, path, [r["id"] for r in rows], every, label)


async def _check_filters(api: Api, username: str, path: str, cases: list[dict[str, Any]]) -> int:
    """Each case's rows are the list's rows with those values; how many cases had rows."""
    everything = (await walk(api, username, path, 100))[0]
    nonempty = 0
    for filters in cases:
        want = [r for r in everything if all(str(r[k]).lower() == str(v) for k, v in filters.items())]
        assert (await walk(api, username, path, 2, **filters))[0] == want, filters
        nonempty += bool(want)
    return nonempty


@pytest.mark.parametrize("username", CALLERS)
async def test_org_user_and_partner_filters_pick_their_rows(api, username):
    await _more_partners(api)
    principal = await principal_of(api, username)
    ids = await org_ids(api)
    every_org = await _all_ids(api, "/api/v1/orgs")
    if principal.can("orgs:read"):
        cases: list[dict[str, Any]] = [{"kind": kind.value} for kind in OrgKind]
        cases += [{"parent_id": i} for i in every_org]
        cases += [{"kind": "community", "parent_id": ids["street"]}]
        assert await _check_filters(api, username, "/api/v1/orgs", cases) >= (2 if username != "unit" else 1)
    if principal.can("users:read"):
        cases = [{"role": role} for role in ("street_admin", "community_officer", "unit_liaison")]
        cases += [{"org_id": i} for i in every_org]
        cases += [{"org_id": ids["community-a"], "role": "community_officer"}]
        assert await _check_filters(api, username, "/api/v1/users", cases) >= 2
    if principal.can("partners:read"):
        cases = [{"kind": kind.value} for kind in PartnerKind]
        cases += [{"active": "true"}, {"active": "false"}] + [{"org_id": i} for i in every_org]
        cases += [{"kind": "hospital", "active": "true", "org_id": ids["street"]}]
        assert await _check_filters(api, username, "/api/v1/partners", cases) >= 3
        everything = (await walk(api, username, "/api/v1/partners", 100))[0]
        assert any(row["services"] == [] for row in everything)
        assert any(len(row["services"]) > 1 for row in everything)


@pytest.mark.parametrize("username", CALLERS)
async def test_org_children_are_the_orgs_below_and_404_out_of_scope(api, username):
    principal = await principal_of(api, username)
    path = "/api/v1/orgs"
    everything = await _all_ids(api, path)
    if not principal.can("orgs:read"):
        assert (await api.get(username, f"{path}/{min(everything)}/children")).status_code == 403
        return
    visible = (await walk(api, username, path, 100))[0]
    nonempty = 0
    for org_id in everything:
        if org_id in {r["id"] for r in visible}:
            expected = [r for r in visible if r["parent_id"] == org_id]
            assert (await walk(api, username, f"{path}/{org_id}/children", 1))[0] == expected
            nonempty += bool(expected)
        else:
            response = await api.get(username, f"{path}/{org_id}/children", params={"cursor": "junk"})
            assert response.status_code == 404, response.text  # the org's scope first
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
