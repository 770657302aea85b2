"""ASGI middleware: request id, the request's language, access log, metrics, and the request body
limit (413)."""

from __future__ import annotations

import logging
import re
import time
import uuid
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import negotiate_language, problem_response
from app.metrics import HTTP_LATENCY, HTTP_REQUESTS
from app.reasons import current_language
from app.request_context import current_request_id

logger = logging.getLogger("fpwork.access")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class BodyTooLarge(Exception):
    pass


class RequestContextMiddleware:
    """Gives every request an id and its language (app/reasons.py: what the API writes itself is
    rendered in it, so every answer says ``Vary: Accept-Language``), enforces the body limit, logs
    one line and counts it."""

    def __init__(
        self, app: ASGIApp, max_body_bytes: int, *, large_bodies: dict[str, int] | None = None
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        # Path prefixes that document a larger limit of their own (bulk import).
        self.large_bodies = large_bodies or {}

    def _limit(self, scope: Scope) -> int:
        path = scope.get("path", "")
        for prefix, limit in self.large_bodies.items():
            if path.startswith(prefix):
                return limit
        return self.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        supplied = headers.get("x-request-id", "")
        request_id = supplied if _REQUEST_ID.match(supplied) else uuid.uuid4().hex
        token = current_request_id.set(request_id)
        state = getattr(scope.get("app"), "state", None)
        default = getattr(state, "default_language", None) or "en"
        language_token = current_language.set(negotiate_language(headers.get("accept-language"), default))
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        response_started = False
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal response_started, status
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                out = MutableHeaders(scope=message)
                out.append("X-Request-ID", request_id)
                if "accept-language" not in out.get("vary", "").lower():
                    out.append("Vary", "Accept-Language")
            await send(message)

        try:
            too_large = self._declared_too_large(scope, headers)
            if too_large:
                await self._reject_too_large(scope, send_with_id)
                return
            await self.app(scope, await self._buffered(scope, receive), send_with_id)
        except BodyTooLarge:
            if not response_started:
                await self._reject_too_large(scope, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            template = _route_template(scope)
            HTTP_REQUESTS.labels(scope["method"], template, str(status)).inc()
            HTTP_LATENCY.labels(scope["method"], template).observe(elapsed)
            principal: Any = scope.get("state", {}).get("principal")
            logger.info(
                "request",
                extra={
                    "method": scope["method"],
                    "route": template,
                    "path": scope["path"] if template != "unmatched" else "-",
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 2),
                    "user": getattr(principal, "username", None),
                },
            )
            current_request_id.reset(token)
            current_language.reset(language_token)

    def _declared_too_large(self, scope: Scope, headers: Headers) -> bool:
        if scope["method"] not in _BODY_METHODS:
            return False
        declared = headers.get("content-length")
        return declared is not None and declared.isdigit() and int(declared) > self._limit(scope)

    async def _buffered(self, scope: Scope, receive: Receive) -> Receive:
        """Read the whole body (at most the limit) before the app sees it, then replay it."""
        if scope["method"] not in _BODY_METHODS:
            return receive
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return _replay([], receive, disconnected=True)
            body = message.get("body", b"")
            received += len(body)
            if received > self._limit(scope):
                raise BodyTooLarge()
            chunks.append(body)
            if not message.get("more_body", False):
                break
        return _replay(chunks, receive, disconnected=False)

    async def _reject_too_large(self, scope: Scope, send: Send) -> None:
        limit = self._limit(scope)
        response = problem_response(
            413,
            "Payload too large",
            f"The request body exceeds the limit of {limit} bytes",
            code="payload-too-large",
            extra={"max_bytes": limit},
            request=Request(scope) if "app" in scope else None,  # the caller's language
            detail_zh=f"请求体超过 {limit} 字节的上限",
        )
        await response(scope, _drain_receive, send)


async def _drain_receive() -> Message:
    return {"type": "http.disconnect"}


def _replay(chunks: list[bytes], receive: Receive, *, disconnected: bool) -> Receive:
    """Hand the buffered body over once; after that, wait on the real channel (disconnects)."""
    body = b"".join(chunks)
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if disconnected:
            return {"type": "http.disconnect"}
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _route_template(scope: Scope) -> str:
    """``/api/v1/residents/{resident_id}``: the matched path with its parameters put back as names,
    so metrics have one series per route, never per id."""
    if scope.get("route") is None:
        return "unmatched"
    segments = scope["path"].split("/")
    names = {str(value): f"{{{name}}}" for name, value in scope.get("path_params", {}).items()}
    return "/".join(names.get(segment, segment) for segment in segments)
