"""Policies: drafting, publishing, revisions, repeal, and the public search that finds 生育."""

from __future__ import annotations

from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.lawful_services.policy import Policy, PolicyTerm

PUBLIC = "/api/v1/public/policies"


def _body(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "title": "解放碑街道再生育服务指南",
        "document_no": "解放碑办发〔2019〕7号",
        "issuing_authority": "解放碑街道办事处",
        "category": "procedure",
        "body": "再生育服务：夫妻双方持身份证到街道计生办办理。",
        "effective_on": "2019-06-01",
    }
    body.update(overrides)
    return body


async def test_public_search_finds_birth_policies_without_auth_and_never_drafts(api):
    response = await api.client.get(PUBLIC, params={"q": "生育", "limit": 100})
    assert response.status_code == 200, response.text
    titles = [p["title"] for p in response.json()["items"]]
    assert "中华人民共和国人口与计划生育法（2015年修正）" in titles
    assert "重庆市人口与计划生育条例（2016年修正）" in titles
    assert "关于实行生育登记服务制度的通知" in titles
    # the street's draft mentions 生育 too, but drafts are never public
    assert not any("征求意见稿" in t for t in titles)
    assert all(p["status"] in ("published", "repealed") for p in response.json()["items"])
    # a narrower query: every term must occur
    narrow = (await api.client.get(PUBLIC, params={"q": "生育登记"})).json()["items"]
    assert {p["title"] for p in narrow} == {
        "重庆市人口与计划生育条例（2016年修正）",
        "关于实行生育登记服务制度的通知",
    }
    # a document number and a single character work as well
    by_no = (await api.client.get(PUBLIC, params={"q": "555号"})).json()["items"]
    assert [p["title"] for p in by_no] == ["流动人口计划生育工作条例"]
    single = (await api.client.get(PUBLIC, params={"q": "孩"})).json()["items"]
    assert single == []
    nothing = await api.client.get(PUBLIC, params={"q": "结婚离婚"})
    assert nothing.status_code == 200 and nothing.json()["items"] == []


async def test_public_filters_by_category_and_date_and_marks_repealed(api):
    birth = (await api.client.get(PUBLIC, params={"category": "birth"})).json()["items"]
    assert birth and all(p["category"] == "birth" for p in birth)
    recent = (await api.client.get(PUBLIC, params={"effective_from": "2019-01-01"})).json()["items"]
    assert [p["title"] for p in recent] == ["关于调整计划生育家庭特别扶助金标准的通知"]
    everything = (await api.client.get(PUBLIC, params={"limit": 100})).json()["items"]
    repealed = [p for p in everything if p["status"] == "repealed"]
    assert [p["title"] for p in repealed] == ["独生子女父母奖励费发放暂行规定"]
    in_force = (await api.client.get(PUBLIC, params={"in_force_on": "2019-06-01", "limit": 100})).json()
    assert all(p["status"] == "published" for p in in_force["items"])
    single = await api.client.get(f"{PUBLIC}/{repealed[0]['id']}")
    assert single.status_code == 200
    assert single.json()["status"] == "repealed" and single.json()["repeal_reason"]


async def test_public_pagination_walks_every_policy_once(api):
    seen: list[int] = []
    cursor = None
    while True:
        params: dict[str, object] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = (await api.client.get(PUBLIC, params=params)).json()
        seen += [p["id"] for p in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) >= 6
    assert seen == sorted(seen, reverse=True)
    assert (await api.client.get(PUBLIC, params={"limit": 101})).status_code == 422
    assert (await api.client.get(PUBLIC, params={"cursor": "garbage!"})).status_code == 422
    assert (await api.client.get(PUBLIC, params={"q": "、。"})).status_code == 422


