"""The read lane (app/read_lane.py) answers exactly as FastAPI does for the same routes: the same
status, body and headers for good requests, bad input, bad tokens and other languages."""

from __future__ import annotations

import logging
from unittest import mock

import httpx
import pytest

from app.read_lane import LaneRoute
from tests.api.read_helpers import comparable
from tests.conftest import Api

pytestmark = pytest.mark.asyncio


async def _cases(api: Api) -> list[tuple[str, str, dict, dict]]:
    """(user or None, path, params, extra headers) over good and bad requests."""
    first = (await api.get("community-a", "/api/v1/residents", params={"limit": 3})).json()
    mine = first["items"][0]["id"]
    theirs = (await api.get("community-b", "/api/v1/residents", params={"limit": 1})).json()["items"][0]["id"]
    zh = {"Accept-Language": "zh-CN"}
    lists = [
        {},
        {"limit": 3},
        {"limit": 3, "cursor": first["next_cursor"]},
        {"status": "active", "sex": "female", "age_min": 20, "age_max": 49, "limit": 50},
        {"name_prefix": first["items"][0]["name"][:1]},
        {"migrant": "true"},
        {"updated_since": "2000-01-01T00:00:00Z", "limit": 5},
        {"limit": 0},
        {"limit": "abc"},
        {"limit": 101},
        {"cursor": "not-a-cursor"},
        {"cursor": "WzEsMiwzXQ"},
        {"status": "bogus"},
        {"community_id": -1},
        {"migrant": "maybe"},
        {"age_min": 50, "age_max": 20},
        {"id_number": "short"},
        {"updated_since": "yesterday"},
    ]
    cases = [("community-a", "/api/v1/residents", p, {}) for p in lists]
    cases += [("community-a", "/api/v1/residents", {"limit": "x", "status": "y"}, zh)]
    cases += [("street", "/api/v1/residents", {"limit": 7}, {})]
    for path in (f"/api/v1/residents/{mine}", f"/api/v1/residents/{theirs}", "/api/v1/residents/0"):
        cases.append(("community-a", path, {}, {}))
        cases.append(("community-a", path, {}, zh))
    cases += [
        ("community-a", "/api/v1/residents/abc", {}, {}),
        ("community-a", f"/api/v1/residents/{mine}", {"reveal": "true"}, {}),
        ("street", f"/api/v1/residents/{mine}", {"reveal": "true"}, {}),
        ("street", f"/api/v1/residents/{mine}", {"reveal": "perhaps"}, {}),
        (None, "/api/v1/residents", {}, {}),
        (None, "/api/v1/residents", {"limit": "abc", "status": "bogus"}, {}),
        (None, "/api/v1/residents/abc", {}, {"Authorization": "Bearer not.a.token"}),
        (None, "/api/v1/residents", {}, {"Authorization": "Bearer not.a.token"}),
        (None, f"/api/v1/residents/{mine}", {}, {"Authorization": "Basic abc"}),
    ]
    # Lists whose filters are a query model (app/list_filters.py): its fields are validated as FastAPI
    # validates them, unknown parameters are ignored, and a reversed range is the same 422.
    models = [
        ("community-a", "/api/v1/care-cases", {"visit_overdue": "true", "unvisited_this_quarter": "false"}),
        ("community-a", "/api/v1/care-cases", {"status": "bogus", "worker_id": 0, "limit": "x"}),
        ("community-a", "/api/v1/care-cases", {"visit_overdue": "maybe", "nonsense": "1"}),
        ("community-a", "/api/v1/residents", {"age_min": 20, "age_max": 10, "sex": "x"}),
        ("community-a", "/api/v1/residents", {"id_number": "110101199001011234", "no_such": "x"}),
        (
            "street",
            "/api/v1/benefit-applications",
            {"submitted_from": "2026-02-01", "submitted_to": "2026-01-01"},
        ),
        ("street", "/api/v1/benefit-applications", {"submitted_from": "2026-13-01", "program_id": "abc"}),
    ]
    cases += [(user, path, params, {}) for user, path, params in models]
    return cases


