"""Response headers every answer needs: ``nosniff``, ``no-store`` for API data, a full ``Allow`` on 405.

Pure ASGI (no response buffering): it edits the ``http.response.start`` message on its way out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import Request
from fastapi.routing import APIRoute, iter_route_contexts
from starlette.datastructures import MutableHeaders
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import problem_response

# API answers carry personal data or tokens; none may sit in a shared or browser cache.
_NO_STORE_PREFIX = "/api/"


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                if scope["path"].startswith(_NO_STORE_PREFIX) and "cache-control" not in headers:
                    headers["Cache-Control"] = "no-store"
                if message["status"] == 405:
                    headers["Allow"] = ", ".join(allowed_methods(scope))
            await send(message)

        served = _literal_paths(scope).get(scope["path"]) if scope["path"].startswith("/api/") else None
        method = "GET" if scope["method"] == "HEAD" else scope["method"]
        if served is not None and method not in served and not _preflight(scope):
            # A literal path (/workers/vacant-posts) is its own resource: a method it does not serve
            # is 405, not a call of the parameterised sibling (/workers/{worker_id}) with a bad id.
            response = problem_response(
                405,
                "Method not allowed",
                "Method Not Allowed",
                code="method-not-allowed",
                request=Request(scope),
            )
            await response(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")


def allowed_methods(scope: Scope) -> list[str]:
    """Every method some route serves at this path (FastAPI keeps one route per method, and
    Starlette's own 405 names only the first route it tried). A literal path (``/workers/vacant-posts``)
    is its own resource: the methods of a parameterised sibling (``/workers/{worker_id}``) are not its."""
    literal = _literal_paths(scope).get(scope["path"])
    if literal is not None:
        return [method for method in _METHODS if method in literal]
    routes = getattr(getattr(scope.get("app"), "router", None), "routes", [])
    return [
        method
        for method in _METHODS
        if any(route.matches({**scope, "method": method})[0] is Match.FULL for route in routes)
    ]


def _literal_paths(scope: Scope) -> dict[str, frozenset[str]]:
    """Documented paths without parameters → their methods, read once per app from its routes."""
    app = scope.get("app")
    cached: dict[str, frozenset[str]] | None = getattr(getattr(app, "state", None), "literal_paths", None)
    if cached is None:
        cached = literal_paths(getattr(app, "routes", []))
        if app is not None:
            app.state.literal_paths = cached
    return cached


def literal_paths(routes: Sequence[BaseRoute]) -> dict[str, frozenset[str]]:
    """The paths without parameters that the OpenAPI document shows, with their methods, taken from
    the routes the document is made of (building the document itself takes seconds)."""
    found: dict[str, set[str]] = {}
    for context in iter_route_contexts(routes):
        route: Any = context
        if not isinstance(context.original_route, APIRoute) or not route.include_in_schema:
            continue
        if "{" not in route.path_format:
            methods = found.setdefault(route.path_format, set())
            methods.update(method for method in route.methods or () if method in _METHODS)
    return {path: frozenset(methods) for path, methods in found.items()}


def _preflight(scope: Scope) -> bool:
    """A CORS preflight (OPTIONS with Access-Control-Request-Method) belongs to the CORS middleware."""
    return scope["method"] == "OPTIONS" and any(
        name == b"access-control-request-method" for name, _ in scope.get("headers", [])
    )