async def test_draft_publish_revise_repeal_lifecycle(api):
    created = await api.post("street", "/api/v1/policies", _body())
    assert created.status_code == 201, created.text
    policy = created.json()
    path = f"/api/v1/policies/{policy['id']}"
    assert policy["status"] == "draft" and policy["revision"] == 0
    assert created.headers["location"] == path

    # not public while a draft, not even by id; and no other street's staff sees it
    assert (await api.client.get(f"{PUBLIC}/{policy['id']}")).status_code == 404
    assert (await api.client.get(PUBLIC, params={"q": "再生育服务"})).json()["items"] == []
    assert (await api.get("community-a", path)).status_code == 404

    draft_edit = await api.patch(
        "street",
        path,
        {"title": "解放碑街道再生育服务指南（试行）"},
        headers={"If-Match": created.headers["etag"]},
    )
    assert draft_edit.status_code == 200 and draft_edit.json()["revision"] == 0

    published = await api.post("street", f"{path}/publish")
    assert published.status_code == 200 and published.json()["revision"] == 1
    found = (await api.client.get(PUBLIC, params={"q": "再生育服务"})).json()["items"]
    assert [p["id"] for p in found] == [policy["id"]]
    assert (await api.get("community-a", path)).status_code == 200  # public now, so staff read it

    again = await api.post("street", f"{path}/publish")
    assert again.status_code == 409 and again.json()["current_state"] == "published"

    revised = await api.patch(
        "street",
        path,
        {"body": "再生育服务改为网上办理，材料一次性告知。"},
        headers={"If-Match": published.headers["etag"]},
    )
    assert revised.status_code == 200 and revised.json()["revision"] == 2
    stale = await api.patch(
        "street", path, {"title": "过期的修改"}, headers={"If-Match": published.headers["etag"]}
    )
    assert stale.status_code == 412

    versions = (await api.client.get(f"{PUBLIC}/{policy['id']}/versions")).json()
    assert [v["revision"] for v in versions] == [1, 2]
    assert "持身份证" in versions[0]["body"] and "网上办理" in versions[1]["body"]
    old = await api.get("community-a", f"{path}/versions/1")
    assert old.status_code == 200 and "持身份证" in old.json()["body"]
    # search follows the current text: the old wording is no longer indexed
    assert (await api.client.get(PUBLIC, params={"q": "持身份证"})).json()["items"] == []
    assert [
        p["id"]
        for p in (await api.client.get(PUBLIC, params={"q": "网上办理"})).json()["items"]
        if p["id"] == policy["id"]
    ] == [policy["id"]]

    repealed = await api.post("street", f"{path}/repeal", {"reason": "已由区级指南取代"})
    assert repealed.status_code == 200 and repealed.json()["status"] == "repealed"
    edit_repealed = await api.patch("street", path, {"title": "不可再改"})
    assert edit_repealed.status_code == 409 and edit_repealed.json()["current_state"] == "repealed"
    public = await api.client.get(f"{PUBLIC}/{policy['id']}")
    assert public.status_code == 200 and public.json()["status"] == "repealed"

    async with api.session() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(AuditEvent.object_type == "policy", AuditEvent.object_id == str(policy["id"]))
                    .order_by(AuditEvent.id)
                )
            )
            .scalars()
            .all()
        )
    assert actions == [
        "policy.created",
        "policy.updated",
        "policy.published",
        "policy.updated",
        "policy.repealed",
    ]


async def test_who_may_edit_policies(api):
    assert (await api.post("community-a", "/api/v1/policies", _body())).status_code == 403
    assert (await api.post("unit", "/api/v1/policies", _body())).status_code == 403
    district = await api.post("district", "/api/v1/policies", _body(title="区级生育政策解读"))
    assert district.status_code == 201
    # the street may not edit what the district maintains (it can read it once published)
    await api.post("district", f"/api/v1/policies/{district.json()['id']}/publish")
    refused = await api.patch("street", f"/api/v1/policies/{district.json()['id']}", {"title": "改"})
    assert refused.status_code == 404
    # a draft of the street is visible to the district above it
    street_draft = await api.post("street", "/api/v1/policies", _body(title="街道草稿"))
    assert (await api.get("district", f"/api/v1/policies/{street_draft.json()['id']}")).status_code == 200
    listed = (await api.get("community-b", "/api/v1/policies", params={"limit": 100})).json()["items"]
    assert all(p["status"] != "draft" for p in listed)


async def test_bad_input_is_422_and_writes_nothing(api):
    async with api.session() as session:
        before = len((await session.execute(select(Policy.id))).all())
    bad = await api.post("street", "/api/v1/policies", _body(expires_on="2019-01-01"))
    assert bad.status_code == 422
    unknown = await api.post("street", "/api/v1/policies", _body(category="nonsense"))
    assert unknown.status_code == 422
    async with api.session() as session:
        assert len((await session.execute(select(Policy.id))).all()) == before


async def test_search_is_an_index_lookup_by_term(api):
    async with api.session() as session:
        policy_id = (
            await session.execute(select(Policy.id).where(Policy.title == "关于实行生育登记服务制度的通知"))
        ).scalar_one()
        terms = set(
            (
                await session.execute(select(PolicyTerm.term).where(PolicyTerm.policy_id == policy_id))
            ).scalars()
        )
    assert {"生育", "登记", "一次", "告知", "生", "育"} <= terms
