"""Request admission: a bounded number of API requests in progress, the rest wait briefly or get 503.

One worker's event loop shares its CPU among every request it has read. Under overload that means
every request slows down together, until all of them take seconds. Instead, at most
``max_requests_in_flight`` API requests run at once and the others wait their turn, first come
first served, for at most the admission budget (``db_admission_timeout_seconds``); past it the
answer is 503 ``overloaded`` with ``Retry-After``, which costs almost nothing to send. So a request
is either served within about the budget plus its own time, or promptly told to come back.

Health, readiness and metrics are not API requests: they never wait here.
"""

from __future__ import annotations

import asyncio
import math

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.errors import problem_response
from app.metrics import ADMISSION_REFUSED, ADMISSION_WAITS, REQUESTS_IN_FLIGHT

API_PREFIX = "/api/"


class AdmissionMiddleware:
    def __init__(self, app: ASGIApp, *, max_in_flight: int, timeout_seconds: float) -> None:
        self.app = app
        self.slots = asyncio.Semaphore(max_in_flight)
        self.timeout_seconds = timeout_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        if not await self._admitted():
            ADMISSION_REFUSED.labels("request").inc()
            await self._refuse(scope, receive, send)
            return
        REQUESTS_IN_FLIGHT.inc()
        try:
            await self.app(scope, receive, send)
        finally:
            REQUESTS_IN_FLIGHT.dec()
            self.slots.release()

    async def _admitted(self) -> bool:
        if not self.slots.locked():
            await self.slots.acquire()
            return True
        ADMISSION_WAITS.labels("request").inc()
        try:
            # asyncio.timeout, not wait_for: on 3.11 wait_for can drop a permit granted as the
            # budget runs out (see app/db.py).
            async with asyncio.timeout(self.timeout_seconds):
                await self.slots.acquire()
        except TimeoutError:
            return False
        return True

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(
            503,
            "Service overloaded",
            "The service is answering as many requests as it can; try again shortly",
            code="overloaded",
            headers={"Retry-After": str(max(1, math.ceil(self.timeout_seconds)))},
            request=Request(scope),
            title_zh="服务繁忙",
            detail_zh="请求过多，请稍后重试",
        )
        await response(scope, receive, send)
