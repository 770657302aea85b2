"""The scope sweep covers the grassroots lists: each shows community A's demo records to A and none to B."""

from __future__ import annotations

from tests.api.security.scope_helpers import org_values
from tests.demo_ids import org_ids

# Lists whose demo data holds records of community A (app/demo/grassroots.py and the showcase families).
LISTS = [
    "/api/v1/workers",
    "/api/v1/workers/training-hours",
    "/api/v1/activities",
    "/api/v1/association/branches",
    "/api/v1/association/members",
    "/api/v1/integrity-agreements",
    "/api/v1/integrity-agreements/signing-rates",
    "/api/v1/feedback",
    "/api/v1/care-cases/suggestions",
    "/api/v1/demonstrations",
]


async def test_every_grassroots_list_is_walked_by_the_sweep_and_scoped(api):
    ids = await org_ids(api)
    spec = api.app.openapi()
    for path in LISTS:
        op = spec["paths"][path]["get"]
        # the sweep walks lists without a required query parameter
        assert not any(p.get("required") and p["in"] == "query" for p in op.get("parameters", [])), path
        own = await api.get("community-a", path, params={"year": 2019} if "hours" in path else None)
        assert own.status_code == 200, (path, own.text)
        assert ids["community-a"] in org_values(own.json()), path
        other = await api.get("community-b", path, params={"year": 2019} if "hours" in path else None)
        assert other.status_code == 200
        assert ids["community-a"] not in org_values(other.json()), path


async def test_vacant_posts_list_community_b_without_its_worker(api):
    ids = await org_ids(api)
    posts = (await api.get("street", "/api/v1/workers/vacant-posts")).json()
    assert [(p["org_id"], p["missing_kind"]) for p in posts] == [(ids["community-b"], "community_worker")]
    assert (await api.get("community-a", "/api/v1/workers/vacant-posts")).json() == []
