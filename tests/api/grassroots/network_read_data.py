"""Workers, trainings, campaigns and activities for the grassroots read tests, and what the previous session
path showed."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, scoped_org_ids, shared_scope
from app.models.grassroots.network import Training, TrainingAttendance, Worker, WorkerKind
from app.models.grassroots.publicity import Activity, ActivityKind, ActivityStatus, Campaign, KeyDay
from app.schemas.grassroots.network import TrainingRead, WorkerRead
from app.schemas.grassroots.publicity import ActivityRead, CampaignRead
from tests.conftest import Api
from tests.demo_ids import org_ids

CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]


def owned(column: Any, principal: Principal) -> Any:
    return column.in_(scoped_org_ids(principal))


def old_workers(
    principal: Principal, org_id: int | None = None, kind: str | None = None, serving_on: str | None = None
) -> Select[Any]:
    stmt = select(Worker).where(owned(Worker.org_id, principal))
    if org_id is not None:
        stmt = stmt.where(Worker.org_id == org_id)
    if kind is not None:
        stmt = stmt.where(Worker.kind == WorkerKind(kind))
    if serving_on is not None:
        day = date.fromisoformat(serving_on)
        stmt = stmt.where(
            and_(Worker.started_on <= day, or_(Worker.ended_on.is_(None), Worker.ended_on >= day))
        )
    return stmt


def old_trainings(principal: Principal, year: int | None = None) -> Select[Any]:
    stmt = select(Training).where(owned(Training.org_id, principal))
    if year is not None:
        stmt = stmt.where(Training.held_on.between(date(year, 1, 1), date(year, 12, 31)))
    return stmt


def old_campaigns(principal: Principal, key_day: str | None = None, year: int | None = None) -> Select[Any]:
    stmt = select(Campaign).where(shared_scope(Campaign.org_id, principal))
    if key_day is not None:
        stmt = stmt.where(Campaign.key_day == KeyDay(key_day))
    if year is not None:
        stmt = stmt.where(Campaign.held_on.between(date(year, 1, 1), date(year, 12, 31)))
    return stmt


def old_activities(principal: Principal, **filters: Any) -> Select[Any]:
    stmt = select(Activity).where(owned(Activity.org_id, principal))
    convert = {"kind": ActivityKind, "status": ActivityStatus, "care_action": lambda v: v == "true"}
    for name, value in filters.items():
        stmt = stmt.where(getattr(Activity, name) == convert.get(name, lambda v: v)(value))
    return stmt


async def training_read(session: AsyncSession, training: Training) -> dict:
    ids = (
        await session.execute(
            select(TrainingAttendance.worker_id)
            .where(TrainingAttendance.training_id == training.id)
            .order_by(TrainingAttendance.worker_id)
        )
    ).scalars()
    return TrainingRead.model_validate({**training.__dict__, "worker_ids": list(ids)}).model_dump(mode="json")


def plain(schema: Any) -> Any:
    async def to_json(session: AsyncSession, row: Any) -> dict:
        return schema.model_validate(row).model_dump(mode="json")

    return to_json


async def campaign_read(session: AsyncSession, row: Any) -> dict:
    # every read counts the campaign's activities (the session path used to answer 0)
    opened = await session.scalar(select(func.count(Activity.id)).where(Activity.campaign_id == row.id))
    return (
        CampaignRead.model_validate(row)
        .model_copy(update={"activities_opened": opened})
        .model_dump(mode="json")
    )


RESOURCES: dict[str, tuple[str, Any, Any, Any, bool]] = {
    # path: (404 label, old query, model, row → JSON, newest first)
    "/api/v1/workers": ("Worker", old_workers, Worker, plain(WorkerRead), False),
    "/api/v1/trainings": ("Training", old_trainings, Training, training_read, False),
    "/api/v1/campaigns": ("Campaign", old_campaigns, Campaign, campaign_read, True),
    "/api/v1/activities": (
        "Activity",
        old_activities,
        Activity,
        plain(ActivityRead),
        True,
    ),
}


SINGLE = ("/api/v1/workers", "/api/v1/campaigns", "/api/v1/activities")


async def expected_rows(api: Api, path: str, principal: Principal, **filters: Any) -> list[dict]:
    _, old, model, to_json, descending = RESOURCES[path]
    async with api.session() as session:
        order = model.id.desc() if descending else model.id.asc()
        rows = (await session.execute(old(principal, **filters).order_by(order))).scalars().all()
        return [await to_json(session, row) for row in rows]


async def all_ids(api: Api, model: Any) -> set[int]:
    async with api.session() as session:
        return set((await session.execute(select(model.id))).scalars().all())


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
