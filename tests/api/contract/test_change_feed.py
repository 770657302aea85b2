"""The change feed: updated_since on every mirrored list, in update order, never skipping a row that
a slower transaction commits later."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db import utcnow
from app.models.core.resident import Resident
from tests.demo_ids import org_ids
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio


@pytest.fixture(autouse=True)
def no_settle(api):
    original = api.app.state.settings
    api.app.state.settings = original.model_copy(update={"feed_settle_seconds": 0})
    yield
    api.app.state.settings = original


async def _walk(api, path: str, since, user="community-a", limit=2) -> list[dict]:
    items, cursor = [], None
    while True:
        params = {"updated_since": since.isoformat(), "limit": limit}
        if cursor:
            params["cursor"] = cursor
        page = await api.get(user, path, params=params)
        assert page.status_code == 200, page.text
        items += page.json()["items"]
        cursor = page.json()["next_cursor"]
        if not cursor:
            return items


async def test_residents_come_in_update_order_and_again_when_changed(api):
    ids = await org_ids(api)
    since = utcnow() - timedelta(seconds=1)
    created = []
    for _ in range(5):
        response = await api.post("community-a", "/api/v1/residents", resident_body(ids["community-a"]))
        created.append(response.json())
    seen = await _walk(api, "/api/v1/residents", since)
    assert [r["id"] for r in seen] == [r["id"] for r in created]
    stamps = [r["updated_at"] for r in seen]
    assert stamps == sorted(stamps)

    mark = utcnow()
    patched = await api.patch("community-a", f"/api/v1/residents/{created[1]['id']}", {"name": "改名"})
    assert patched.status_code == 200, patched.text
    again = await _walk(api, "/api/v1/residents", mark)
    assert [r["id"] for r in again] == [created[1]["id"]]
    # scope holds in the feed too
    assert await _walk(api, "/api/v1/residents", since, user="community-b") == []
    naive = await api.get("community-a", "/api/v1/residents", params={"updated_since": "2026-01-01T00:00:00"})
    assert naive.status_code == 422
    bad = await api.get(
        "community-a", "/api/v1/residents", params={"updated_since": since.isoformat(), "cursor": "WzEsMl0"}
    )
    assert bad.status_code == 422


async def test_every_mirrored_list_takes_updated_since(api):
    since = (utcnow() - timedelta(days=3650)).isoformat()
    for path in (
        "/api/v1/residents",
        "/api/v1/families",
        "/api/v1/migrants",
        "/api/v1/benefit-enrolments",
        "/api/v1/service-requests",
        "/api/v1/screenings",
        "/api/v1/dispensations",
    ):
        page = await api.get("street", path, params={"updated_since": since, "limit": 5})
        assert page.status_code == 200, (path, page.text)


async def test_a_row_committed_late_is_not_skipped(api):
    ids = await org_ids(api)
    a = (await api.post("community-a", "/api/v1/residents", resident_body(ids["community-a"]))).json()
    b = (await api.post("community-a", "/api/v1/residents", resident_body(ids["community-a"]))).json()
    since = utcnow()
    slow, fast = api.session(), api.session()
    try:
        row_a = (await slow.execute(select(Resident).where(Resident.id == a["id"]))).scalar_one()
        row_a.name = "慢事务"
        await slow.flush()  # updated_at set now, committed later
        row_b = (await fast.execute(select(Resident).where(Resident.id == b["id"]))).scalar_one()
        row_b.name = "快事务"
        await fast.commit()  # a later time, committed first

        first = await _walk(api, "/api/v1/residents", since)
        assert first == []  # b is newer than the slow transaction's start: held back, not skipped
        await slow.commit()
        later = await _walk(api, "/api/v1/residents", since)
        assert [r["id"] for r in later] == [a["id"], b["id"]]
    finally:
        await slow.close()
        await fast.close()
