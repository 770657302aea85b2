"""Shared by the fast-read-path tests: a demo caller's principal, and every page of a list."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any
from unittest import mock

import httpx
from sqlalchemy import select

from app.authz import PERMISSIONS, Principal, Role
from app.models.core.org import Org, OrgKind
from app.models.core.user import User
from app.read_lane import LaneRoute
from tests.apps import app_for
from tests.conftest import Api


async def principal_of(api: Api, username: str) -> Principal:
    """The principal the app builds for ``username`` (as the session path's scope filters see it)."""
    async with api.session() as session:
        query = select(User, Org).join(Org, Org.id == User.org_id).where(User.username == username)
        user, org = (await session.execute(query)).one()
    role = Role(user.role)
    return Principal(user.id, username, role, org.id, OrgKind(org.kind), org.path, "-", PERMISSIONS[role])


async def walk(api: Api, username: str, path: str, limit: int, **filters: Any) -> tuple[list[dict], int]:
    """Every item of a list, following next_cursor; and how many pages it took."""
    items: list[dict] = []
    cursor, pages = None, 0
    while True:
        params = {**filters, "limit": limit, **({"cursor": cursor} if cursor else {})}
        response = await api.get(username, path, params=params)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/json"
        body = response.json()
        assert set(body) == {"items", "next_cursor"}
        assert len(body["items"]) <= limit
        items += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            return items, pages


async def lane_answers_as_fastapi(api: Api, cases: Sequence[tuple[Any, ...]]) -> set[int]:
    """Each case ``(user, path, params[, extra headers[, on lane]])`` answered through the read
    lane and by an app with the lane off (the same dependency overrides, such as the date): the
    same status, body and compared headers, and the lane served it (or, ``on lane`` false, left it
    to FastAPI). The statuses seen."""
    statuses = set()
    async with lane_and_fastapi(api) as both:
        for user, path, params, *more in cases:
            extra, on_lane = (more + [{}, True][len(more) :])[:2]
            headers = {**(await api.headers(user) if user else {}), **extra}
            statuses.add((await both(path, params, headers, on_lane)).status_code)
    return statuses


Both = Callable[[str, dict, dict, bool], Awaitable[httpx.Response]]


@asynccontextmanager
async def lane_and_fastapi(api: Api) -> AsyncIterator[Both]:
    """``both(path, params, headers, on_lane)``: the request answered through the read lane and by
    an app with the lane off (the same dependency overrides, such as the date), asserted the same
    (status, body, compared headers) and served by the lane (or, ``on_lane`` false, left to
    FastAPI); the lane's response."""
    from app import feed
    from app.feed import stable_horizon

    plain_app = app_for(api.settings.model_copy(update={"read_lane": False}))
    plain_app.dependency_overrides.update(api.app.dependency_overrides)
    # Both answers of a change feed at one horizon: a row written by the test's set-up less than
    # feed_settle_seconds before would otherwise cross it between the two requests on a slow machine.
    horizon: list[Any] = []

    async def one_horizon(session: Any, settings: Any) -> Any:
        if not horizon:
            horizon.append(await stable_horizon(session, settings))
        return horizon[0]

    transport = httpx.ASGITransport(app=plain_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as plain:

        async def both(path: str, params: dict, headers: dict, on_lane: bool = True) -> httpx.Response:
            with mock.patch.object(LaneRoute, "answer", autospec=True, side_effect=LaneRoute.answer) as spy:
                through_lane = await api.client.get(path, params=params, headers=headers)
            through_fastapi = await plain.get(path, params=params, headers=headers)
            assert comparable(through_lane) == comparable(through_fastapi), (path, params)
            assert spy.call_count == (1 if on_lane else 0), (path, params)
            return through_lane

        with mock.patch.object(feed, "stable_horizon", one_horizon):
            yield both


COMPARED_HEADERS = ("content-type", "etag", "cache-control", "www-authenticate", "retry-after")


def comparable(response: httpx.Response) -> tuple:
    body = response.json()
    if isinstance(body, dict):
        body = {k: v for k, v in body.items() if k not in ("request_id",)}
    headers = {h: response.headers.get(h) for h in COMPARED_HEADERS}
    return response.status_code, body, headers


async def pages_agree(api: Api, username: str, path: str, **filters: Any) -> list[dict]:
    """Every row of a list, the same walked in pages of 1, 2 and 3 as in one page (no empty page
    after an exact multiple)."""
    everything, _ = await walk(api, username, path, 100, **filters)
    for limit in (1, 2, 3):
        items, pages = await walk(api, username, path, limit, **filters)
        assert items == everything, (username, path, limit)
        assert pages == max(1, -(-len(everything) // limit))
    return everything


async def reads_by_id(
    api: Api,
    username: str,
    path: str,
    visible: Sequence[int],
    every: Sequence[int],
    label: str,
    etag: bool = True,
) -> list[dict]:
    """Each id of the caller's list is 200 by id with its version as ETag (``etag`` false: with
    none); every other id (and one no row has) is 404 ``<label> not found`` without one. The single
    reads."""
    bodies = []
    for row_id in [*every, max(every, default=0) + 1000]:
        response = await api.get(username, f"{path}/{row_id}")
        if row_id in visible:
            assert response.status_code == 200, response.text
            assert response.headers.get("etag") == (f'"{response.json()["version"]}"' if etag else None)
            bodies.append(response.json())
        else:
            assert response.status_code == 404, (username, path, row_id)
            assert response.json()["detail"] == f"{label} not found"
            assert "etag" not in response.headers
    return bodies


async def singles_are_rows(
    api: Api, username: str, path: str, every: Sequence[int], label: str, etag: bool = True
) -> dict[int, dict]:
    """Each row of the caller's list read by id is that row (``reads_by_id``); its rows by id."""
    rows = {row["id"]: row for row in (await walk(api, username, path, 100))[0]}
    singles = await reads_by_id(api, username, path, list(rows), every, label, etag)
    assert singles == [rows[single["id"]] for single in singles] and len(singles) == len(rows)
    return rows


async def orgs_under(api: Api, org_id: int) -> set[int]:
    """The ids of the org and every org beneath it (a caller's scope)."""
    async with api.session() as session:
        path = (await session.execute(select(Org.path).where(Org.id == org_id))).scalar_one()
        return set((await session.execute(select(Org.id).where(Org.path.startswith(path)))).scalars())


async def all_rows(api: Api, *columns: Any) -> list[Any]:
    """Every row of a table (the given columns; a single column's values), by the first column."""
    async with api.session() as session:
        result = await session.execute(select(*columns).order_by(columns[0]))
        return list(result.scalars() if len(columns) == 1 else result.all())
