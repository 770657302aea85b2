"""Workers, trainings, campaigns and activities for the grassroots read tests, made over the API on top of
the demo."""

from __future__ import annotations

from tests.conftest import Api
from tests.demo_ids import org_ids

CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]


SEEDED: set[int] = set()


async def seed_network(api: Api) -> None:
    """More rows than the demo has, once per module: workers of every org level (with and without a
    phone, qualifications, ended), trainings in several orgs and years with attendees, campaigns of
    two key days and years (one opening activities), activities reported and not, Association and
    care-action ones."""
    if id(api) in SEEDED:
        return
    SEEDED.add(id(api))
    ids = await org_ids(api)

    async def post(user: str, path: str, body: dict) -> dict:
        response = await api.post(user, path, body)
        assert response.status_code in (200, 201), response.text
        return response.json()

    worker = {"kind": "volunteer", "post": "志愿者", "started_on": "2020-03-01"}
    w1 = await post(
        "community-b",
        "/api/v1/workers",
        {
            **worker,
            "org_id": ids["community-b"],
            "name": "陈丽",
            "kind": "community_worker",
            "phone": "13800001111",
        },
    )
    w2 = await post(
        "street",
        "/api/v1/workers",
        {**worker, "org_id": ids["street"], "name": "李", "qualifications": ["急救", '心理 "咨询"']},
    )
    w3 = await post(
        "unit",
        "/api/v1/workers",
        {**worker, "org_id": ids["unit"], "name": "赵", "kind": "unit_liaison", "ended_on": "2024-12-31"},
    )
    await post("community-a", "/api/v1/workers", {**worker, "org_id": ids["community-a"], "name": "周"})
    training = {"title": "培训", "held_on": "2025-05-05", "hours": 2.5}
    await post(
        "street",
        "/api/v1/trainings",
        {**training, "org_id": ids["street"], "worker_ids": [w2["id"], w1["id"]]},
    )
    await post("community-b", "/api/v1/trainings", {**training, "org_id": ids["community-b"], "hours": 3})
    await post(
        "unit",
        "/api/v1/trainings",
        {**training, "org_id": ids["unit"], "held_on": "2026-01-02", "worker_ids": [w3["id"]]},
    )
    await post(
        "community-a",
        "/api/v1/trainings",
        {**training, "org_id": ids["community-a"], "held_on": "2024-12-31"},
    )
    await post(
        "community-a",
        "/api/v1/trainings",
        {**training, "org_id": ids["community-a"], "held_on": "2026-01-01", "hours": 0.5},
    )
    await post(
        "community-b",
        "/api/v1/trainings",
        {**training, "org_id": ids["community-b"], "held_on": "2026-07-01"},
    )
    await post("unit", "/api/v1/trainings", {**training, "org_id": ids["unit"], "held_on": "2025-12-31"})
    # rows of the other street, which no caller but the district sees
    await post("district", "/api/v1/workers", {**worker, "org_id": ids["street-2"], "name": "吴"})
    await post("district", "/api/v1/workers", {**worker, "org_id": ids["community-c"], "name": "郑"})
    await post(
        "district",
        "/api/v1/campaigns",
        {
            "org_id": ids["street-2"],
            "theme": "人口日",
            "report_due_on": "2026-07-20",
            "key_day": "world_population_day",
            "held_on": "2026-07-11",
        },
    )
    campaign = {"org_id": ids["street"], "theme": "会员活动日", "report_due_on": "2026-06-10"}
    opened = await post(
        "street", "/api/v1/campaigns", {**campaign, "key_day": "members_day", "held_on": "2026-05-29"}
    )
    await post(
        "street",
        "/api/v1/campaigns",
        {
            **campaign,
            "key_day": "other",
            "key_day_name": "母亲节",
            "held_on": "2025-05-10",
            "open_activities": False,
        },
    )
    await post(
        "community-a",
        "/api/v1/activities",
        {
            "org_id": ids["community-a"],
            "kind": "lecture",
            "title": "讲座",
            "held_on": "2026-04-01",
            "care_action": True,
            "advance_into": "school",
        },
    )
    mine = (await api.get("community-b", "/api/v1/activities", params={"campaign_id": opened["id"]})).json()[
        "items"
    ]
    report = {"attendance": 12, "materials_handed_out": 30, "notes": "好", "place": "广场"}
    links = ["https://example.org/a.jpg", "https://example.org/b.jpg"]
    await post("community-b", f"/api/v1/activities/{mine[0]['id']}/report", {**report, "photo_links": links})
