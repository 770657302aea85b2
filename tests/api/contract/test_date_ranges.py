"""Every date and instant an outsider sends has a documented range and is a 422 outside it, never a
500 (issue 23, item 3: ``updated_since=9999-12-31T23:59:59-14:00`` overflowed on its way to UTC).

The tests walk the OpenAPI document, as the integer tests in test_conventions.py do: every date and
date-time query or path parameter and request-body field declares its range (``formatMinimum`` and
``formatMaximum`` or ``formatExclusiveMaximum``), and the values just outside it on both sides, and
the far ends of the calendar, are a 422 whose ``errors`` name the field, on the read lane and off;
the values at the edges are not refused for their range. Cursors holding such values are 422 too.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import httpx
import pytest
import pytest_asyncio
from sqlalchemy import func, select

from app.models.core.audit import AuditEvent
from app.worker import Worker
from tests.api.benefits.benefit_helpers import program_ids

pytestmark = pytest.mark.asyncio
PROBLEM = "application/problem+json"
RANGE_ERRORS = {"date_out_of_range", "instant_out_of_range"}
USERS = ["street", "district", "community-a", "unit", "integration", "street-officer"]
FEEDS = [
    "/api/v1/residents",
    "/api/v1/families",
    "/api/v1/migrants",
    "/api/v1/service-requests",
    "/api/v1/screenings",
    "/api/v1/benefit-enrolments",
    "/api/v1/dispensations",
]
FAR = {
    "date": ["0001-01-01", "9999-12-31"],
    "date-time": ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"],
}


def _spec() -> dict[str, Any]:
    from scripts.export_openapi import render

    return json.loads(render())


def _dated(schema: dict[str, Any]) -> dict[str, Any] | None:
    for option in schema.get("anyOf") or [schema]:
        if option.get("format") in ("date", "date-time"):
            return option
    return None


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def outside(schema: dict[str, Any]) -> list[str]:
    """Just before the first value, just after the last, and the ends of the calendar (as written
    with the offsets that overflowed a conversion to UTC)."""
    if schema["format"] == "date":
        first, last = date.fromisoformat(schema["formatMinimum"]), date.fromisoformat(schema["formatMaximum"])
        return [str(first - timedelta(days=1)), str(last + timedelta(days=1)), *FAR["date"]]
    first = datetime.fromisoformat(schema["formatMinimum"])
    end = datetime.fromisoformat(schema["formatExclusiveMaximum"])
    plus14 = datetime.fromisoformat("2000-01-01T00:00:00+14:00").tzinfo
    minus14 = datetime.fromisoformat("2000-01-01T00:00:00-14:00").tzinfo
    before = first - timedelta(seconds=1)
    return [
        _iso(before),
        before.astimezone(plus14).isoformat(),  # written as a later day, still before the range in UTC
        _iso(end),
        end.astimezone(minus14).isoformat(),  # written as the last day, already past it in UTC
        *FAR["date-time"],
    ]


def inside(schema: dict[str, Any]) -> list[str]:
    if schema["format"] == "date":
        return [schema["formatMinimum"], schema["formatMaximum"]]
    first = datetime.fromisoformat(schema["formatMinimum"])
    last = datetime.fromisoformat(schema["formatExclusiveMaximum"]) - timedelta(microseconds=1)
    plus14 = datetime.fromisoformat("2000-01-01T00:00:00+14:00").tzinfo
    return [_iso(first), first.astimezone(plus14).isoformat(), _iso(last)]


def parameters(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(method, path, parameter, its date schema) for every date or date-time path/query parameter."""
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            for parameter in op.get("parameters", []):
                if "$ref" in parameter:  # shared parameters (Idempotency-Key) hold no date
                    continue
                found = _dated(parameter["schema"])
                if found is not None:
                    yield method, path, parameter, found


def body_fields(spec: dict[str, Any]) -> Iterator[tuple[str, str, list[str | int], dict[str, Any]]]:
    """(method, path, location in the body, date schema) for every date or date-time body field,
    nested schemas and lists included."""
    schemas = spec["components"]["schemas"]

    def walk(name: str, loc: list[str | int], seen: frozenset[str]) -> Iterator[tuple[list[str | int], dict]]:
        if name in seen:
            return
        for field, schema in schemas[name].get("properties", {}).items():
            for option in schema.get("anyOf") or [schema]:
                is_list = option.get("type") == "array"
                leaf = option.get("items", {}) if is_list else option
                where: list[str | int] = [*loc, field, 0] if is_list else [*loc, field]
                if "$ref" in leaf:
                    yield from walk(leaf["$ref"].rsplit("/", 1)[1], where, seen | {name})
                elif leaf.get("format") in ("date", "date-time"):
                    yield where, leaf

    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            for content in op.get("requestBody", {}).get("content", {}).values():
                if "$ref" in content.get("schema", {}):
                    for loc, schema in walk(content["schema"]["$ref"].rsplit("/", 1)[1], [], frozenset()):
                        yield method, path, loc, schema


