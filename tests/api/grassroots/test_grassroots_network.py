"""Task 1: workers (phones masked, reveals audited), trainings with attendance and hours, vacant posts."""

from __future__ import annotations

from sqlalchemy import select

from app.models.core.audit import AuditEvent
from app.models.grassroots.network import Worker
from tests.demo_ids import org_ids

WORKERS = "/api/v1/workers"


async def test_worker_phone_is_masked_encrypted_and_revealed_with_audit(api):
    ids = await org_ids(api)
    created = await api.post(
        "community-b",
        WORKERS,
        {
            "org_id": ids["community-b"],
            "name": "陈丽",
            "kind": "community_worker",
            "post": "社区计生专干",
            "phone": "13912345678",
            "started_on": "2019-02-01",
            "qualifications": ["计生专干上岗证"],
        },
    )
    assert created.status_code == 201, created.text
    worker = created.json()
    assert worker["phone"] == "139****5678" and worker["user_id"] is None
    async with api.session() as session:
        stored = await session.get(Worker, worker["id"])
        assert stored is not None and "13912345678" not in (stored.phone_enc or "")
    revealed = await api.get("community-b", f"{WORKERS}/{worker['id']}", params={"reveal": "true"})
    assert revealed.json()["phone"] == "13912345678"
    assert (await api.get("unit", f"{WORKERS}/{worker['id']}")).status_code == 404
    assert (
        await api.get("integration", f"{WORKERS}/{worker['id']}", params={"reveal": "true"})
    ).status_code == 403
    async with api.session() as session:
        events = (
            (
                await session.execute(
                    select(AuditEvent.actor_username).where(AuditEvent.action == "worker.revealed")
                )
            )
            .scalars()
            .all()
        )
    assert events == ["community-b"]

    # community B's vacant post is filled from its start date on
    posts = (await api.get("street", "/api/v1/workers/vacant-posts")).json()
    assert ids["community-b"] not in [p["org_id"] for p in posts]

    # an ended worker leaves the post vacant again
    ended = await api.patch(
        "community-b", f"{WORKERS}/{worker['id']}", {"ended_on": "2019-01-01"}, headers={"If-Match": '"1"'}
    )
    assert ended.status_code == 422  # before the start date
    ended = await api.patch(
        "community-b", f"{WORKERS}/{worker['id']}", {"ended_on": "2019-03-01"}, headers={"If-Match": '"1"'}
    )
    assert ended.status_code == 200, ended.text
    stale = await api.patch(
        "community-b", f"{WORKERS}/{worker['id']}", {"post": "x"}, headers={"If-Match": '"1"'}
    )
    assert stale.status_code == 412


async def test_workers_only_in_your_own_area_and_accounts_of_their_org(api):
    ids = await org_ids(api)
    body = {"name": "x", "kind": "volunteer", "post": "志愿者", "started_on": "2019-01-01"}
    assert (await api.post("community-b", WORKERS, {**body, "org_id": ids["community-a"]})).status_code == 404
    assert (
        await api.post("community-b", WORKERS, {**body, "org_id": ids["community-b"], "phone": "123"})
    ).status_code == 422
    me = (await api.get("community-a", "/api/v1/auth/me")).json()
    user_id = me.get("id") or me.get("user", {}).get("id")
    wrong = await api.post("community-b", WORKERS, {**body, "org_id": ids["community-b"], "user_id": user_id})
    assert wrong.status_code == 422


async def test_training_attendance_and_hours_per_worker_per_year(api):
    ids = await org_ids(api)
    workers = (await api.get("street", WORKERS, params={"org_id": ids["community-a"]})).json()["items"]
    worker_ids = [w["id"] for w in workers]
    created = await api.post(
        "street",
        "/api/v1/trainings",
        {
            "org_id": ids["street"],
            "title": "优质服务培训",
            "held_on": "2019-09-10",
            "hours": 3.5,
            "worker_ids": worker_ids,
        },
    )
    assert created.status_code == 201, created.text
    assert created.json()["worker_ids"] == sorted(worker_ids)
    again = await api.post(
        "street", f"/api/v1/trainings/{created.json()['id']}/attendance", {"worker_ids": worker_ids}
    )
    assert again.json()["worker_ids"] == sorted(worker_ids)  # attending twice counts once
    hours = (await api.get("street", "/api/v1/workers/training-hours", params={"year": 2019})).json()
    by_worker = {h["worker_id"]: h for h in hours}
    # the demo's community worker was also at the 6-hour March training
    demo_worker = next(w for w in workers if w["kind"] == "community_worker")
    volunteer = next(w for w in workers if w["kind"] == "volunteer")
    assert by_worker[demo_worker["id"]]["hours"] == 9.5 and by_worker[demo_worker["id"]]["trainings"] == 2
    assert by_worker[volunteer["id"]]["hours"] == 3.5
    assert all(
        h["hours"] == 0
        for h in (await api.get("street", "/api/v1/workers/training-hours", params={"year": 2018})).json()
    )
    foreign = await api.post(
        "community-b",
        "/api/v1/trainings",
        {
            "org_id": ids["community-b"],
            "title": "x",
            "held_on": "2019-09-10",
            "hours": 1,
            "worker_ids": [worker_ids[0]],
        },
    )
    assert foreign.status_code == 422
    assert (
        await api.post(
            "community-b",
            "/api/v1/trainings",
            {"org_id": ids["community-b"], "title": "x", "held_on": "2019-09-10", "hours": 0},
        )
    ).status_code == 422
