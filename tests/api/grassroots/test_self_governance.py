"""Resident self-governance (村(居)民自治, issue 29, point 8), walked as community A's officer who
records a resident meeting, the clauses on family planning it adopted and the Association's
volunteers who carry them; community B sees only its own; the street sees both."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import today
from app.models.core.audit import AuditEvent
from app.models.grassroots.association import AssociationMember
from app.models.grassroots.self_governance import CommunityRule, RuleVolunteer
from tests.conftest import Api
from tests.demo_ids import org_ids

MEETINGS = "/api/v1/resident-meetings"
RULES = "/api/v1/community-rules"
TODAY = date(2019, 11, 20)


@pytest.fixture(autouse=True)
def fixed_day(api: Api) -> Iterator[None]:
    api.app.dependency_overrides[today] = lambda: TODAY
    yield
    api.app.dependency_overrides.pop(today, None)


async def _ok(response: Any, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def _meeting(org_id: int, **extra: Any) -> dict[str, Any]:
    return {
        "org_id": org_id,
        "held_on": "2019-11-15",
        "title": "民生路社区居民代表会议（第二次）",
        "matters": "讨论将孕前优生健康检查写入居民公约",
        "resolutions": "一致同意增补条款",
        "attendance": 52,
        **extra,
    }


async def test_community_a_records_a_meeting_its_rules_and_their_volunteers(api: Api) -> None:
    ids = await org_ids(api)
    async with api.session() as session:
        member = (
            await session.execute(
                select(AssociationMember.id).where(AssociationMember.org_id == ids["community-a"])
            )
        ).scalar_one()
    meeting = await _ok(await api.post("community-a", MEETINGS, _meeting(ids["community-a"])))
    assert (meeting["org_name"], meeting["rules_adopted"]) == ("民生路社区", 0)
    rule = await _ok(
        await api.post(
            "community-a",
            f"{MEETINGS}/{meeting['id']}/rules",
            {
                "book": "residents_convention",
                "clause_no": "第十条",
                "text": "新婚夫妇主动参加免费孕前优生健康检查。",
                "volunteers": [{"member_id": member, "duty": "入户宣讲"}],
            },
        )
    )
    assert (rule["adopted_on"], rule["meeting_title"]) == ("2019-11-15", meeting["title"])
    assert rule["volunteers"] == [{"member_id": member, "name": "张桂兰", "duty": "入户宣讲"}]
    again = await api.post("community-a", f"{RULES}/{rule['id']}/volunteers", {"member_id": member})
    assert again.status_code == 409, again.text
    same_clause = await api.post(
        "community-a",
        f"{MEETINGS}/{meeting['id']}/rules",
        {"book": "residents_convention", "clause_no": "第十条", "text": "重复"},
        headers={"Accept-Language": "zh-CN"},
    )
    assert same_clause.status_code == 409, same_clause.text
    assert "已有此编号的条款" in same_clause.json()["detail"]
    read = await _ok(await api.get("community-a", f"{MEETINGS}/{meeting['id']}"), 200)
    assert read["rules_adopted"] == 1
    listed = await _ok(await api.get("community-a", RULES, params={"meeting_id": meeting["id"]}), 200)
    assert [r["id"] for r in listed["items"]] == [rule["id"]]
    assert listed["items"][0]["volunteers"][0]["name"] == "张桂兰"
    async with api.session() as session:
        assert (await session.get(RuleVolunteer, (rule["id"], member))) is not None
        actions = list(
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(AuditEvent.object_type.in_(["resident_meeting", "community_rule"]))
                    .where(AuditEvent.object_id.in_([str(meeting["id"]), str(rule["id"])]))
                    .order_by(AuditEvent.id)
                )
            ).scalars()
        )
    assert actions == ["resident_meeting.create", "community_rule.adopt"]


async def test_community_b_sees_only_its_own_and_the_street_sees_both(api: Api) -> None:
    ids = await org_ids(api)
    a_meetings = (await _ok(await api.get("community-a", MEETINGS), 200))["items"]
    b_meetings = (await _ok(await api.get("community-b", MEETINGS), 200))["items"]
    assert a_meetings and b_meetings
    assert {m["org_id"] for m in b_meetings} == {ids["community-b"]}
    a_meeting = a_meetings[-1]
    assert (await api.get("community-b", f"{MEETINGS}/{a_meeting['id']}")).status_code == 404
    b_rules = (await _ok(await api.get("community-b", RULES), 200))["items"]
    assert b_rules and {r["org_id"] for r in b_rules} == {ids["community-b"]}
    a_rule = (await _ok(await api.get("community-a", RULES), 200))["items"][0]
    assert (await api.get("community-b", f"{RULES}/{a_rule['id']}")).status_code == 404
    adopt = await api.post(
        "community-b",
        f"{MEETINGS}/{a_meeting['id']}/rules",
        {"book": "village_rules", "clause_no": "第一条", "text": "越权"},
    )
    assert adopt.status_code == 404, adopt.text
    other = await api.post("community-b", MEETINGS, _meeting(ids["community-a"]))
    assert other.status_code == 404, other.text
    street = (await _ok(await api.get("street", MEETINGS), 200))["items"]
    assert {ids["community-a"], ids["community-b"]} <= {m["org_id"] for m in street}
    books = (await _ok(await api.get("street", RULES, params={"book": "residents_convention"}), 200))["items"]
    assert {ids["community-a"], ids["community-b"]} <= {r["org_id"] for r in books}
    assert (await api.post("unit", MEETINGS, _meeting(ids["community-a"]))).status_code == 403


async def test_bad_meetings_and_rules_are_refused_whole(api: Api) -> None:
    ids = await org_ids(api)
    future = await api.post("community-a", MEETINGS, _meeting(ids["community-a"], held_on="2019-12-01"))
    assert future.status_code == 422, future.text
    street = await api.post("street", MEETINGS, _meeting(ids["street"]))
    assert street.status_code == 422, street.text
    meeting = await _ok(await api.post("community-a", MEETINGS, _meeting(ids["community-a"], title="第三次")))
    async with api.session() as session:
        before = len((await session.execute(select(CommunityRule.id))).all())
    unknown = await api.post(
        "community-a",
        f"{MEETINGS}/{meeting['id']}/rules",
        {
            "book": "village_rules",
            "clause_no": "第二条",
            "text": "条款",
            "volunteers": [{"member_id": 999999}],
        },
    )
    assert unknown.status_code == 404, unknown.text
    async with api.session() as session:
        assert len((await session.execute(select(CommunityRule.id))).all()) == before