def _nest(loc: list[str | int], value: str) -> Any:
    """A body holding ``value`` at ``loc`` and nothing else (the missing fields are 422s of their own)."""
    if not loc:
        return value
    inner = _nest(loc[1:], value)
    return [inner] if isinstance(loc[0], int) else {loc[0]: inner}


def _url(path: str, spec_params: list[dict[str, Any]], override: dict[str, str]) -> tuple[str, dict]:
    query: dict[str, str] = {}
    for p in spec_params:
        if "$ref" in p:  # a shared header parameter (Idempotency-Key): not part of the URL
            continue
        name = p["name"]
        if name in override:
            value = override[name]
        elif p.get("required") and p["in"] in ("path", "query"):
            value = "2019-06-01" if _dated(p["schema"]) else "1"
        else:
            continue
        if p["in"] == "path":
            path = path.replace("{" + name + "}", value)
        elif p["in"] == "query":
            query[name] = value
    return path, query


def _range_errors(response: httpx.Response, loc: list[Any]) -> list[dict[str, Any]]:
    if response.headers.get("content-type") != PROBLEM:
        return []
    return [e for e in response.json().get("errors") or [] if e["loc"] == loc and e["type"] in RANGE_ERRORS]


class Apps:
    """The app under test (read lane on) and one built with the lane off, and who can reach what."""

    def __init__(self, api: Any, plain: httpx.AsyncClient) -> None:
        self.api, self.plain, self.callers = api, plain, {}
        self.devices: dict[str, str] = {}  # user → a registered device's secret, for /sync/

    async def register_devices(self) -> None:
        """A device for each user who may sync: the sync routes check it before reading a body
        (authentication first), so without one a date out of range would never be looked at."""
        for user in USERS:
            response = await self.api.client.post(
                "/api/v1/sync/devices",
                json={"installation_id": f"date-ranges-{user}", "label": "date ranges"},
                headers=await self.api.headers(user),
            )
            if response.status_code == 201:
                self.devices[user] = response.json()["secret"]
        assert self.devices, "no demo user may sync"

    async def send(self, method: str, path: str, *, params=None, body=None) -> list[httpx.Response]:
        """The answers of both apps, as the first demo user the operation's permission lets in."""
        users = [self.callers[(method, path)]] if (method, path) in self.callers else USERS
        for user in users:
            answers = []
            for client in (self.api.client, self.plain):
                headers = await self.api.headers(user)
                if path.startswith("/api/v1/sync/") and user in self.devices:
                    headers["Fpw-Device"] = self.devices[user]
                answers.append(await client.request(method, path, params=params, json=body, headers=headers))
            if answers[0].status_code not in (401, 403):
                self.callers[(method, path)] = user
                return answers
        return answers


