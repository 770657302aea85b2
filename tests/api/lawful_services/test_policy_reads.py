"""Policies, service guides and a family's documents on the fast read path
(app/services/lawful_services/policy_reads.py, service_type_reads.py, document_reads.py), for every
demo caller and the public: the rows each may see, newest first, each filter's rows, the single reads
and numbered revisions with their ETag, 404 outside the caller's scope.

The module first makes what the demo template lacks: a draft of the street and one of the other
street (drafts are scoped), a policy published and revised twice (three revisions), a guide linked
to a draft policy (never shown) and a completed birth registration (a family document)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from app.authz import family_scope
from app.models.core.family import Child, Family
from app.models.lawful_services.document import FamilyDocument
from app.models.lawful_services.policy import Policy, PolicyCategory, PolicyStatus
from app.models.lawful_services.service import ServiceType
from app.schemas.lawful_services.service import FamilyDocumentRead
from tests.api.read_helpers import principal_of, walk
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]
POLICIES = "/api/v1/policies"
PUBLIC = "/api/v1/public/policies"


async def _ok(response: Any) -> dict[str, Any]:
    assert response.status_code in (200, 201), response.text
    return response.json()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
async def made(api: Api) -> dict[str, Any]:
    body = {"title": "生育登记办事指南（草案）", "issuing_authority": "解放碑街道", "category": "procedure"}
    body |= {"body": "生育登记 材料 一次性告知", "effective_on": "2020-01-01"}
    draft = await _ok(await api.post("street", POLICIES, body))
    revised = await _ok(
        await api.post("street", POLICIES, {**body, "title": "再生育审批指南", "expires_on": "2030-12-31"})
    )
    path = f"{POLICIES}/{revised['id']}"
    revised = await _ok(
        await api.post("street", f"{path}/publish", headers={"If-Match": f'"{revised["version"]}"'})
    )
    for title in ("再生育审批指南（修订）", "再生育审批指南（二次修订）"):
        etag = {"If-Match": f'"{revised["version"]}"'}
        revised = await _ok(await api.patch("street", path, {"title": title}, headers=etag))
    district_draft = await _ok(await api.post("district", POLICIES, {**body, "title": "区级草案"}))
    guide = {
        "code": "lawful_reads_guide",
        "name": "测试事项",
        "subject": "family",
        "time_limit_working_days": 5,
        "where_to_apply": "社区服务站",
        "materials": [
            {"code": "id_card", "name": "身份证", "alternatives": [{"code": "passport", "name": "护照"}]}
        ],
        "policy_ids": [draft["id"], revised["id"], 1],
    }
    await _ok(await api.post("street", "/api/v1/service-types", guide))
    # a completed birth registration: a family document
    ids = await org_ids(api)
    async with api.session() as session:
        one_child = select(Child.family_id).group_by(Child.family_id).having(func.count() == 1)
        stmt = select(Family.id).where(Family.community_id == ids["community-a"], Family.id.in_(one_child))
        family_id = (await session.execute(stmt.order_by(Family.id.desc()).limit(1))).scalar_one()
    materials = [{"code": c} for c in ("husband_id_card", "wife_id_card", "marriage_certificate")]
    filed = await _ok(
        await api.post(
            "community-a",
            "/api/v1/service-requests",
            {"service_type": "birth_registration", "family_id": family_id, "materials": materials},
        )
    )
    await _ok(await api.post("community-a", f"/api/v1/service-requests/{filed['id']}/forward"))
    done = await _ok(await api.post("street", f"/api/v1/service-requests/{filed['id']}/accept"))
    assert done["state"] == "completed"
    return {"draft": draft, "revised": revised, "district_draft": district_draft, "family_id": family_id}


def _keeps(filters: dict[str, str]) -> Any:
    """What a filter keeps, judged on a summary row."""
    ((name, value),) = filters.items()
    if name == "effective_from":
        return lambda r: r["effective_on"] >= value
    if name == "effective_to":
        return lambda r: r["effective_on"] <= value
    if name == "in_force_on":
        return lambda r: (
            r["status"] == "published"
            and r["effective_on"] <= value
            and (r["expires_on"] is None or r["expires_on"] >= value)
        )
    return lambda r: r[name] == value


FILTERS: list[dict[str, Any]] = [
    *({"status": s.value} for s in PolicyStatus),
    *({"category": c.value} for c in PolicyCategory),
    {"effective_from": "2016-01-01"},
    {"effective_to": "2016-01-01"},
    {"in_force_on": "2020-06-01"},
    {"in_force_on": "2031-01-01"},
]


async def _listed(api: Api, username: str | None, **filters: Any) -> list[dict]:
    if username is None:
        return (await _walk_public(api, PUBLIC, 2, **filters))[0]
    return (await walk(api, username, POLICIES, 2, **filters))[0]


@pytest.mark.parametrize("username", [*CALLERS, None])
async def test_policy_lists_scope_and_filters(api, made, username):
    principal = await principal_of(api, username) if username else None
    everything = await _listed(api, username)
    ids = [r["id"] for r in everything]
    assert len(everything) >= 5 and ids == sorted(ids, reverse=True)
    if principal is None:
        assert all(r["status"] in ("published", "repealed") for r in everything), "the public sees no draft"
    seen_draft = made["draft"]["id"] in ids
    assert seen_draft == (principal is not None and principal.org_kind.value in ("street", "district"))
    assert (made["district_draft"]["id"] in ids) == (username == "district")
    nonempty = 0
    for filters in FILTERS:
        if principal is None and "status" in filters:
            continue
        rows = await _listed(api, username, **filters)
        assert rows == [r for r in everything if _keeps(filters)(r)], filters
        nonempty += bool(rows)
    assert nonempty >= 5
    for q, found in (("生育", True), ("生育登记", True), ("再生育 指南", True), ("zzz", False)):
        rows = await _listed(api, username, q=q)
        assert all(r in everything for r in rows) and bool(rows) == found, q
    both = await _listed(api, username, in_force_on="2031-01-01", category="procedure")
    assert all(r["category"] == "procedure" and r["status"] == "published" for r in both)


async def _walk_public(api: Api, path: str, limit: int, **filters: Any) -> tuple[list[dict], int]:
    items: list[dict] = []
    cursor, pages = None, 0
    while True:
        params = {**filters, "limit": limit, **({"cursor": cursor} if cursor else {})}
        response = await api.client.get(path, params=params)
        assert response.status_code == 200, response.text
        items += response.json()["items"]
        pages += 1
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return items, pages


@pytest.mark.parametrize("username", [*CALLERS, None])
async def test_policy_single_reads_and_revisions(api, made, username):
    principal = await principal_of(api, username) if username else None
    async with api.session() as session:
        every = sorted((await session.execute(select(Policy.id))).scalars())
    listed = {r["id"]: r for r in await _listed(api, username)}
    base = POLICIES if principal else PUBLIC
    get = (lambda path: api.get(username, path)) if username else api.client.get
    assert (len(listed) < len(every)) == (username != "district")  # the district sees every draft
    for policy_id in [*every, 10**9]:
        one, versions = await get(f"{base}/{policy_id}"), await get(f"{base}/{policy_id}/versions")
        if policy_id not in listed:
            assert one.status_code == versions.status_code == 404
            assert one.json()["detail"] == versions.json()["detail"] == "Policy not found"
            continue
        assert one.status_code == 200 and {k: one.json()[k] for k in listed[policy_id]} == listed[policy_id]
        assert "body" in one.json() and ("owner_org_id" in one.json()) == (principal is not None)
        assert one.headers.get("etag") == (f'"{one.json()["version"]}"' if principal else None)
        assert versions.status_code == 200
        revisions = versions.json()
        assert [r["revision"] for r in revisions] == list(range(1, len(revisions) + 1))
        assert len(revisions) == listed[policy_id]["revision"]
        if principal is None:
            continue
        for revision in range(0, len(revisions) + 2):
            single = await get(f"{base}/{policy_id}/versions/{revision}")
            if 1 <= revision <= len(revisions):
                assert single.status_code == 200 and single.json() == revisions[revision - 1]
            else:
                assert single.status_code == 404 and single.json()["detail"] == "Policy revision not found"
    revised = await get(f"{base}/{made['revised']['id']}/versions")
    assert [r["revision"] for r in revised.json()] == [1, 2, 3]


@pytest.mark.parametrize("username", [*CALLERS, None])
async def test_service_guides_active_and_all_with_their_policies(api, made, username):
    principal = await principal_of(api, username) if username else None
    async with api.session() as session:
        rows = (
            await session.execute(select(ServiceType.id, ServiceType.active).order_by(ServiceType.id))
        ).all()
    every_id = [type_id for type_id, _ in rows]
    active_ids = [type_id for type_id, active in rows if active]
    everything = (
        await api.get("street", "/api/v1/service-types", params={"include_inactive": "true"})
    ).json()
    assert [g["id"] for g in everything] == every_id
    active = [g for g in everything if g["id"] in active_ids]
    if principal is None:
        response = await api.client.get("/api/v1/public/service-types")
        assert response.status_code == 200 and response.json() == active
        return
    if not principal.can("services:read"):
        assert (await api.get(username, "/api/v1/service-types")).status_code == 403
        return
    assert (await api.get(username, "/api/v1/service-types")).json() == active
    listed = await api.get(username, "/api/v1/service-types", params={"include_inactive": "true"})
    assert listed.json() == everything
    linked = next(g for g in everything if g["code"] == "lawful_reads_guide")
    assert [p["id"] for p in linked["policies"]] == [1, made["revised"]["id"]]  # the draft is not shown
    assert linked["materials"][0]["alternatives"] == [{"code": "passport", "name": "护照"}]
    for guide in everything:
        one = await api.get(username, f"/api/v1/service-types/{guide['id']}")
        assert one.json() == guide and one.headers["etag"] == f'"{guide["version"]}"'
    missing = await api.get(username, "/api/v1/service-types/1000000")
    assert missing.status_code == 404 and missing.json()["detail"] == "Service type not found"


@pytest.mark.parametrize("username", CALLERS)
async def test_family_documents_are_the_old_ones_and_404_outside(api, made, username):
    principal = await principal_of(api, username)
    if not principal.can("services:read"):
        assert (await api.get(username, f"/api/v1/families/{made['family_id']}/documents")).status_code == 403
        return
    async with api.session() as session:
        families = [
            made["family_id"],
            *(await session.execute(select(Family.id).order_by(Family.id).limit(3))).scalars(),
        ]
        visible = set((await session.execute(select(Family.id).where(family_scope(principal)))).scalars())
        documents: dict[int, list[dict]] = {}
        for family_id in families:
            stmt = (
                select(FamilyDocument)
                .where(FamilyDocument.family_id == family_id)
                .order_by(FamilyDocument.id)
            )
            rows = (await session.execute(stmt)).scalars()
            documents[family_id] = [
                FamilyDocumentRead.model_validate(d).model_dump(mode="json") for d in rows
            ]
    assert documents[made["family_id"]]
    for family_id in [*families, 10**9]:
        response = await api.get(username, f"/api/v1/families/{family_id}/documents")
        if family_id in visible:
            assert response.status_code == 200 and response.json() == documents[family_id]
        else:
            assert response.status_code == 404 and response.json()["detail"] == "Family not found"
    assert (made["family_id"] in visible) == (username != "community-b")
