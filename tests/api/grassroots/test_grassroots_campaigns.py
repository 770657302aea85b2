"""Task 2: a key-day campaign opened from the template, activities reported, the campaign report."""

from __future__ import annotations

from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.grassroots.publicity import Activity
from tests.demo_ids import org_ids

CAMPAIGNS = "/api/v1/campaigns"


async def _campaign(api, ids, **overrides):
    body = {
        "org_id": ids["street"],
        "theme": "世界人口日宣传",
        "key_day": "world_population_day",
        "held_on": "2019-07-11",
        "report_due_on": "2019-07-20",
        **overrides,
    }
    response = await api.post("street", CAMPAIGNS, body)
    assert response.status_code == 201, response.text
    return response.json()


async def test_template_opens_one_activity_per_community_and_unit_and_report_lists_who_did_not_report(api):
    ids = await org_ids(api)
    campaign = await _campaign(api, ids)
    assert campaign["activities_opened"] == 3
    assert campaign["key_day"] == "world_population_day"

    async with api.session() as session:
        opened = (
            await session.execute(select(Activity.org_id).where(Activity.campaign_id == campaign["id"]))
        ).scalars()
        assert sorted(opened) == sorted([ids["community-a"], ids["community-b"], ids["unit"]])

    # community A sees and reports its own activity only
    mine = (await api.get("community-a", "/api/v1/activities", params={"campaign_id": campaign["id"]})).json()
    assert [a["org_id"] for a in mine["items"]] == [ids["community-a"]]
    activity = mine["items"][0]
    assert activity["status"] == "planned"
    partner = (await api.get("community-a", "/api/v1/partners")).json()["items"][0]
    reported = await api.post(
        "community-a",
        f"/api/v1/activities/{activity['id']}/report",
        {
            "place": "民生路社区广场",
            "partner_id": partner["id"],
            "attendance": 120,
            "materials_handed_out": 300,
            "photo_links": ["https://example.org/photos/711-1.jpg"],
        },
    )
    assert reported.status_code == 200, reported.text
    assert reported.json()["status"] == "reported" and reported.json()["partner_id"] == partner["id"]

    # community B cannot report community A's activity (not found, not forbidden)
    other = await api.post(
        "community-b",
        f"/api/v1/activities/{activity['id']}/report",
        {"attendance": 1, "materials_handed_out": 1},
    )
    assert other.status_code == 404

    report = (await api.get("street", f"{CAMPAIGNS}/{campaign['id']}/report")).json()
    assert report["totals"] == {
        "activities": 3,
        "reported": 1,
        "attendance": 120,
        "materials_handed_out": 300,
    }
    assert sorted(line["org_id"] for line in report["not_reported"]) == sorted(
        [ids["community-b"], ids["unit"]]
    )

    # community B's view of the report holds its own line only
    b_view = (await api.get("community-b", f"{CAMPAIGNS}/{campaign['id']}/report")).json()
    assert [line["org_id"] for line in b_view["orgs"]] == [ids["community-b"]]

    async with api.session() as session:
        actions = set(
            (
                await session.execute(
                    select(AuditEvent.action).where(
                        AuditEvent.action.in_(["campaign.created", "activity.reported"])
                    )
                )
            ).scalars()
        )
    assert actions == {"campaign.created", "activity.reported"}


async def test_only_the_street_creates_campaigns_and_other_key_days_need_a_name(api):
    ids = await org_ids(api)
    body = {
        "org_id": ids["street"],
        "theme": "x",
        "key_day": "members_day",
        "held_on": "2019-05-29",
        "report_due_on": "2019-06-05",
    }
    assert (await api.post("community-a", CAMPAIGNS, body)).status_code == 403
    assert (await api.post("street", CAMPAIGNS, {**body, "key_day": "other"})).status_code == 422
    assert (await api.post("street", CAMPAIGNS, {**body, "org_id": ids["community-a"]})).status_code == 422
    assert (await api.post("street", CAMPAIGNS, {**body, "org_id": ids["street-2"]})).status_code == 404
    named = await _campaign(api, ids, key_day="other", key_day_name="母亲节", open_activities=False)
    assert named["activities_opened"] == 0


async def test_bad_report_input_is_422(api):
    ids = await org_ids(api)
    campaign = await _campaign(api, ids)
    activity = (await api.get("unit", "/api/v1/activities", params={"campaign_id": campaign["id"]})).json()[
        "items"
    ][0]
    url = f"/api/v1/activities/{activity['id']}/report"
    for body in (
        {"attendance": -1, "materials_handed_out": 0},
        {"attendance": 1, "materials_handed_out": 0, "photo_links": ["not a link"]},
        {"attendance": 1},
    ):
        assert (await api.post("unit", url, body)).status_code == 422, body
