"""Commitments and the public feedback view on the fast read path (app/services/grassroots/
sunshine_reads.py), over the demo's and the seed's rows: the commitments of each demo caller's
subtree in pages, the org filter's rows; the published commitments anyone reads, newest first, as of
several days; a submitter's view by tracking code (however typed), the staff row's public fields,
and the same 404."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.core.org import Org
from app.models.grassroots.sunshine import Commitment, Feedback
from tests.api.grassroots.sunshine_read_data import CALLERS, STAFF, on_day, seed_commitments
from tests.api.read_helpers import (
    all_rows,
    lane_answers_as_fastapi,
    orgs_under,
    pages_agree,
    principal_of,
    walk,
)
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
PUBLIC = "/api/v1/public/commitments"
DAYS = [date(2019, 1, 1), date(2026, 3, 1), date(2026, 3, 2), date(2026, 6, 1), date(2030, 1, 1)]


@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_its_subtrees_commitments(api, username):
    await seed_commitments(api)
    mine = await orgs_under(api, (await principal_of(api, username)).org_id)
    rows = await pages_agree(api, username, STAFF)
    every = await all_rows(api, Commitment.id, Commitment.org_id)
    assert [r["id"] for r in rows] == [i for i, org in every if org in mine], "its subtree's, by id"
    assert rows or username == "unit"
    nonempty = 0
    for org_id in sorted((await org_ids(api)).values()):
        kept = (await walk(api, username, STAFF, 1, org_id=org_id))[0]
        assert kept == [r for r in rows if r["org_id"] == org_id], org_id
        nonempty += bool(kept)
    assert nonempty >= (0 if username == "unit" else 1)


async def _public_pages(api: Api, limit: int) -> list[dict]:
    items: list[dict] = []
    cursor = None
    while True:
        params = {"limit": limit, **({"cursor": cursor} if cursor else {})}
        response = await api.client.get(PUBLIC, params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        assert len(body["items"]) <= limit
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items


async def test_anyone_sees_the_published_commitments_newest_first(api):
    await seed_commitments(api)
    staff = {r["id"]: r for r in (await walk(api, "district", STAFF, 100))[0]}
    names = dict(await all_rows(api, Org.id, Org.name))
    seen = set()
    for day in DAYS:
        published = [r for r in staff.values() if r["published_on"] and r["published_on"] <= day.isoformat()]
        with on_day(api, day):
            items = await _public_pages(api, 100)
            for limit in (1, 2, 3):
                assert await _public_pages(api, limit) == items, (day, limit)
        assert [r["id"] for r in items] == sorted((r["id"] for r in published), reverse=True), day
        for item in items:
            row = staff[item["id"]]
            fields = ("content", "due_on", "published_on", "fulfilled_on")
            assert item == {"id": row["id"], "org_name": names[row["org_id"]], **{k: row[k] for k in fields}}
        seen.add(len(items))
    assert len(seen) >= 3 and max(seen) >= 3  # the days show different lists


async def test_the_public_feedback_view_matches_by_any_typing_of_the_code(api):
    await seed_commitments(api)
    cases = (await walk(api, "district", "/api/v1/feedback", 100))[0]
    assert len(cases) == len(await all_rows(api, Feedback.id))
    assert {case["status"] for case in cases} >= {"answered", "escalated"}
    assert {case["escalated_to_id"] is None for case in cases} == {True, False}
    for case in cases:
        code = case["tracking_code"]
        views = []
        for typed in (code, code.lower(), f"{code[:4]}-{code[4:8]}-{code[8:]}", f" {code[:6]} {code[6:]}"):
            response = await api.client.get(f"/api/v1/public/feedback/{typed}")
            assert response.status_code == 200, (typed, response.text)
            assert "etag" not in response.headers
            views.append(response.json())
        view = views[0]
        assert views == [view] * 4
        assert view["escalated"] == (case["escalated_to_id"] is not None)
        assert {k: v for k, v in view.items() if k != "escalated"} == {
            k: case[k] for k in view if k != "escalated"
        }
        assert not set(view) & {"content", "contact", "submitter_name", "org_id", "id"}, (
            "nothing about others"
        )
    for typed in ("ZZZZZZZZZZZZ", "0000-0000-0000"):
        response = await api.client.get(f"/api/v1/public/feedback/{typed}")
        assert response.status_code == 404, response.text
        assert "No feedback has this tracking code" in response.text


async def test_the_lane_and_fastapi_answer_alike(api):
    """The converted routes answer through the read lane as FastAPI answers them: good and bad
    parameters, no token, and the public routes without one."""
    await seed_commitments(api)
    ids = await org_ids(api)
    code = (await all_rows(api, Feedback.tracking_code))[0]
    first = (await api.get("street", STAFF, params={"limit": 1})).json()
    cases: list[tuple[str | None, str, dict]] = []
    for params in (
        {},
        {"limit": 1},
        {"limit": 1, "cursor": first["next_cursor"]},
        {"limit": 0},
        {"limit": 101},
    ):
        cases += [("street", STAFF, params), (None, PUBLIC, params), ("community-a", PUBLIC, params)]
    cases += [
        ("street", STAFF, {"cursor": "not-a-cursor"}),
        ("street", STAFF, {"org_id": ids["community-a"]}),
        ("street", STAFF, {"org_id": -1}),
        ("street", STAFF, {"org_id": "x"}),
        ("unit", STAFF, {}),
        (None, STAFF, {}),
        (None, PUBLIC, {"cursor": "not-a-cursor"}),
        (None, PUBLIC, {"limit": "abc"}),
    ]
    for typed in (code, code.lower(), "ZZZZZZZZZZZZ", "short", "bad$code!!", "x" * 21):
        cases.append((None, f"/api/v1/public/feedback/{typed}", {}))
    statuses: set[int] = set()
    for day in (date(2026, 3, 1), date(2030, 1, 1)):
        with on_day(api, day):
            statuses |= await lane_answers_as_fastapi(api, cases)
    assert {200, 401, 404, 422} <= statuses
