"""The effectiveness of publicity (issue 29, point 4), walked as the street and communities A and B:
the people a campaign reached by channel, knowledge surveys before and after, the campaign report
setting one against the other, and the awareness figure the books read."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import today
from app.models.core.audit import AuditEvent
from app.models.core.org import Org
from app.models.grassroots.publicity_effect import CampaignReach, KnowledgeSurvey
from app.services.grassroots.figures import FIGURES
from tests.conftest import Api
from tests.demo_ids import org_ids

SURVEYS = "/api/v1/knowledge-surveys"
TODAY = date(2019, 7, 25)


@pytest.fixture(autouse=True)
def fixed_day(api: Api) -> Iterator[None]:
    api.app.dependency_overrides[today] = lambda: TODAY
    yield
    api.app.dependency_overrides.pop(today, None)


async def _ok(response: Any, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json()


async def _campaign(api: Api, street_id: int) -> dict[str, Any]:
    body = {
        "org_id": street_id,
        "theme": "7·11世界人口日：优生优育进万家",
        "key_day": "world_population_day",
        "held_on": "2019-07-11",
        "report_due_on": "2019-07-20",
    }
    return dict(await _ok(await api.post("street", "/api/v1/campaigns", body)))


def _survey(org_id: int, campaign_id: int, stage: str, correct: int, **extra: Any) -> dict[str, Any]:
    return {
        "org_id": org_id,
        "campaign_id": campaign_id,
        "stage": stage,
        "conducted_on": "2019-07-05" if stage == "pre" else "2019-07-15",
        "questions": 10,
        "respondents": 50,
        "correct_answers": correct,
        **extra,
    }


async def test_reach_and_knowledge_before_and_after_in_the_campaign_report(api: Api) -> None:
    ids = await org_ids(api)
    async with api.session() as session:
        street_path = (await session.execute(select(Org.path).where(Org.id == ids["street"]))).scalar_one()
        before = await FIGURES["knowledge_awareness_rate"](session, street_path, date(2019, 7, 1), TODAY)
    campaign = await _campaign(api, ids["street"])
    reach = f"/api/v1/campaigns/{campaign['id']}/reach"
    for user, channel, people in (
        ("community-a", "on_site", 120),
        ("community-a", "wechat", 800),
        ("community-b", "on_site", 30),
    ):
        body = {
            "org_id": ids[user],
            "channel": channel,
            "people_reached": people,
            "recorded_on": "2019-07-12",
        }
        row = await _ok(await api.post(user, reach, body))
        assert (row["channel"], row["people_reached"], row["org_name"]) == (
            channel,
            people,
            "民生路社区" if user == "community-a" else row["org_name"],
        )
    activities = (
        await _ok(
            await api.get("community-a", "/api/v1/activities", params={"campaign_id": campaign["id"]}), 200
        )
    )["items"]
    assert len(activities) == 1
    await _ok(await api.post("community-a", SURVEYS, _survey(ids["community-a"], campaign["id"], "pre", 300)))
    post = await _ok(
        await api.post(
            "community-a",
            SURVEYS,
            _survey(ids["community-a"], campaign["id"], "post", 450, activity_id=activities[0]["id"]),
        )
    )
    assert (post["correct_rate"], post["activity_id"], post["org_name"]) == (
        90.0,
        activities[0]["id"],
        "民生路社区",
    )

    report = await _ok(await api.get("street", f"/api/v1/campaigns/{campaign['id']}/report"), 200)
    assert report["reach"] == [
        {"channel": "on_site", "people_reached": 150},
        {"channel": "wechat", "people_reached": 800},
    ]
    assert report["people_reached"] == 950
    assert report["knowledge"] == {
        "pre": {"surveys": 1, "respondents": 50, "correct_rate": 60.0},
        "post": {"surveys": 1, "respondents": 50, "correct_rate": 90.0},
        "change_points": 30.0,
    }
    # community B sees the street's campaign, but only its own reach and no survey of A's
    theirs = await _ok(await api.get("community-b", f"/api/v1/campaigns/{campaign['id']}/report"), 200)
    assert (theirs["people_reached"], theirs["knowledge"]["change_points"]) == (30, None)
    listed = await _ok(await api.get("community-b", reach), 200)
    assert {r["org_id"] for r in listed["items"]} == {ids["community-b"]}
    surveys = await _ok(await api.get("community-b", SURVEYS, params={"campaign_id": campaign["id"]}), 200)
    assert surveys["items"] == []
    hidden = await api.get("community-b", f"{SURVEYS}/{post['id']}")
    assert hidden.status_code == 404, hidden.text
    mine = await _ok(
        await api.get("community-a", SURVEYS, params={"campaign_id": campaign["id"], "stage": "post"}), 200
    )
    assert [s["id"] for s in mine["items"]] == [post["id"]]

    async with api.session() as session:
        after = await FIGURES["knowledge_awareness_rate"](session, street_path, date(2019, 7, 1), TODAY)
        actions = sorted(
            (
                await session.execute(
                    select(AuditEvent.action).where(
                        AuditEvent.action.in_(["campaign.reach_recorded", "knowledge_survey.recorded"]),
                        AuditEvent.detail["campaign_id"].as_integer() == campaign["id"],
                    )
                )
            ).scalars()
        )
        reach_events = (
            await session.execute(
                select(AuditEvent.id).where(
                    AuditEvent.action == "campaign.reach_recorded",
                    AuditEvent.object_id == str(campaign["id"]),
                )
            )
        ).all()
    assert (
        (after.numerator or 0) - (before.numerator or 0),
        (after.denominator or 0) - (before.denominator or 0),
    ) == (
        450,
        500,
    )
    assert actions == ["knowledge_survey.recorded", "knowledge_survey.recorded"]
    assert len(reach_events) == 3


async def test_bad_reach_and_surveys_are_refused_whole(api: Api) -> None:
    ids = await org_ids(api)
    campaign = await _campaign(api, ids["street"])
    reach = f"/api/v1/campaigns/{campaign['id']}/reach"
    body = {"org_id": ids["community-a"], "channel": "sms", "people_reached": 10, "recorded_on": "2019-07-12"}
    other_org = await api.post("community-b", reach, body)
    assert other_org.status_code == 404, other_org.text
    future = await api.post("community-a", reach, {**body, "recorded_on": "2019-08-01"})
    assert future.status_code == 422, future.text
    too_many = await api.post(
        "community-a",
        SURVEYS,
        _survey(ids["community-a"], campaign["id"], "post", 501),
        headers={"Accept-Language": "zh-CN"},
    )
    assert too_many.status_code == 422, too_many.text
    assert "correct_answers 不能超过题目数乘以答卷人数" in too_many.text
    early = await api.post(
        "community-a",
        SURVEYS,
        _survey(ids["community-a"], campaign["id"], "post", 10, conducted_on="2019-07-10"),
        headers={"Accept-Language": "zh-CN"},
    )
    assert early.status_code == 422, early.text
    assert "活动后调查的日期不能早于活动日" in early.text
    late = await api.post(
        "community-a",
        SURVEYS,
        _survey(ids["community-a"], campaign["id"], "pre", 10, conducted_on="2019-07-12"),
    )
    assert late.status_code == 422, late.text
    foreign_activity = await _ok(
        await api.post(
            "community-a",
            "/api/v1/activities",
            {"org_id": ids["community-a"], "kind": "lecture", "title": "讲座", "held_on": "2019-07-02"},
        )
    )
    unrelated = await api.post(
        "community-a",
        SURVEYS,
        _survey(ids["community-a"], campaign["id"], "pre", 10, activity_id=foreign_activity["id"]),
    )
    assert unrelated.status_code == 422, unrelated.text
    above = await api.post("community-a", reach, {**body, "org_id": ids["street"]})
    assert above.status_code == 404, above.text
    other_street = await api.post("street", reach, {**body, "org_id": ids["community-c"]})
    assert other_street.status_code == 404, other_street.text
    async with api.session() as session:
        rows = (
            await session.execute(select(CampaignReach.id).where(CampaignReach.campaign_id == campaign["id"]))
        ).all()
        surveys = (
            await session.execute(
                select(KnowledgeSurvey.id).where(KnowledgeSurvey.campaign_id == campaign["id"])
            )
        ).all()
    assert rows == [] and surveys == []
