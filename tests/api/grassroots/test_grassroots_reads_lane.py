"""Workers, trainings, campaigns and activities through the read lane (the rows themselves are
compared with the session path in test_grassroots_reads.py): the lane answers as FastAPI does, for
the converted routes and for the session-path routes it serves beside /workers/{worker_id}; a
revealed phone stays on the audited session path."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.grassroots.network import Training, Worker
from app.models.grassroots.publicity import Activity, Campaign
from tests.api.grassroots.network_read_data import CALLERS, seed_network
from tests.api.read_helpers import lane_answers_as_fastapi, principal_of, walk
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio

# the lists the lane serves here, with their table; those read by id too
LISTS = {
    "/api/v1/workers": Worker,
    "/api/v1/trainings": Training,
    "/api/v1/campaigns": Campaign,
    "/api/v1/activities": Activity,
}
SINGLE = ("/api/v1/workers", "/api/v1/campaigns", "/api/v1/activities")


async def all_ids(api, model) -> set[int]:
    async with api.session() as session:
        return set((await session.execute(select(model.id))).scalars().all())


async def test_a_revealed_worker_phone_stays_on_the_audited_session_path(api):
    await seed_network(api)
    listed, _ = await walk(api, "community-b", "/api/v1/workers", 100)
    (worker,) = [w for w in listed if w["phone"]][:1]  # as the list shows it: the phone masked
    assert worker["phone"] != "13800001111"
    response = await api.get("community-b", f"/api/v1/workers/{worker['id']}", params={"reveal": "true"})
    assert response.status_code == 200, response.text
    assert response.json() == {**worker, "phone": "13800001111"}
    assert response.headers["etag"] == f'"{worker["version"]}"'
    for username in CALLERS:
        if username in ("community-b", "street", "street-officer", "district"):
            revealed = await api.get(username, f"/api/v1/workers/{worker['id']}", params={"reveal": "true"})
            can = (await principal_of(api, username)).can("pii:read")
            assert revealed.status_code == (200 if can else 403), (username, revealed.text)
    assert (
        await api.get("unit", f"/api/v1/workers/{worker['id']}", params={"reveal": "true"})
    ).status_code == 404


async def test_the_lane_and_fastapi_answer_alike(api):
    """The converted routes (and the session-path routes the lane serves beside /workers/{id}) answer
    through the read lane as FastAPI answers them: good and bad parameters, no token."""
    await seed_network(api)
    ids = await org_ids(api)
    cases: list[tuple[str | None, str, dict]] = []
    for path, model in LISTS.items():
        first = (await api.get("community-a", path, params={"limit": 1})).json()
        for params in (
            {},
            {"limit": 1},
            {"limit": 1, "cursor": first["next_cursor"]},
            {"limit": 0},
            {"limit": 101},
        ):
            cases.append(("community-a", path, params))
        cases += [
            ("street", path, {"cursor": "not-a-cursor"}),
            ("street", path, {"org_id": -1}),
            (None, path, {}),
        ]
        if path in SINGLE:
            everything = sorted(await all_ids(api, model))
            for object_id in (everything[0], everything[-1], everything[-1] + 1, 0, "abc"):
                cases += [("community-b", f"{path}/{object_id}", {}), (None, f"{path}/{object_id}", {})]
    cases += [
        ("street", "/api/v1/workers", {"kind": "bogus"}),
        ("street", "/api/v1/workers", {"serving_on": "yesterday"}),
        (
            "street",
            "/api/v1/workers",
            {"kind": "volunteer", "serving_on": "2025-01-01", "org_id": ids["street"]},
        ),
        ("street", "/api/v1/workers/1", {"reveal": "maybe"}),
        ("street", "/api/v1/workers/1", {"reveal": "true"}),
        ("street", "/api/v1/trainings", {"year": 1999}),
        ("street", "/api/v1/trainings", {"year": 2025}),
        ("street", "/api/v1/campaigns", {"key_day": "bogus"}),
        ("street", "/api/v1/campaigns", {"key_day": "other", "year": 2025}),
        ("street", "/api/v1/activities", {"status": "bogus"}),
        ("street", "/api/v1/activities", {"care_action": "maybe"}),
        ("street", "/api/v1/activities", {"kind": "lecture", "care_action": "true"}),
        ("street", "/api/v1/workers/vacant-posts", {}),
        (None, "/api/v1/workers/vacant-posts", {}),
        ("street", "/api/v1/workers/training-hours", {"year": 2025}),
        ("street", "/api/v1/workers/training-hours", {"year": 1999}),
        ("community-a", "/api/v1/workers/training-hours", {}),
    ]
    # The aggregates under /workers/ are declared before /workers/{worker_id}: FastAPI's.
    aggregates = ("vacant-posts", "training-hours")
    statuses = await lane_answers_as_fastapi(
        api, [(user, path, params, {}, not path.endswith(aggregates)) for user, path, params in cases]
    )
    assert {200, 401, 404, 422} <= statuses
