"""A sweep over every list the API offers: community B's worker sees nothing that belongs to A.

New list endpoints are covered automatically: the test walks the OpenAPI document.
"""

from __future__ import annotations

import pytest

from tests.api.security.scope_helpers import org_values
from tests.api.sync.sync_helpers import device_headers
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
SKIP_PREFIXES = ("/api/v1/public", "/api/v1/meta", "/api/v1/auth", "/api/v1/orgs")
# Lists a registered device reads (mobile sync): the sweep registers one for the caller.
DEVICE_PATHS = ("/api/v1/sync/feed",)


async def _get(api, user: str, path: str, params: dict) -> object:
    if path in DEVICE_PATHS:
        return await api.client.get(path, params=params, headers=await device_headers(api, user))
    return await api.get(user, path, params=params)


async def test_no_list_shows_community_b_anything_of_community_a(api):
    ids = await org_ids(api)
    spec = api.app.openapi()
    checked = []
    for path, methods in spec["paths"].items():
        op = methods.get("get")
        if op is None or "{" in path or path.startswith(SKIP_PREFIXES) or not path.startswith("/api/v1/"):
            continue
        params = {p["name"] for p in op.get("parameters", []) if p.get("in") == "query"}
        query = {"limit": 100} if "limit" in params else {}
        required = [p["name"] for p in op.get("parameters", []) if p.get("required") and p["in"] == "query"]
        if required:
            continue
        response = await _get(api, "community-b", path, query)
        if response.status_code in (403, 404):
            continue
        assert response.status_code == 200, (path, response.status_code, response.text[:300])
        if not response.headers.get("content-type", "").startswith("application/json"):
            continue
        leaked = [v for v in org_values(response.json()) if v == ids["community-a"]]
        assert leaked == [], f"{path} shows community-b records of community A"
        checked.append(path)
    assert len(checked) >= 15, checked


async def test_the_sweep_would_catch_a_leak(api):
    """The same walk as community A's own worker does find community A's records: the sweep sees."""
    ids = await org_ids(api)
    spec = api.app.openapi()
    seen_own = set()
    for path, methods in spec["paths"].items():
        op = methods.get("get")
        if op is None or "{" in path or path.startswith(SKIP_PREFIXES) or not path.startswith("/api/v1/"):
            continue
        if any(p.get("required") and p["in"] == "query" for p in op.get("parameters", [])):
            continue
        params = {p["name"] for p in op.get("parameters", []) if p.get("in") == "query"}
        response = await _get(api, "community-a", path, {"limit": 100} if "limit" in params else {})
        if response.status_code == 200 and response.headers.get("content-type", "").startswith(
            "application/json"
        ):
            if ids["community-a"] in org_values(response.json()):
                seen_own.add(path)
    assert {"/api/v1/residents", "/api/v1/families", "/api/v1/sync/feed"} <= seen_own
    assert len(seen_own) >= 5, seen_own
