"""Deprecated operations: one table drives both the document and the answers.

The versioning policy (README, "What the API promises"; CHANGELOG.md) says a removal is announced at
least six months ahead. An operation listed in :data:`DEPRECATED_OPERATIONS` (by its operationId)

* is marked ``deprecated: true`` in the OpenAPI document, its description says since when, until
  when and where the notice is, and every answer of it declares the three headers below;
* answers, whatever the status, with ``Deprecation: @<unix seconds>`` (RFC 9745: the instant it was
  deprecated), ``Sunset: <HTTP-date>`` (RFC 8594: from when it may be gone) and
  ``Link: <notice>; rel="deprecation"; type="text/html"`` (RFC 9745: where the replacement is told).

Nothing in ``/api/v1`` is deprecated today: the table is empty and no middleware is installed. The
tests mark a route of a test app (tests/api/contract/test_deprecations.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import format_datetime
from typing import Any

from fastapi.routing import APIRoute
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.clock import CHINA

MIN_NOTICE_MONTHS = 6


@dataclass(frozen=True)
class Deprecation:
    """When an operation was deprecated, from when it may be removed, and where the notice is."""

    since: date  # the Beijing day the deprecation was announced (and written in CHANGELOG.md)
    sunset: date  # the Beijing day from which the operation may be gone
    link: str  # the notice (CHANGELOG entry or the replacement's documentation), an absolute URL

    def __post_init__(self) -> None:
        months = (self.sunset.year - self.since.year) * 12 + self.sunset.month - self.since.month
        if (months, self.sunset.day) < (MIN_NOTICE_MONTHS, self.since.day):
            raise ValueError("a removal is announced at least six months ahead (README, versioning)")

    def headers(self) -> list[tuple[bytes, bytes]]:
        since = _midnight(self.since)
        return [
            (b"deprecation", f"@{int(since.timestamp())}".encode()),
            (b"sunset", format_datetime(_midnight(self.sunset).astimezone(UTC), usegmt=True).encode()),
            (b"link", f'<{self.link}>; rel="deprecation"; type="text/html"'.encode()),
        ]

    def note(self) -> str:
        return (
            f"**Deprecated** since {self.since.isoformat()}; it may be removed from "
            f"{self.sunset.isoformat()} (Beijing dates). See {self.link}. Its answers carry "
            '`Deprecation`, `Sunset` and `Link: rel="deprecation"`.'
        )


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=CHINA)


# operationId → its deprecation. To announce a removal: an entry here and a line in CHANGELOG.md.
DEPRECATED_OPERATIONS: dict[str, Deprecation] = {}

HEADER_DOCS: dict[str, dict[str, Any]] = {
    "Deprecation": {
        "description": "RFC 9745: this operation is deprecated since this instant (`@` Unix seconds)",
        "schema": {"type": "string", "pattern": r"^@-?[0-9]+$"},
    },
    "Sunset": {
        "description": "RFC 8594: the operation may be removed from this instant (an HTTP-date)",
        "schema": {"type": "string"},
    },
    "Link": {
        "description": 'RFC 9745: `<notice>; rel="deprecation"`, where the removal and its replacement '
        "are explained",
        "schema": {"type": "string"},
    },
}


def mark_deprecated(schema: dict[str, Any], table: Mapping[str, Deprecation]) -> None:
    """``deprecated: true``, the note and the three headers on every operation of ``table``."""
    used = False
    for operations in schema["paths"].values():
        for operation in operations.values():
            found = table.get(operation.get("operationId", ""))
            if found is None:
                continue
            used = True
            operation["deprecated"] = True
            operation["description"] = f"{operation.get('description', '')}\n\n{found.note()}".strip()
            for response in operation.get("responses", {}).values():
                headers = response.setdefault("headers", {})
                for name in HEADER_DOCS:
                    headers[name] = {"$ref": f"#/components/headers/{name}"}
    if used:
        schema["components"].setdefault("headers", {}).update(HEADER_DOCS)


class DeprecationHeaders:
    """ASGI middleware: the answers of a deprecated operation carry its headers. The routes are
    matched on the first request (a test app adds its routes after ``create_app``)."""

    def __init__(self, app: ASGIApp, routes: list[BaseRoute], table: Mapping[str, Deprecation]) -> None:
        self.app = app
        self.routes = routes
        self.table = table
        self._matchers: list[tuple[re.Pattern[str], frozenset[str], Deprecation]] | None = None

    def _deprecation(self, method: str, path: str) -> Deprecation | None:
        if self._matchers is None:
            self._matchers = [
                (route.path_regex, frozenset(route.methods or ()), self.table[route.unique_id])
                for route in self.routes
                if isinstance(route, APIRoute) and route.unique_id in self.table
            ]
        for pattern, methods, found in self._matchers:
            if method in methods and pattern.match(path):
                return found
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        found = self._deprecation(scope["method"], scope["path"]) if scope["type"] == "http" else None
        if found is None:
            await self.app(scope, receive, send)
            return
        extra = found.headers()

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)
