"""A worker moved to another org leaves open assignments behind: listed for reassignment, moved in one call.

The deactivation path is in test_leadership_books; this is the other way a worker leaves (调岗).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.core.user import User
from tests.api.leadership.leadership_helpers import SIGN, book_body, indicator_ids
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio

BOOKS = "/api/v1/responsibility-books"
ASSIGNMENTS = "/api/v1/assignments"


async def _signed_book(api: Any, org_id: int) -> dict[str, Any]:
    codes = await indicator_ids(api)
    indicators = [
        (codes["screening_coverage"], 60, 80, False),
        (codes["birth_statistics_accuracy"], 40, 95, False),
    ]
    created = await api.post("street", BOOKS, book_body(org_id, 2019, indicators))
    assert created.status_code == 201, created.text
    signed = await api.post("street", f"{BOOKS}/{created.json()['id']}/sign", SIGN)
    assert signed.status_code == 200, signed.text
    return signed.json()


async def _user_id(api: Any, username: str) -> int:
    async with api.session() as session:
        return (await session.execute(select(User.id).where(User.username == username))).scalar_one()


async def test_a_worker_moved_to_another_community_leaves_open_assignments_for_reassignment(api):
    ids = await org_ids(api)
    book = await _signed_book(api, ids["community-b"])
    hired = await api.post(
        "street",
        "/api/v1/users",
        {
            "username": "worker-b2",
            "role": "community_officer",
            "org_id": ids["community-b"],
            "password": "demo-pass-2019",
        },
    )
    assert hired.status_code == 201, hired.text
    mover = hired.json()
    tasks = []
    for task in ("育龄妇女信息核查", "流动人口婚育证明查验", "已完成的宣传活动"):
        created = await api.post(
            "community-b",
            ASSIGNMENTS,
            {"book_id": book["id"], "task": task, "assignee_id": mover["id"], "due_on": "2019-09-30"},
        )
        assert created.status_code == 201, created.text
        tasks.append(created.json()["id"])
    done = await api.post("community-b", f"{ASSIGNMENTS}/{tasks[2]}/notes", {"note": "完成", "done": True})
    assert done.status_code == 201, done.text
    listed = await api.get("community-b", ASSIGNMENTS, params={"needs_reassignment": "true"})
    assert listed.json()["items"] == []

    # 调岗: the street moves the worker to community A (another community, not the book's street)
    moved = await api.patch("street", f"/api/v1/users/{mover['id']}", {"org_id": ids["community-a"]})
    assert moved.status_code == 200, moved.text
    assert moved.json()["org_id"] == ids["community-a"] and moved.json()["is_active"] is True

    # the two open ones need reassignment; the finished one does not
    waiting = (await api.get("community-b", ASSIGNMENTS, params={"needs_reassignment": "true"})).json()[
        "items"
    ]
    assert sorted(a["id"] for a in waiting) == tasks[:2]
    assert all(a["needs_reassignment"] for a in waiting)
    finished = (await api.get("community-b", f"{ASSIGNMENTS}/{tasks[2]}")).json()
    assert finished["status"] == "done" and finished["needs_reassignment"] is False
    # the street sees them too; community A (where the worker now is) does not see community B's book work
    street_view = (await api.get("street", ASSIGNMENTS, params={"needs_reassignment": "true"})).json()[
        "items"
    ]
    assert set(tasks[:2]) <= {a["id"] for a in street_view}
    assert (await api.get("community-a", f"{ASSIGNMENTS}/{tasks[0]}")).status_code == 404

    # the moved worker can no longer be given community B's book work
    successor = await _user_id(api, "community-b")
    refused = await api.post(
        "community-b",
        ASSIGNMENTS,
        {"book_id": book["id"], "task": "x", "assignee_id": mover["id"], "due_on": "2019-09-30"},
    )
    assert refused.status_code == 422, refused.text
    # moved in one call to community B's own worker
    result = await api.post(
        "community-b",
        f"{ASSIGNMENTS}/reassign",
        {"from_user_id": mover["id"], "to_user_id": successor, "note": "原专干调往民生路社区"},
    )
    assert result.status_code == 200, result.text
    assert sorted(result.json()["moved"]) == tasks[:2]
    after = (await api.get("community-b", ASSIGNMENTS, params={"needs_reassignment": "true"})).json()["items"]
    assert after == []
    for task_id in tasks[:2]:
        row = (await api.get("community-b", f"{ASSIGNMENTS}/{task_id}")).json()
        assert row["assignee_id"] == successor and row["status"] == "open"
    # the finished assignment keeps its history: still the mover's
    assert (await api.get("community-b", f"{ASSIGNMENTS}/{tasks[2]}")).json()["assignee_id"] == mover["id"]

    async with api.session() as session:
        event = (
            await session.execute(select(AuditEvent).where(AuditEvent.action == "assignment.reassign"))
        ).scalar_one()
    assert event.actor_username == "community-b"
    assert sorted(event.detail["moved"]) == tasks[:2]
    assert (event.detail["from_user_id"], event.detail["to_user_id"]) == (mover["id"], successor)
