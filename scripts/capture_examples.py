"""Capture one real request and answer per operation from the demo, for the OpenAPI document.

python -m scripts.capture_examples          # writes app/openapi_examples.json, lists what it missed
python -m scripts.capture_examples --check  # writes nothing; fails if the file differs (.ci/run)

The demo (the fixed 2019 street and the live layer at ANCHOR, every clock fixed at ANCHOR 10:30
Beijing) is laid on a throw-away embedded PostgreSQL server (never FPW_DATABASE_URL's: a fresh
database gives the same ids on every run); the app is driven in process as the demo users: first every read
(path parameters taken from the lists, each read as the first user who sees something), then the
writes of ``scripts/example_writes*.py`` in order (creates, then steps on what was created; a step
that waits for a deadline moves the office's clock with ``Walk.later``), then the reads that found
nothing again, then a few problems provoked on purpose (401, 403, 404, 409, 412, 413, 422).

Volatile values are replaced by fixed ones: row timestamps (the real clock: any instant on the real
date, give or take a day), tokens, secrets, request ids, random tracking codes and message ids; lists
are cut to two items. The file then only changes when the API or the demo does. About 30 s.
Operations the walk cannot reach keep the entry written by hand in the file (``"source": "hand"``);
the script keeps those as they are and names them in its output."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

import httpx

from app.clock import set_today
from app.config import get_settings
from app.demo.context import DEMO_CLIENT_SECRET, DEMO_PASSWORD
from scripts import embedded_pg
from scripts.example_documents import FROM_LIST, in_state, pdf_example
from scripts.example_masks import Masker
from scripts.example_problems import provoke_problems

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "app" / "openapi_examples.json"
ANCHOR = date(2026, 6, 15)
AT = clock_time(10, 30)
USERS = ("street", "district", "street-officer", "community-a", "community-b", "unit")
METHODS = ("get", "post", "put", "patch", "delete")
FIXED_INSTANT = "2026-06-15T02:30:00Z"
# The writes, in the order they run after scripts/example_writes.py's (people and families).
WRITE_MODULES = (
    "scripts.example_writes_benefits",
    "scripts.example_writes_office",
    "scripts.example_writes_services",
    "scripts.example_writes_plan",
    "scripts.example_writes_safeguards",
    "scripts.example_writes_admin",
    "scripts.example_writes_sync",
)


class Walk:
    """The app in process, its signed-in users, and what the walk found so far."""

    def __init__(self, client: httpx.AsyncClient, document: dict[str, Any]) -> None:
        self.client = client
        self.document = document
        self.tokens: dict[str, str] = {}
        self.examples: dict[str, dict[str, Any]] = {}
        self.misses: dict[str, str] = {}
        self.made: dict[str, Any] = {}
        self.empty: set[str] = set()
        self.problems: dict[str, Any] = {}
        self.masker = Masker(FIXED_INSTANT)

    async def token(self, user: str) -> str:
        if user not in self.tokens:
            data = {"grant_type": "password", "username": user, "password": DEMO_PASSWORD}
            if user == "integration":
                data = {
                    "grant_type": "client_credentials",
                    "client_id": user,
                    "client_secret": DEMO_CLIENT_SECRET,
                }
            answer = await self.client.post("/api/v1/auth/token", data=data)
            answer.raise_for_status()
            self.tokens[user] = answer.json()["access_token"]
        return self.tokens[user]

    async def call(self, user: str | None, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Accept-Language": "zh-CN", **kwargs.pop("headers", {})}
        if user:
            headers["Authorization"] = f"Bearer {await self.token(user)}"
        answer = await self.client.request(method.upper(), path, headers=headers, **kwargs)
        status = str(answer.status_code)
        if "problem+json" in answer.headers.get("content-type", "") and status not in self.problems:
            self.problems[status] = self.mask(answer.json())  # the first of each status the walk met
        return answer

    async def items(self, path: str, users: tuple[str, ...] = USERS, **params: Any) -> list[dict[str, Any]]:
        """The first page of a list as the first user who may read it (empty when none may)."""
        for user in users:
            answer = await self.call(user, "get", path, params={"limit": 100, **params})
            if answer.status_code == 200:
                body = answer.json()
                found = body.get("items", body) if isinstance(body, dict) else body
                if isinstance(found, list) and found:
                    return found
        return []

    async def first(self, path: str, users: tuple[str, ...] = USERS, **where: Any) -> dict[str, Any]:
        """The first item of a list whose fields match ``where`` (KeyError when there is none)."""
        for item in await self.items(path, users):
            if all(item.get(k) == v for k, v in where.items()):
                return item
        raise KeyError(f"{path} {where}")

    # -- recording ----------------------------------------------------------------------------
    def record(self, operation_id: str, request: Any, answer: httpx.Response) -> None:
        entry: dict[str, Any] = {"source": "captured"}
        if request is not None:
            entry["request"] = self.mask(request)
        response: dict[str, Any] = {"status": answer.status_code}
        if answer.content:
            kind = answer.headers.get("content-type", "")
            if "json" in kind:
                response["body"] = self.mask(answer.json())
            elif kind == "application/pdf":
                response["body"] = pdf_example(answer.content)
            elif kind == "application/octet-stream":  # an uploaded file, as uploaded
                response["body"] = f"(binary, not shown: {len(answer.content)} bytes)"
            else:
                # the metrics exposition: the app's own families (the runtime's, gc and process,
                # change from run to run)
                lines = [line for line in answer.text.splitlines() if "fpwork_" in line]
                response["body"] = "\n".join((lines or answer.text.splitlines())[:8]) + "\n"
        entry["response"] = response
        self.examples[operation_id] = entry

    def later(self, days: int) -> None:
        """The office's clock ``days`` after ANCHOR for the next request (a step that waits for a
        deadline); the walk sets it back before the write after."""
        set_today(ANCHOR + timedelta(days=days), at=AT)

    def mask(self, value: Any, key: str = "") -> Any:
        return self.masker.mask(value, key)


def operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method, path, op)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


# Path parameters the lists do not name by their own path: (list path, field).
_PARAM_SOURCES = {
    ("/api/v1/public/feedback", "tracking_code"): ("/api/v1/feedback", "tracking_code"),
    ("/api/v1/public/service-requests", "tracking_code"): ("/api/v1/service-requests", "tracking_code"),
    ("/api/v1/benefit-beneficiaries", "resident_id"): ("/api/v1/benefit-enrolments", "beneficiary_id"),
    ("/api/v1/public-notices", "notice_id"): ("/api/v1/public/notices?current=true", "id"),
    ("/api/v1/five-links", "org_id"): ("/api/v1/five-links", "org_id"),
}


async def resolve(walk: Walk, path: str) -> str | None:
    """``path`` with every parameter filled from the list one level up (None: nothing to read)."""
    parts = path.split("/")
    done: list[str] = []
    for part in parts:
        if not (part.startswith("{") and part.endswith("}")):
            done.append(part)
            continue
        name = part[1:-1]
        if name == "year":
            done.append(str(ANCHOR.year))
            continue
        parent = "/".join(done)
        source = _PARAM_SOURCES.get((parent, name))
        if source is None and parent.endswith("/targets"):
            source = (parent.rsplit("/", 1)[0] + "/coverage", "org_id")
        list_path, field = source or (parent, "id" if name.endswith("_id") else name)
        if name.endswith("_id") and list_path.rsplit("/", 1)[-1] in ("thresholds",):
            field = name
        if parent == "/api/v1/public/objections":
            made = walk.made.get("fileNoticeObjection")
            if made is None:
                return None
            done.append(made["tracking_code"])
            continue
        items = await walk.items(list_path)
        values = [item.get(field) for item in items if isinstance(item, dict) and item.get(field) is not None]
        if not values:
            return None
        done.append(str(values[0]))
    return "/".join(done)


# Query parameters a read requires.
_QUERIES: dict[str, dict[str, Any]] = {
    "getAnnualReport": {"year": ANCHOR.year},
    "getAnnualReportDocument": {"year": ANCHOR.year},
    "getDashboard": {"year": ANCHOR.year},
    "getDispensingReport": {"date_from": f"{ANCHOR.year}-01-01", "date_to": ANCHOR.isoformat()},
    "getStockOutReport": {"date_from": "2024-01-01", "date_to": ANCHOR.isoformat()},
    # the form the writes define (the first, on a fresh database) and the month its report covers
    "getPeriodReportSubmissions": {"form_id": 1, "period_start": "2026-05-01"},
    "getPeriodReportRollup": {"form_id": 1, "period_start": "2026-05-01"},
    # the street (the second org of a fresh database) in the demo's year
    "getConductView": {"org_id": 2, "on": "2019-12-31"},
}
# Reads whose demo record has nothing to list: read again after the writes, on what they made.
_ON_WRITTEN = {
    "listCareAssistance": ("/api/v1/care-cases/{}/assistance", "openCareCase"),
    "listNoticeObjections": ("/api/v1/public-notices/{}/objections", "notice"),
    "listFamilyDocuments": ("/api/v1/families/{}/documents", "createFamily"),
    "listFacilityRefreshes": ("/api/v1/facilities/{}/refreshes", "createFacility"),
}


def _empty(answer: httpx.Response) -> bool:
    body = answer.json() if "json" in answer.headers.get("content-type", "") else None
    return isinstance(body, list | dict) and not (body.get("items", True) if isinstance(body, dict) else body)


async def read_everything(walk: Walk, again: bool = False) -> None:
    """Every read, as the first user who sees something; ``again``: only those that found nothing
    (or an empty list) before the writes."""
    for operation_id, (method, path, _op) in operations(walk.document).items():
        if method != "get" or (again and operation_id not in walk.misses and operation_id not in walk.empty):
            continue
        concrete = await resolve(walk, path)
        if operation_id in FROM_LIST:
            concrete = await in_state(walk, operation_id, path)
        if again and operation_id in _ON_WRITTEN and _ON_WRITTEN[operation_id][1] in walk.made:
            template, written = _ON_WRITTEN[operation_id]
            concrete = template.format(walk.made[written]["id"])
        if concrete is None:
            walk.misses[operation_id] = "no record to read"
            continue
        public = "/public/" in path or not path.startswith("/api/")
        found = None
        for user in (None, *USERS) if public else USERS:
            answer = await walk.call(user, "get", concrete, params=_QUERIES.get(operation_id, {}))
            if 200 <= answer.status_code < 300:
                found = found or answer
                if not _empty(answer):
                    found = answer
                    break
        if found is None:
            walk.misses[operation_id] = f"GET {concrete}: {answer.status_code} {answer.text[:200]}"
            continue
        walk.misses.pop(operation_id, None)
        walk.record(operation_id, None, found)
        if _empty(found):
            walk.empty.add(operation_id)
        else:
            walk.empty.discard(operation_id)


async def write_everything(walk: Walk) -> None:
    import importlib

    from scripts.example_writes import WRITES

    for module in WRITE_MODULES:
        importlib.import_module(module)  # registers its writes
    order = {module: n for n, module in enumerate(("scripts.example_writes", *WRITE_MODULES))}
    writes = sorted(WRITES, key=lambda entry: order[entry[1].__module__])

    ops = operations(walk.document)
    for operation_id, write in writes:
        method, _path, _op = ops[operation_id]
        set_today(ANCHOR, at=AT)
        try:
            user, concrete, body = await write(walk)
        except (KeyError, IndexError) as exc:
            walk.misses[operation_id] = f"nothing to act on: {exc}"
            continue
        kwargs: dict[str, Any] = {}
        extra_headers = body.pop("_headers", None) if isinstance(body, dict) else None
        if method == "get" and isinstance(body, dict):  # a read that needs headers (a device's)
            kwargs["params"], body = body, None
        raw = body.pop("_raw", None) if isinstance(body, dict) else None
        if raw is not None:  # a file upload: the body is the file's bytes, shown as nothing
            kwargs["content"], body = raw, None
        elif isinstance(body, dict) and body.pop("_form", False):
            kwargs["data"] = body
        elif isinstance(body, str):
            kwargs["content"] = body.encode()
            kwargs["headers"] = {"Content-Type": "application/x-ndjson"}
        elif body is not None:
            kwargs["json"] = body
        if extra_headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
        answer = await walk.call(user, method, concrete, **kwargs)
        if 200 <= answer.status_code < 300:
            if operation_id not in walk.examples:  # the first of several is the example
                walk.record(operation_id, body, answer)
            walk.misses.pop(operation_id, None)
            if answer.content and "json" in answer.headers.get("content-type", ""):
                walk.made[operation_id] = answer.json()
        else:
            walk.misses[operation_id] = (
                f"{method.upper()} {concrete}: {answer.status_code} {answer.text[:300]}"
            )


async def _example_resolver(host: str, port: int) -> list[str]:
    """hooks.example.com at a public address (example.com's), so that the SSRF check passes offline."""
    if host != "hooks.example.com":
        raise OSError(host)
    return ["93.184.215.14"]


async def capture(url: str) -> Walk:
    from app.db import Database, set_database
    from app.main import create_app
    from app.services.migrants import ssrf
    from scripts.seed_demo import seed_demo

    settings = get_settings().model_copy(update={"database_url": url, "log_level": "WARNING"})
    ssrf.resolver = _example_resolver  # the example webhook's host resolves without a network
    set_today(ANCHOR, at=AT)
    assert await seed_demo(settings, live_anchor=ANCHOR)
    database = Database(settings)
    set_database(database)
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8000") as client:
            walk = Walk(client, app.openapi())
            await read_everything(walk)
            await write_everything(walk)
            set_today(ANCHOR, at=AT)
            await read_everything(walk, again=True)
            await provoke_problems(walk)
            return walk
    finally:
        set_today(None)
        await database.dispose()
        set_database(None)


def _on_a_fresh_server(data: Path) -> Walk:
    """A throw-away embedded PostgreSQL (never FPW_DATABASE_URL's): a fresh database numbers its
    rows from 1, so the same walk gives the same ids on every machine."""
    sockets = embedded_pg.start(data, fast=True)
    try:
        embedded_pg.ensure_database(sockets, "fpw_examples")
        url = embedded_pg.url(sockets, "fpw_examples")
        alembic = [sys.executable, "-m", "alembic", "upgrade", "head"]
        subprocess.run(
            alembic, cwd=ROOT, env={**os.environ, "FPW_DATABASE_URL": url}, check=True, capture_output=True
        )
        return asyncio.run(capture(url))
    finally:
        embedded_pg.stop(data)


def main() -> None:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="fpw-examples-") as folder:
        walk = _on_a_fresh_server(Path(folder) / "postgres")
    previous = json.loads(OUTPUT.read_text(encoding="utf-8")) if OUTPUT.exists() else {}
    merged: dict[str, Any] = {}
    kept = []
    merged["_problems"] = dict(sorted(walk.problems.items()))
    for operation_id in sorted(operations(walk.document)):
        if operation_id in walk.examples:
            merged[operation_id] = walk.examples[operation_id]
        elif previous.get(operation_id, {}).get("source") == "hand":
            merged[operation_id] = previous[operation_id]
            kept.append(operation_id)
    text = json.dumps(merged, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if "--check" not in sys.argv[1:]:
        OUTPUT.write_text(text, encoding="utf-8")
    elif not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
        sys.exit(f"{OUTPUT.name} differs from a fresh capture: run python -m scripts.capture_examples")
    total = len(operations(walk.document))
    print(f"captured {len(walk.examples)} of {total} operations, kept {len(kept)} written by hand")
    for operation_id, why in sorted(walk.misses.items()):
        note = " (hand-written entry kept)" if operation_id in kept else ""
        print(f"  missed {operation_id}{note}: {why}")
    missing = total - len(merged) + 1  # "_problems" is no operation
    print(f"{missing} operations without an example; {time.monotonic() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
