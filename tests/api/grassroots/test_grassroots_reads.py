"""Workers, trainings, campaigns and activities on the fast read path (app/services/grassroots/
network_reads.py, publicity_reads.py), over the demo's and the seed's rows: for every demo caller the
rows of its subtree (campaigns: of its subtree and the orgs above it) in pages, by id or newest
first; each filter keeps exactly its rows; a training's attendees and a campaign's activity count
are the data's; the single reads with their ETag (and 404 outside the scope)."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import pytest

from app.models.core.org import Org
from app.models.grassroots.network import Training, TrainingAttendance, Worker, WorkerKind
from app.models.grassroots.publicity import Activity, ActivityKind, ActivityStatus, Campaign, KeyDay
from tests.api.grassroots.network_read_data import CALLERS, seed_network
from tests.api.read_helpers import all_rows, pages_agree, principal_of, singles_are_rows, walk
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
WORKERS, TRAININGS, CAMPAIGNS, ACTIVITIES = (
    "/api/v1/workers",
    "/api/v1/trainings",
    "/api/v1/campaigns",
    "/api/v1/activities",
)
# path: (model, 404 label or None without a single read, newest first)
RESOURCES: dict[str, tuple[Any, str | None, bool]] = {
    WORKERS: (Worker, "Worker", False),
    TRAININGS: (Training, None, False),
    CAMPAIGNS: (Campaign, "Campaign", True),
    ACTIVITIES: (Activity, "Activity", True),
}


async def _visible_orgs(api: Api, username: str, path: str) -> set[int]:
    """The caller's subtree; for campaigns also the orgs above it (a street's campaign for its
    communities)."""
    principal = await principal_of(api, username)
    orgs = await all_rows(api, Org.id, Org.path)
    mine = dict(orgs)[principal.org_id]
    return {i for i, p in orgs if p.startswith(mine) or (path == CAMPAIGNS and mine.startswith(p))}


async def _expected_ids(api: Api, username: str, path: str) -> list[int]:
    model, _, newest_first = RESOURCES[path]
    visible = await _visible_orgs(api, username, path)
    ids = [i for i, org in await all_rows(api, model.id, model.org_id) if org in visible]
    return sorted(ids, reverse=newest_first)


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_its_scope_in_pages(api, username, path):
    await seed_network(api)
    rows = await pages_agree(api, username, path)
    assert rows, "every caller has some rows once seeded"
    assert [r["id"] for r in rows] == await _expected_ids(api, username, path)
    if path == TRAININGS:
        attendees = defaultdict(list)
        for training_id, worker_id in await all_rows(
            api, TrainingAttendance.training_id, TrainingAttendance.worker_id
        ):
            attendees[training_id].append(worker_id)
        assert all(r["worker_ids"] == sorted(attendees[r["id"]]) for r in rows)
        assert any(r["worker_ids"] for r in rows) or username.startswith("community")
    if path == CAMPAIGNS:
        opened = Counter(c for c in await all_rows(api, Activity.campaign_id) if c is not None)
        assert all(r["activities_opened"] == opened[r["id"]] for r in rows)


def _filter_cases(path: str, orgs: list[int], campaigns: list[int]) -> list[dict[str, Any]]:
    if path == WORKERS:
        cases: list[dict[str, Any]] = [{"org_id": o} for o in orgs] + [{"kind": k.value} for k in WorkerKind]
        cases += [
            {"serving_on": d} for d in ("2019-01-01", "2020-03-01", "2024-12-31", "2025-01-01", "2030-01-01")
        ]
        return cases + [{"kind": "volunteer", "serving_on": "2025-06-01", "org_id": orgs[0]}]
    if path == TRAININGS:
        return [{"year": y} for y in (2019, 2024, 2025, 2026, 2030)]
    if path == CAMPAIGNS:
        return (
            [{"key_day": k.value} for k in KeyDay]
            + [{"year": y} for y in (2019, 2025, 2026)]
            + [{"key_day": "members_day", "year": 2026}]
        )
    cases = [{"campaign_id": c} for c in campaigns] + [{"org_id": o} for o in orgs]
    cases += [{"kind": k.value} for k in ActivityKind] + [{"status": s.value} for s in ActivityStatus]
    cases += [{"care_action": "true"}, {"care_action": "false"}, {"branch_id": 1}, {"branch_id": 2}]
    return cases + [{"status": "planned", "care_action": "false", "campaign_id": campaigns[-1]}]


def _keeps(field: str, value: Any, row: dict) -> bool:
    if field == "serving_on":
        return row["started_on"] <= value and (row["ended_on"] is None or row["ended_on"] >= value)
    if field == "year":
        return row["held_on"][:4] == str(value)
    if field == "care_action":
        return row[field] == (value == "true")
    return row[field] == value


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_filters_keep_their_rows(api, username, path):
    await seed_network(api)
    orgs = sorted((await org_ids(api)).values())
    campaigns = await all_rows(api, Campaign.id)
    everything = (await walk(api, username, path, 100))[0]
    nonempty = 0
    for filters in _filter_cases(path, orgs, campaigns):
        kept = (await walk(api, username, path, 2, **filters))[0]
        assert kept == [r for r in everything if all(_keeps(f, v, r) for f, v in filters.items())], filters
        nonempty += bool(kept)
    assert nonempty >= 2


@pytest.mark.parametrize("path", [p for p, (_, label, _) in RESOURCES.items() if label])
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_are_the_rows_and_404_out_of_scope(api, username, path):
    await seed_network(api)
    model, label, _ = RESOURCES[path]
    every = await all_rows(api, model.id)
    rows = await singles_are_rows(api, username, path, every, label)
    assert rows and (set(every) - set(rows) or username == "district")
