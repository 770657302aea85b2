"""Every route on the read lane answers as FastAPI answers it, for every demo caller: one test
generated from the app's routes and the OpenAPI document, in place of a copy of each read's previous
query per area.

For each lane route (``@lane``, app/read_lane.py) and each user of the demo (read from the users
table, so a user the demo gains is called too), the request goes through the lane and through an
app with the lane off (tests/api/read_helpers.py ``lane_and_fastapi``: the same status, body and
compared headers). Lists come first: the first page, the second (``next_cursor``), and each query
parameter the OpenAPI document declares, with a value taken from the caller's own rows where a row
has that field. Then the paths with parameters, filled from the lists: an id from the caller's own
list, an id another caller sees and this one does not, and an id no one has.

What the data is, checked on the way: a list filter named after a field of the rows, given a value
from the caller's own first page, keeps that row and only rows with that value; a row of a caller's
list is readable by id; an id a caller's list does not show is 404 to it in most of the reads.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute, iter_route_contexts
from sqlalchemy import select

from app.clock import local_today
from app.demo.context import DEMO_CLIENT_SECRET, DEMO_PASSWORD
from app.models.core.user import User
from app.read_lane import LANE_ENDPOINTS
from tests.api.read_helpers import lane_and_fastapi
from tests.conftest import Api

pytestmark = pytest.mark.asyncio

OPENAPI = Path(__file__).parents[3] / "openapi" / "openapi.json"
PAGING = {"limit", "cursor"}
NO_ONE = "2147483647"
# Filters named after a field of their rows that do not select by equality with it (checked for
# parity only): the field is a date or a flag judged against another value, or a row's org filter
# that takes the org's subtree.
NOT_EQUALITY = {"in_force_on", "serving_on", "year", "overdue", "current", "include_empty"}


def lane_routes(api: Api) -> list[tuple[str, APIRoute]]:
    """The API's lane routes in FastAPI's order: (path template, route)."""
    found = []
    for context in iter_route_contexts(api.app.routes):
        route = context.original_route
        if isinstance(route, APIRoute) and route.endpoint in LANE_ENDPOINTS:
            if context.path_format.startswith("/api/"):
                found.append((context.path_format, route))
    return found


async def demo_callers(api: Api) -> dict[str, dict[str, str]]:
    """Every active user of the demo with the headers it signs in with (a password, or a client's
    credentials for a system or device account)."""
    async with api.session() as session:
        rows = (await session.execute(select(User.username, User.password_hash).where(User.is_active))).all()
    callers = {}
    for username, password_hash in sorted(rows):
        if password_hash:
            data = {"grant_type": "password", "username": username, "password": DEMO_PASSWORD}
        else:
            secret = DEMO_CLIENT_SECRET
            data = {"grant_type": "client_credentials", "client_id": username, "client_secret": secret}
        response = await api.client.post("/api/v1/auth/token", data=data)
        assert response.status_code == 200, (username, response.text)
        callers[username] = {"Authorization": f"Bearer {response.json()['access_token']}"}
    return callers


def query_parameters(openapi: dict, path: str) -> dict[str, dict]:
    """The query parameters the OpenAPI document declares for GET ``path`` (paging left out)."""
    declared = openapi["paths"][path]["get"].get("parameters", [])
    return {p["name"]: p["schema"] for p in declared if p["in"] == "query" and p["name"] not in PAGING}


def rows_of(response: Any) -> list[dict]:
    if response.status_code != 200 or "json" not in response.headers.get("content-type", ""):
        return []
    body = response.json()
    rows = body.get("items", []) if isinstance(body, dict) else body
    return [row for row in rows if isinstance(row, dict)]


def _schemas(schema: dict, openapi: dict) -> list[dict]:
    """The schema and its alternatives (``anyOf`` with null), references resolved."""
    found = []
    for one in schema.get("anyOf", [schema]):
        if "$ref" in one:
            one = openapi["components"]["schemas"][one["$ref"].rsplit("/", 1)[1]]
        if one.get("type") != "null":
            found.append(one)
    return found


def usable(value: Any) -> bool:
    """A row's value a filter can be called with (not a list, not a masked text)."""
    return value is not None and not isinstance(value, list | dict) and "*" not in str(value)


def filter_values(
    name: str, schema: dict, openapi: dict, rows: list[dict], seen: dict, today: date
) -> list[Any]:
    """Values to call a list filter with: the caller's first row's own value for a field of that
    name, else one it has seen elsewhere, else one the declared type allows."""
    if usable(rows[0].get(name) if rows else None):
        return [rows[0][name]]
    if seen.get(name) is not None:
        return [seen[name]]
    for one in _schemas(schema, openapi):
        if "enum" in one:
            return [one["enum"][0]]
        kind, fmt = one.get("type"), one.get("format")
        if kind == "boolean":
            return ["true", "false"]
        if fmt == "date-time":
            return ["2000-01-01T00:00:00Z"]
        if fmt == "date":
            return ["2000-01-01" if name.endswith("_from") else today.isoformat()]
        if kind == "integer":
            return [today.year if name == "year" else 1]
        if kind == "string":
            texts = [rows[0][k] for k in ("title", "name") if rows and isinstance(rows[0].get(k), str)]
            return [(texts or ["a"])[0][:1] or "a"]
    return []