@pytest_asyncio.fixture
async def apps(api):
    from app.main import create_app

    plain_app = create_app(api.settings.model_copy(update={"read_lane": False}))
    plain_app.dependency_overrides.update(api.app.dependency_overrides)
    transport = httpx.ASGITransport(app=plain_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as plain:
        yield Apps(api, plain)


async def _audit_count(api) -> int:
    async with api.session() as session:
        return (await session.execute(select(func.count()).select_from(AuditEvent))).scalar_one()


async def test_every_date_input_declares_its_range():
    spec = _spec()
    found = [(m, p, q["name"], s) for m, p, q, s in parameters(spec)]
    found += [(m, p, ".".join(map(str, loc)), s) for m, p, loc, s in body_fields(spec)]
    assert len(found) > 80, len(found)
    undeclared = []
    for method, path, name, schema in found:
        upper = "formatMaximum" if schema["format"] == "date" else "formatExclusiveMaximum"
        if "formatMinimum" not in schema or upper not in schema:
            undeclared.append((method, path, name))
    assert undeclared == []


async def test_dates_just_outside_a_parameters_range_are_422_on_the_lane_and_off(api, apps):
    spec = _spec()
    seen = 0
    for method, path, parameter, schema in parameters(spec):
        params = spec["paths"][path][method].get("parameters", [])
        loc = [parameter["in"], parameter["name"]]
        for value in outside(schema):
            url, query = _url(path, params, {parameter["name"]: value})
            lane, plain = await apps.send(method.upper(), url, params=query)
            for response in (lane, plain):
                assert response.status_code == 422, (path, loc, value, response.text[:300])
                assert response.headers["content-type"] == PROBLEM
                assert _range_errors(response, loc), (path, loc, value, response.text[:300])
            assert lane.json()["errors"] == plain.json()["errors"]
            seen += 1
        for value in inside(schema):
            url, query = _url(path, params, {parameter["name"]: value})
            for response in await apps.send(method.upper(), url, params=query):
                assert response.status_code < 500, (path, loc, value, response.text[:300])
                assert not _range_errors(response, loc), (path, loc, value)
    assert seen > 100


async def test_dates_just_outside_a_body_fields_range_are_422_and_write_nothing(api, apps):
    spec = _spec()
    fields = [(m, p, loc, schema) for m, p, loc, schema in body_fields(spec)]
    for user in USERS:
        await api.token(user)  # signing in is audited: before counting
    await apps.register_devices()  # so is registering a device
    before = await _audit_count(api)
    seen = 0
    for method, path, loc, schema in fields:
        url, query = _url(path, spec["paths"][path][method].get("parameters", []), {})
        for value in outside(schema):
            for response in await apps.send(method.upper(), url, params=query, body=_nest(loc, value)):
                assert response.status_code == 422, (path, loc, value, response.text[:300])
                assert _range_errors(response, ["body", *loc]), (path, loc, value, response.text[:400])
            seen += 1
    assert seen > 200
    assert await _audit_count(api) == before
    # the edges themselves are not refused for their range (the rest of such a body may well be)
    for method, path, loc, schema in fields:
        url, query = _url(path, spec["paths"][path][method].get("parameters", []), {})
        for value in inside(schema):
            for response in await apps.send(method.upper(), url, params=query, body=_nest(loc, value)):
                assert response.status_code < 500, (path, loc, value, response.text[:300])
                assert not _range_errors(response, ["body", *loc]), (path, loc, value)


@pytest.mark.parametrize("path", FEEDS)
@pytest.mark.parametrize("since", FAR["date-time"])
async def test_the_reported_feed_requests_are_422(api, apps, path, since):
    for response in await apps.send("GET", path, params={"updated_since": since}):
        assert response.status_code == 422, response.text
        assert _range_errors(response, ["query", "updated_since"]), response.text


def _cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


@pytest.mark.parametrize("path", FEEDS)
async def test_a_feed_cursor_outside_the_range_is_422(api, apps, path):
    since = {"updated_since": "2000-01-01T00:00:00Z"}
    for instant in [*FAR["date-time"], "1899-12-31T23:59:59Z", "2200-01-01T00:00:00Z", "2019-06-01T00:00:00"]:
        for response in await apps.send("GET", path, params={**since, "cursor": _cursor([instant, 1])}):
            assert response.status_code == 422, (instant, response.text)
            assert response.json()["errors"][0]["loc"] == ["query", "cursor"]
    for response in await apps.send(
        "GET", path, params={**since, "cursor": _cursor(["2019-06-01T00:00:00+08:00", 1])}
    ):
        assert response.status_code == 200, response.text


async def test_a_date_cursor_outside_the_range_is_422(api, apps):
    path = "/api/v1/stock/alerts/expiring"
    for day in ["0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01"]:
        for response in await apps.send("GET", path, params={"cursor": _cursor([day, 1])}):
            assert response.status_code == 422, (day, response.text)
            assert response.json()["errors"][0]["loc"] == ["query", "cursor"]


@pytest.mark.parametrize("month", ["0000-01", "1899-12", "2200-01", "9999-12"])
async def test_a_month_outside_the_years_of_the_range_is_422(api, apps, month):
    """Months (``YYYY-MM``) take the years of the date range; 9999-12 overflowed a day later."""
    for name in ("arrived_in", "departed_in"):
        for response in await apps.send("GET", "/api/v1/migrants", params={name: month}):
            assert response.status_code == 422, (name, response.text)
            assert response.json()["errors"][0]["loc"] == ["query", name]
    programs = await program_ids(api)
    for program, period in [("special_support_death", month), ("special_support_death", month[:4])]:
        body = {"program_id": programs[program], "period": period}
        response = await api.post("street", "/api/v1/payment-batches", body)
        assert response.status_code == 422, (period, response.text)
        assert response.json()["errors"][0]["loc"] == ["body", "period"]


async def test_an_import_row_with_a_date_outside_the_range_is_refused_with_the_row(api):
    from tests.api.migrants.import_helpers import import_file, upload_import

    _, rows = import_file(3, set())
    lines = [
        json.dumps({"id_number": rows[0]["id_number"], "arrival_date": day, "address": "幸福路"})
        for day in ("1899-12-31", "0001-01-01")
    ]
    job = (
        await upload_import(
            api, "\n".join(lines) + "\n", kind="migrants", content_type="application/x-ndjson"
        )
    ).json()
    await Worker(api.database, api.settings).run_imports()
    report = (await api.get("street", f"/api/v1/imports/{job['id']}")).json()
    assert (report["created"], report["failed"]) == (0, 2), report
    assert all("arrival_date" in json.dumps(e) and "1900-01-01" in json.dumps(e) for e in report["errors"])
