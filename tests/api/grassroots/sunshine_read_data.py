"""Commitments and feedback for the sunshine read tests, made over the API on top of the demo, and the day
they are read on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import httpx
from sqlalchemy import select

from app.clock import today
from app.models.grassroots.sunshine import Feedback
from tests.conftest import Api
from tests.demo_ids import CODES, org_ids

CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]


STAFF = "/api/v1/commitments"


@contextmanager
def on_day(api: Api, day: date) -> Iterator[None]:
    api.app.dependency_overrides[today] = lambda: day
    try:
        yield
    finally:
        api.app.dependency_overrides.pop(today, None)


SEEDED: set[int] = set()


async def seed_commitments(api: Api) -> None:
    """Once per module: commitments of the street and its communities, published on different days,
    one not published, one published in the future, one fulfilled; feedback cases open, escalated
    and answered (filed on one day, swept later)."""
    if id(api) in SEEDED:
        return
    SEEDED.add(id(api))
    ids = await org_ids(api)

    async def send(user: str, method: str, path: str, body: dict, **kwargs: Any) -> httpx.Response:
        response = await getattr(api, method)(user, path, body, **kwargs)
        assert response.status_code in (200, 201), response.text
        return response

    bodies = [
        (
            "community-a",
            date(2026, 3, 1),
            {"org_id": ids["community-a"], "content": "当场办结", "due_on": "2026-12-31"},
        ),
        (
            "community-b",
            date(2026, 3, 2),
            {"org_id": ids["community-b"], "content": "上门服务", "due_on": "2027-01-31"},
        ),
        (
            "street",
            date(2026, 3, 2),
            {"org_id": ids["street"], "content": "未公开", "due_on": "2026-12-31", "publish": False},
        ),
        (
            "street",
            date(2026, 5, 1),
            {"org_id": ids["street"], "content": '"引号" 与 \\', "due_on": "2026-09-30"},
        ),
    ]
    created = []
    for user, day, body in bodies:
        with on_day(api, day):
            created.append(await send(user, "post", STAFF, body))
    first = created[0]
    await send(
        "community-a",
        "patch",
        f"{STAFF}/{first.json()['id']}",
        {"fulfilled_on": "2026-04-01"},
        headers={"If-Match": first.headers["etag"]},
    )
    last = created[-1]
    await send(
        "street",
        "patch",
        f"{STAFF}/{last.json()['id']}",
        {"published_on": "2026-06-01"},
        headers={"If-Match": last.headers["etag"]},
    )
    with on_day(api, date(2026, 3, 2)):
        for org, category in (("community-a", "complaint"), ("community-b", "inquiry"), ("unit", "praise")):
            body = {
                "org_code": CODES[org],
                "category": category,
                "subject": "s",
                "content": "c",
                "contact": "139",
            }
            filed = await api.client.post("/api/v1/public/feedback", json=body)
            assert filed.status_code == 201, filed.text
    with on_day(api, date(2026, 3, 20)):
        assert (await api.post("street", "/api/v1/feedback/escalations", {})).status_code == 200
        async with api.session() as session:
            case = (await session.execute(select(Feedback).order_by(Feedback.id.desc()))).scalars().first()
        assert case is not None
        await send("street", "post", f"/api/v1/feedback/{case.id}/reply", {"reply": "已答复"})