async def test_every_lane_route_answers_as_fastapi_for_every_demo_caller(api):
    openapi = json.loads(OPENAPI.read_text())  # the exported document (a test keeps it the app's)
    callers = await demo_callers(api)
    assert {"district", "street", "community-a", "community-c", "integration"} <= set(callers)
    today = local_today()
    routes = lane_routes(api)
    # Lists first, then the paths with one parameter, then two: each filled from what came before.
    routes.sort(key=lambda pair: pair[0].count("{"))
    # (path template, caller) → (the path values it was called with, its first page, the whole list)
    lists: dict[tuple[str, str], tuple[dict[str, str], list[dict], bool]] = {}
    seen: dict[str, dict[str, Any]] = {username: {} for username in callers}
    distinct: set[tuple[str, str, str]] = set()
    checks = {"filters": 0, "second pages": 0, "own ids": 0, "outside 404": 0, "outside": 0}
    async with lane_and_fastapi(api) as both:
        for template, _route in routes:
            names = re.findall(r"\{(\w+)\}", template)
            declared = query_parameters(openapi, template)
            for username, headers in callers.items():
                for values, kind in path_values(template, names, username, lists, callers):
                    path = template.format(**values)
                    first = await both(path, {}, headers)
                    rows = rows_of(first)
                    if kind == "own" and first.status_code != 403:
                        assert first.status_code == 200, (username, path, first.text)
                        checks["own ids"] += "{" in template
                    if kind == "outside":
                        checks["outside"] += 1
                        checks["outside 404"] += first.status_code == 404
                    if kind != "own":
                        continue
                    body = first.json() if first.status_code == 200 else None
                    more = isinstance(body, dict) and body.get("next_cursor")
                    lists[(template, username)] = (values, rows, not more)
                    for row in rows[:1]:
                        seen[username].update({k: v for k, v in row.items() if k.endswith("_id") and v})
                    # Paging and filters once per distinct list: callers who see the same rows
                    # (the same scope) would run the same statements again.
                    if (template, str(values), str(rows)) in distinct:
                        continue
                    distinct.add((template, str(values), str(rows)))
                    if isinstance(body, dict) and "next_cursor" in body and (more or len(rows) > 1):
                        page = (await both(path, {"limit": 1}, headers)).json() if not more else body
                        second = rows_of(await both(path, {"cursor": page["next_cursor"]}, headers))
                        assert second and not any(row in page["items"] for row in second), path
                        checks["second pages"] += 1
                    for name, schema in declared.items():
                        for value in filter_values(name, schema, openapi, rows, seen[username], today):
                            answer = await both(path, {name: value}, headers)
                            if rows and rows[0].get(name) == value and name not in NOT_EQUALITY:
                                picked = rows_of(answer)
                                assert rows[0] in picked, (username, path, name, value)
                                assert all(r[name] == value for r in picked), (username, path, name, value)
                                checks["filters"] += 1
    assert checks["filters"] > 100 and checks["second pages"] > 50, checks
    assert checks["outside 404"] > checks["outside"] // 2, checks


def path_values(
    template: str,
    names: list[str],
    username: str,
    lists: dict[tuple[str, str], tuple[dict[str, str], list[dict], bool]],
    callers: dict[str, dict[str, str]],
) -> list[tuple[dict[str, str], str]]:
    """The path values to call ``template`` with, each with its kind: ``own`` (from the caller's
    own list, or none needed), ``outside`` (from another caller's list, not in the caller's whole
    list) and ``no one``."""
    if not names:
        return [({}, "own")]
    name = names[-1]
    parent = template[: template.index("{" + name + "}")].rstrip("/")
    if not any(key[0] == parent for key in lists):
        parent = parent.replace("/public/", "/")  # a public read of a row the staff list shows

    def value(row: dict) -> str:
        return str(row.get(name, row.get("id")))

    mine = lists.get((parent, username))
    found: list[tuple[dict[str, str], str]] = []
    if mine and mine[1]:
        found.append(({**mine[0], name: value(mine[1][0])}, "own" if "/public/" not in template else "any"))
    if mine and mine[2]:  # the caller's whole list: an id another caller sees beside it is outside
        own_ids = {value(row) for row in mine[1]}
        for other in callers:
            theirs = lists.get((parent, other))
            outside = [row for row in (theirs[1] if theirs else []) if value(row) not in own_ids]
            if outside and (theirs[0] == mine[0] or len(names) == 1):
                found.append(({**theirs[0], name: value(outside[0])}, "outside"))
                break
    elif not mine or mine[1] == []:
        other = next((v for (t, _), v in lists.items() if t == parent and v[1]), None)
        if other:  # a caller that cannot read the list (403) or sees none of it
            found.append(({**other[0], name: value(other[1][0])}, "any"))
    base = mine[0] if mine else next((v[0] for (t, _), v in lists.items() if t == parent), None)
    if base is not None or len(names) == 1:
        found.append(({**(base or {}), name: NO_ONE}, "no one"))
    return found
