"""Response headers every answer needs: ``nosniff``, ``no-store`` for API data, a full ``Allow`` on 405.

Pure ASGI (no response buffering): it edits the ``http.response.start`` message on its way out.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

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

        await self.app(scope, receive, send_with_headers)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")


def allowed_methods(scope: Scope) -> list[str]:
    """Every method some route serves at this path (FastAPI keeps one route per method, and
    Starlette's own 405 names only the first route it tried)."""
    routes = getattr(getattr(scope.get("app"), "router", None), "routes", [])
    return [
        method
        for method in _METHODS
        if any(route.matches({**scope, "method": method})[0] is Match.FULL for route in routes)
    ]
