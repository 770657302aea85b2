"""The migrants area's converted routes answer through the read lane as FastAPI answers them (an app
built with the lane off): the same status, body and headers for good and bad requests. GET
/migrants/coverage, declared before the single read's template, still reaches its report (off the
lane), and a subscription's deliveries report a bad id before a bad query parameter, as FastAPI
does."""

from __future__ import annotations

from datetime import date

import pytest

from app.clock import set_today
from tests.api.migrants.migrant_data import seeded
from tests.api.read_helpers import lane_answers_as_fastapi

pytestmark = pytest.mark.asyncio

LISTS = {
    "/api/v1/migrants": [
        {"status": "present"},
        {"status": "bogus"},
        {"certificate_overdue": "true", "community_id": 4},
        {"permit_endorsement_due": "maybe"},
        {"arrived_in": "2025-13"},
        {"arrived_in": "2025-06", "departed_in": "2026-03"},
        {"household_province": "5"},
        {"updated_since": "2000-01-01T00:00:00Z", "limit": 2},
        {"updated_since": "2000-01-01T00:00:00"},
    ],
    "/api/v1/migrant-transfers": [{"status": "pending"}, {"incoming": "true"}, {"status": "bad"}],
    "/api/v1/exchange/messages": [{"overdue": "true"}, {"kind": "bogus"}, {"migrant_id": 0}],
    "/api/v1/webhooks": [],
    "/api/v1/imports": [],
}
SINGLE = {
    "/api/v1/migrants/{}/services": True,
    "/api/v1/migrant-transfers/{}": True,
    "/api/v1/exchange/messages/{}": True,
    "/api/v1/webhooks/{}": True,
    "/api/v1/imports/{}": True,
    "/api/v1/migrants/{}": True,
}


async def test_the_lane_and_fastapi_answer_alike(api):

    set_today(date(2026, 3, 10))
    await seeded(api)
    zh = {"Accept-Language": "zh-CN"}
    cases: list[tuple[str | None, str, dict, dict, bool]] = []
    for path, extra in LISTS.items():
        first = (await api.get("district", path, params={"limit": 1})).json()
        for params in (
            {},
            {"limit": 1},
            {"limit": 1, "cursor": first["next_cursor"]},
            {"limit": 0},
            {"limit": 101},
            {"limit": "abc"},
            {"cursor": "not-a-cursor"},
            {"cursor": "WzEsMiwzXQ"},
            *extra,
        ):
            for user in ("community-a", "street", "district", "unit"):
                cases.append((user, path, params, zh if user == "street" else {}, True))
        cases += [(None, path, {}, {}, True), (None, path, {}, {"Authorization": "Bearer not.a.token"}, True)]
    for template, on_lane in SINGLE.items():
        for object_id in (1, 2, 5, 8, 10_000, 0, "abc"):
            for user in ("community-a", "community-b", "street", "district"):
                cases.append((user, template.format(object_id), {}, {}, on_lane))
        cases.append((None, template.format(1), {}, {}, on_lane))
    for subscription_id in (1, 2, 3, 10_000, "abc"):
        for params in ({}, {"status": "failed"}, {"limit": 1}, {"status": "bad"}, {"cursor": "junk"}):
            path = f"/api/v1/webhooks/{subscription_id}/deliveries"
            cases += [("street", path, params, {}, True), ("district", path, params, zh, True)]
    for user in ("street", "district", "community-a", None):
        cases.append((user, "/api/v1/webhooks/event-types", {}, {}, True))
        cases.append((user, "/api/v1/migrants/coverage", {}, {}, False))  # a report: the session path
    try:
        statuses = await lane_answers_as_fastapi(api, cases)
    finally:
        set_today(None)
    assert {200, 401, 403, 404, 422} <= statuses
