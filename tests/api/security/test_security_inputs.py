"""Crafted input the fuzzer found: each is a documented 4xx, and validation comes before If-Match."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.asyncio


async def test_a_malformed_if_match_does_not_hide_validation_errors(api):
    """If-Match has a declared shape: one of another shape is a field error of its own, reported
    with the request's other field errors in one 422, never instead of them."""
    headers = {"If-Match": ""}
    below_minimum = await api.post("street", "/api/v1/payment-batches/0/approve", headers=headers)
    assert below_minimum.status_code == 422
    locs = [e["loc"] for e in below_minimum.json()["errors"]]
    assert ["path", "batch_id"] in locs and ["header", "If-Match"] in locs
    no_body = await api.client.patch(
        "/api/v1/residents/1", headers={**await api.headers("community-a"), "If-Match": "junk"}
    )
    assert no_body.status_code == 422
    assert ["body"] in [e["loc"] for e in no_body.json()["errors"]]
    # a valid request with a malformed ETag is 422 for the header alone, and changes nothing
    resident = (await api.get("community-a", "/api/v1/residents", params={"limit": 1})).json()["items"][0]
    for junk in ("junk", 'W/"x"', '"1234567890123456789"', '"3", "4"'):
        malformed = await api.patch(
            "community-a", f"/api/v1/residents/{resident['id']}", {"name": "x"}, headers={"If-Match": junk}
        )
        assert malformed.status_code == 422, junk
        assert [e["loc"] for e in malformed.json()["errors"]] == [["header", "If-Match"]]
    after = await api.get("community-a", f"/api/v1/residents/{resident['id']}")
    assert after.json()["name"] == resident["name"] and after.json()["version"] == resident["version"]
    # a well-formed but stale one is still 412
    stale = await api.patch(
        "community-a", f"/api/v1/residents/{resident['id']}", {"name": "x"}, headers={"If-Match": '"999"'}
    )
    assert stale.status_code == 412


async def test_dates_are_iso_strings_not_numbers(api):
    for value in ("0", "1700000000", "2019-1-1"):
        response = await api.get("street", "/api/v1/policies", params={"in_force_on": value})
        assert response.status_code == 422, value
        assert response.json()["errors"][0]["loc"] == ["query", "in_force_on"]
    assert (
        await api.get("street", "/api/v1/policies", params={"in_force_on": "2019-06-01"})
    ).status_code == 200
    body = await api.post(
        "street", "/api/v1/benefit-programs/1/eligibility-check", {"family_id": 1, "reference_date": 0}
    )
    assert body.status_code == 422


async def test_booleans_refuse_numbers_and_words(api):
    users = (await api.get("street", "/api/v1/users", params={"role": "community_officer"})).json()["items"]
    for value in (0, 1, "yes"):
        response = await api.patch("street", f"/api/v1/users/{users[0]['id']}", {"is_active": value})
        assert response.status_code == 422, value
        assert response.json()["errors"][0]["loc"] == ["body", "is_active"]


async def test_integers_refuse_booleans(api):
    response = await api.client.put(
        "/api/v1/distribution-points/1/thresholds/1",
        json={"threshold": False},
        headers=await api.headers("street"),
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "threshold"]


async def test_a_body_that_is_not_utf8_is_invalid_json(api):
    response = await api.client.post(
        "/api/v1/orgs",
        content=b"\xff\xfe{",
        headers={**await api.headers("street"), "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


async def test_dates_and_instants_in_queries_are_strings_not_numbers(api):
    """``updated_since=0`` or ``submitted_to=0`` would be read as Unix time: they are 422."""
    for user, path, params in (
        ("street", "/api/v1/residents", {"updated_since": "0"}),
        ("street", "/api/v1/benefit-applications", {"submitted_to": "0"}),
        ("street", "/api/v1/workers", {"serving_on": "1"}),
        ("street", "/api/v1/migrants/coverage", {"as_of": "0"}),
    ):
        response = await api.get(user, path, params=params)
        assert response.status_code == 422, (path, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    ok = await api.get("street", "/api/v1/residents", params={"updated_since": "2019-01-01T00:00:00+08:00"})
    assert ok.status_code == 200, ok.text


async def test_an_explicit_null_for_a_required_field_is_422_and_changes_nothing(api):
    worker = (await api.get("street", "/api/v1/workers", params={"limit": 1})).json()["items"][0]
    url = f"/api/v1/workers/{worker['id']}"
    refused = await api.patch("street", url, {"qualifications": None, "post": "计生志愿者"})
    assert refused.status_code == 422, refused.text
    assert refused.json()["errors"][0]["loc"] == ["body", "qualifications"]
    after = (await api.get("street", url)).json()
    assert after["post"] == worker["post"] and after["version"] == worker["version"]
