"""Leadership records for the read-path tests, made over the API (the demo holds none): books of
several orgs and years (signed, draft, amended so that position order differs from id order, a
reported value), assignments with notes (one of a departed worker), evaluations with an adjusted
score and an accountability action."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.demo.context import DEMO_PASSWORD
from app.models.core.user import User
from app.models.leadership.indicator import Indicator, IndicatorSource
from tests.api.leadership.leadership_helpers import SIGN, book_body
from tests.conftest import Api
from tests.demo_ids import org_ids

BOOKS = "/api/v1/responsibility-books"
ASSIGNMENTS = "/api/v1/assignments"
EVALUATIONS = "/api/v1/evaluations"


def _ok(response: Any, status: int = 201) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


async def _catalogue(api: Api) -> tuple[list[int], list[int]]:
    """Active computed and reported indicator ids, in id order."""
    async with api.session() as session:
        rows = (await session.execute(select(Indicator.id, Indicator.source).where(Indicator.active))).all()
    computed = sorted(i for i, s in rows if s == IndicatorSource.computed)
    reported = sorted(i for i, s in rows if s == IndicatorSource.reported)
    assert len(computed) >= 3 and reported
    return computed, reported


async def _user_id(api: Api, username: str) -> int:
    async with api.session() as session:
        return int((await session.execute(select(User.id).where(User.username == username))).scalar_one())


async def make_records(api: Api) -> dict[str, Any]:
    """The records; returns the ids made, by kind."""
    ids = await org_ids(api)
    computed, reported = await _catalogue(api)
    three = [(computed[0], 30, 90, True), (computed[1], 40, 80, False), (reported[0], 30, 95, False)]
    books: dict[str, int] = {}
    for key in ("community-a", "community-b", "unit"):
        book = _ok(await api.post("street", BOOKS, book_body(ids[key], 2019, three)))
        _ok(await api.post("street", f"{BOOKS}/{book['id']}/sign", SIGN), 200)
        books[key] = book["id"]
    for key in ("community-a", "unit"):
        draft = _ok(await api.post("street", BOOKS, book_body(ids[key], 2020, three[:2] + [three[2]])))
        books[f"{key}-2020"] = draft["id"]
    # An amendment that puts a new indicator first: the book's positions no longer follow the ids.
    version = (await api.get("street", f"{BOOKS}/{books['community-a']}")).headers["etag"]
    amended = [
        {"indicator_id": computed[2], "weight": 20, "target": 70, "veto": False},
        {"indicator_id": computed[1], "weight": 50, "target": 85, "veto": True},
        {"indicator_id": reported[0], "weight": 30, "target": 95, "veto": False},
    ]
    _ok(
        await api.post(
            "street",
            f"{BOOKS}/{books['community-a']}/amendments",
            {"reason": "区里调整目标", "indicators": amended},
            headers={"If-Match": version},
        )
    )
    version = (await api.get("street", f"{BOOKS}/{books['community-a']}")).headers["etag"]
    _ok(
        await api.post(
            "street",
            f"{BOOKS}/{books['community-a']}/amendments",
            {"reason": "再次调整", "indicators": amended[::-1]},
            headers={"If-Match": version},
        )
    )
    unit_book = (await api.get("unit", f"{BOOKS}/{books['unit']}")).json()
    reported_row = next(i for i in unit_book["indicators"] if i["indicator_id"] == reported[0])
    _ok(
        await api.post(
            "unit",
            f"{BOOKS}/{books['unit']}/indicators/{reported_row['id']}/report",
            {"value": 97.5, "evidence": "台账核查记录"},
        ),
        200,
    )

    worker = _ok(
        await api.post(
            "street",
            "/api/v1/users",
            {
                "username": "worker-read-a",
                "role": "community_officer",
                "org_id": ids["community-a"],
                "password": DEMO_PASSWORD,
            },
        )
    )
    a_user, b_user, unit_user = [await _user_id(api, u) for u in ("community-a", "community-b", "unit")]
    book_a = (await api.get("community-a", f"{BOOKS}/{books['community-a']}")).json()
    plan = [
        ("community-a", books["community-a"], book_a["indicators"][0]["id"], a_user, "摸底"),
        ("community-a", books["community-a"], None, worker["id"], "出生统计核查"),
        ("community-a", books["community-a-2020"], None, a_user, "宣传"),
        ("community-b", books["community-b"], None, b_user, "随访"),
        ("community-a", books["community-a"], None, worker["id"], "孕检通知"),
        ("unit", books["unit"], None, unit_user, "职工摸底"),
        ("community-b", books["community-b"], None, b_user, "入户"),
    ]
    assignments = []
    for user, book_id, indicator_id, assignee, task in plan:
        body = {
            "book_id": book_id,
            "book_indicator_id": indicator_id,
            "task": task,
            "assignee_id": assignee,
            "due_on": "2019-06-30",
        }
        assignments.append(_ok(await api.post(user, ASSIGNMENTS, body))["id"])
    _ok(
        await api.post(
            "community-a", f"{ASSIGNMENTS}/{assignments[0]}/notes", {"note": "已摸底", "progress_percent": 40}
        )
    )
    _ok(await api.post("community-a", f"{ASSIGNMENTS}/{assignments[0]}/notes", {"note": "继续"}))
    _ok(
        await api.post("community-b", f"{ASSIGNMENTS}/{assignments[3]}/notes", {"note": "完成", "done": True})
    )
    _ok(await api.patch("street", f"/api/v1/users/{worker['id']}", {"is_active": False}), 200)

    evaluations = []
    for key in ("community-b", "unit"):
        made = _ok(await api.post("street", EVALUATIONS, {"book_id": books[key], "as_of": "2019-12-31"}))
        evaluations.append(made["id"])
    first = (await api.get("street", f"{EVALUATIONS}/{evaluations[0]}")).json()
    _ok(
        await api.post(
            "street",
            f"{EVALUATIONS}/{evaluations[0]}/adjustments",
            {
                "book_indicator_id": first["scores"][-1]["book_indicator_id"],
                "adjusted_score": first["scores"][-1]["computed_score"],
                "reason": "按核查结果",
            },
            headers={"If-Match": f'"{first["version"]}"'},
        ),
        200,
    )
    for name in ("赵敏", "钱强"):
        _ok(
            await api.post(
                "street",
                f"{EVALUATIONS}/{evaluations[0]}/accountability-actions",
                {
                    "kind": "reminder_talk",
                    "person_name": name,
                    "reason": "未达标",
                    "decided_on": "2020-01-15",
                },
            )
        )
    return {"books": books, "assignments": assignments, "evaluations": evaluations, "worker": worker["id"]}
