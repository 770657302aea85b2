"""Workers, trainings, campaigns and activities on the fast read path (app/services/grassroots/
network_reads.py, publicity_reads.py) show exactly what the session path showed: for every demo
caller the same rows in the same pages (newest first where they were), for every filter the same
rows, the same single reads with their ETag (and 404 outside the scope). The previous
implementation's queries are copied here, so these tests compare against it."""

from __future__ import annotations

from typing import Any

import pytest

from app.models.grassroots.network import WorkerKind
from app.models.grassroots.publicity import ActivityKind, ActivityStatus, Campaign, KeyDay
from tests.api.grassroots.network_read_data import (
    CALLERS,
    RESOURCES,
    SINGLE,
    all_ids,
    expected_rows,
    seed_network,
)
from tests.api.read_helpers import principal_of, walk
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio


# The previous implementation: app/services/grassroots/network.list_workers / get_worker /
# list_trainings / training_reads and publicity.list_campaigns / get_campaign / list_activities /
# get_activity (an ORM query in a session, keyset by id, each row through the read schema).


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_pages_as_before(api, username, path):
    await seed_network(api)
    principal = await principal_of(api, username)
    expected = await expected_rows(api, path, principal)
    assert expected, "every caller has some rows once seeded"
    for limit in (1, 2, 3):
        items, pages = await walk(api, username, path, limit)
        assert items == expected
        assert pages == max(1, -(-len(expected) // limit))
    if RESOURCES[path][4]:
        assert [row["id"] for row in expected] == sorted((row["id"] for row in expected), reverse=True)


def _filter_cases(path: str, orgs: list[int], campaigns: list[int]) -> list[dict[str, Any]]:
    if path == "/api/v1/workers":
        cases: list[dict[str, Any]] = [{"org_id": o} for o in orgs] + [{"kind": k.value} for k in WorkerKind]
        cases += [
            {"serving_on": d} for d in ("2019-01-01", "2020-03-01", "2024-12-31", "2025-01-01", "2030-01-01")
        ]
        return cases + [{"kind": "volunteer", "serving_on": "2025-06-01", "org_id": orgs[0]}]
    if path == "/api/v1/trainings":
        return [{"year": y} for y in (2019, 2024, 2025, 2026, 2030)]
    if path == "/api/v1/campaigns":
        return (
            [{"key_day": k.value} for k in KeyDay]
            + [{"year": y} for y in (2019, 2025, 2026)]
            + [{"key_day": "members_day", "year": 2026}]
        )
    cases = [{"campaign_id": c} for c in campaigns] + [{"org_id": o} for o in orgs]
    cases += [{"kind": k.value} for k in ActivityKind] + [{"status": s.value} for s in ActivityStatus]
    cases += [{"care_action": "true"}, {"care_action": "false"}, {"branch_id": 1}, {"branch_id": 2}]
    return cases + [{"status": "planned", "care_action": "false", "campaign_id": campaigns[-1]}]


@pytest.mark.parametrize("path", list(RESOURCES))
@pytest.mark.parametrize("username", CALLERS)
async def test_filters_give_the_same_rows_as_before(api, username, path):
    await seed_network(api)
    principal = await principal_of(api, username)
    orgs = sorted((await org_ids(api)).values())
    campaigns = sorted(await all_ids(api, Campaign))
    nonempty = 0
    for filters in _filter_cases(path, orgs, campaigns):
        expected = await expected_rows(api, path, principal, **filters)
        assert (await walk(api, username, path, 2, **filters))[0] == expected, filters
        nonempty += bool(expected)
    assert nonempty >= 2


@pytest.mark.parametrize("path", SINGLE)
@pytest.mark.parametrize("username", CALLERS)
async def test_single_reads_match_and_are_404_out_of_scope(api, username, path):
    await seed_network(api)
    principal = await principal_of(api, username)
    label, _, model, _, _ = RESOURCES[path]
    everything = await all_ids(api, model)
    expected = await expected_rows(api, path, principal)
    assert expected
    for row in expected:
        response = await api.get(username, f"{path}/{row['id']}")
        assert response.status_code == 200, response.text
        assert response.json() == row
        assert response.headers["etag"] == f'"{row["version"]}"'
    outside = everything - {row["id"] for row in expected}
    assert outside or username == "district"
    for object_id in [*sorted(outside), max(everything) + 1000]:
        response = await api.get(username, f"{path}/{object_id}")
        assert response.status_code == 404, (object_id, response.text)
        assert f"{label} not found" in response.text
        assert "etag" not in response.headers
