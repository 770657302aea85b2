"""Headers: nosniff on every answer, no-store on tokens and personal data, a full Allow on 405."""

from __future__ import annotations

import pytest

from app.demo.context import DEMO_PASSWORD
from app.headers import literal_paths
from tests.demo_ids import org_ids
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio


async def test_token_responses_are_not_stored(api):
    response = await api.client.post(
        "/api/v1/auth/token", data={"grant_type": "password", "username": "street", "password": DEMO_PASSWORD}
    )
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-content-type-options"] == "nosniff"
    refused = await api.client.post(
        "/api/v1/auth/token", data={"grant_type": "password", "username": "street", "password": "wrong"}
    )
    assert refused.headers["cache-control"] == "no-store"


async def test_personal_data_is_not_stored_and_every_answer_is_nosniff(api):
    ids = await org_ids(api)
    created = await api.post("community-a", "/api/v1/residents", resident_body(ids["community-a"]))
    resident = f"/api/v1/residents/{created.json()['id']}"
    for response in (
        created,
        await api.get("community-a", resident),
        await api.get("community-a", resident, params={"reveal": "true"}),
        await api.get("community-a", "/api/v1/residents"),
        await api.get("community-a", "/api/v1/families"),
        await api.get("community-a", "/api/v1/auth/me"),
        await api.client.get("/api/v1/residents"),  # 401
    ):
        assert response.headers["cache-control"] == "no-store", response.request.url
        assert response.headers["x-content-type-options"] == "nosniff", response.request.url
    for path in ("/healthz", "/openapi.json", "/api/v1/no-such-thing"):
        assert (await api.client.get(path)).headers["x-content-type-options"] == "nosniff", path


async def test_405_lists_every_method_of_the_path(api):
    spec = api.app.openapi()
    checked = 0
    for path in ("/api/v1/residents", "/api/v1/residents/{resident_id}", "/api/v1/users/{user_id}"):
        documented = {method.upper() for method in spec["paths"][path]}
        concrete = path.replace("{resident_id}", "1").replace("{user_id}", "1")
        for method in ("PUT", "DELETE", "TRACE"):
            if method in documented:
                continue
            response = await api.client.request(method, concrete, headers=await api.headers("street"))
            assert response.status_code == 405, (method, path)
            allowed = {m.strip() for m in response.headers["allow"].split(",")}
            assert documented <= allowed, (path, allowed)
            assert allowed == documented, (path, allowed)
            assert response.headers["content-type"] == "application/problem+json"
            checked += 1
    assert checked >= 6


async def test_a_literal_path_is_its_own_resource_for_405(api):
    """/workers/vacant-posts is not /workers/{worker_id} with a bad id: an unserved method is 405."""
    patched = await api.patch("street", "/api/v1/workers/vacant-posts", {})
    assert patched.status_code == 405 and patched.headers["allow"] == "GET"
    assert patched.headers["content-type"] == "application/problem+json"
    collected = await api.get("district", "/api/v1/exchange/messages/collect")
    assert collected.status_code == 405 and collected.headers["allow"] == "POST"
    # a parameterised path still answers with every method its routes serve
    deleted = await api.client.delete("/api/v1/residents/1")
    assert deleted.status_code == 405 and deleted.headers["allow"] == "GET, PATCH"
    # the middleware reads the literal paths from the routes: exactly the document's, methods and all
    documented = {
        path: frozenset(method.upper() for method in operations)
        for path, operations in api.app.openapi()["paths"].items()
        if "{" not in path
    }
    assert literal_paths(api.app.routes) == documented
    assert "/api/v1/workers/vacant-posts" in documented