async def test_the_lane_and_fastapi_answer_alike(api):
    from app.main import create_app

    plain_app = create_app(api.settings.model_copy(update={"read_lane": False}))
    transport = httpx.ASGITransport(app=plain_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as plain:
        statuses = set()
        for user, path, params, extra in await _cases(api):
            headers = {**(await api.headers(user) if user else {}), **extra}
            with mock.patch.object(LaneRoute, "answer", autospec=True, side_effect=LaneRoute.answer) as spy:
                through_lane = await api.client.get(path, params=params, headers=headers)
            served_by_lane = spy.call_count == 1
            through_fastapi = await plain.get(path, params=params, headers=headers)
            assert comparable(through_lane) == comparable(through_fastapi), (path, params, extra)
            assert served_by_lane, (path, params)
            statuses.add(through_lane.status_code)
    assert {200, 401, 404, 422} <= statuses


async def test_the_lane_serves_the_list_without_fastapi_dependency_solving(api):
    import fastapi.routing

    with mock.patch.object(
        fastapi.routing, "solve_dependencies", side_effect=AssertionError("went through FastAPI")
    ):
        response = await api.get("community-a", "/api/v1/residents", params={"limit": 2})
        single = await api.get("community-a", f"/api/v1/residents/{response.json()['items'][0]['id']}")
    assert response.status_code == 200 and len(response.json()["items"]) == 2
    assert single.status_code == 200


async def test_lane_requests_are_logged_under_their_route(api, caplog):
    first = (await api.get("community-a", "/api/v1/residents", params={"limit": 1})).json()["items"][0]
    with caplog.at_level(logging.INFO, logger="fpwork.access"):
        await api.get("community-a", "/api/v1/residents", params={"limit": 1})
        await api.get("community-a", f"/api/v1/residents/{first['id']}")
    lines = [(r.route, r.status, r.user) for r in caplog.records if r.name == "fpwork.access"]
    assert lines == [
        ("/api/v1/residents", 200, "community-a"),
        ("/api/v1/residents/{resident_id}", 200, "community-a"),
    ]


async def test_a_route_fastapi_tries_first_keeps_its_paths():
    """``/things/special`` is declared before the lane's ``/things/{thing_id}``: FastAPI answers it,
    and the lane answers every other thing; a literal lane path behind an earlier template is left
    to FastAPI too; several bad parameters are listed path first, as FastAPI lists them."""
    from fastapi import FastAPI, Query, Response

    from app.read_lane import ReadLane, lane

    app = FastAPI()

    @app.get("/things/special")
    async def special() -> dict[str, str]:
        return {"by": "fastapi"}

    @app.get("/things/{thing_id}")
    @lane
    async def thing(thing_id: int, size: int = Query(1, ge=1)) -> Response:
        return Response(f'{{"by":"lane","id":{thing_id}}}', media_type="application/json")

    @app.get("/boxes/{box_id}")
    async def box(box_id: str) -> dict[str, str]:
        return {"by": "fastapi", "box": box_id}

    @app.get("/boxes/open")
    @lane
    async def open_boxes() -> Response:
        return Response('{"by":"lane"}', media_type="application/json")

    app.add_middleware(ReadLane, fastapi_app=app)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        with mock.patch.object(LaneRoute, "answer", autospec=True, side_effect=LaneRoute.answer) as spy:
            assert (await client.get("/things/special")).json() == {"by": "fastapi"}
            assert (await client.get("/boxes/open")).json() == {"by": "fastapi", "box": "open"}
            assert spy.call_count == 0
            assert (await client.get("/things/7")).json() == {"by": "lane", "id": 7}
            assert spy.call_count == 1
            errors = (await client.get("/things/x", params={"size": 0})).json()["detail"]
            assert [e["loc"] for e in errors] == [["path", "thing_id"], ["query", "size"]]
