"""``Idempotency-Key`` on POST: a retry with the same key and body replays the first answer.

Authentication comes first. A key belongs to a *verified* principal and its session: the claim is
made by :func:`claim_key`, which the principal dependency calls after the token was verified, from
``request.state.principal`` (never from token claims). A request whose token does not verify is
answered 401 and neither reads nor writes idempotency records.

Records live in the database, so any API process can answer a retry. The same key with another body
is 422; a retry while the first is still running is 409. Only answers of operations that ran and
succeeded (2xx) are stored; a refusal (401, 403, 404, 422 …) or a failure leaves no record, so the
client can correct and retry with the same key.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from fastapi import FastAPI, Request
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import Headers
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.db import get_database, utcnow
from app.error_handlers import is_database_unavailable
from app.errors import Conflict, Unprocessable
from app.models.core.idempotency import IdempotencyRecord

KEY_HEADER = "idempotency-key"
MAX_KEY_LENGTH = 128
_STALE_AFTER = timedelta(minutes=5)
_STATE = "idempotency"


@dataclass
class _Pending:
    """What the middleware saw of one keyed POST; ``owner`` is set once a verified caller claimed it."""

    key: str
    body: bytearray = field(default_factory=bytearray)
    owner: str | None = None
    status: int = 500
    headers: list[tuple[str, str]] = field(default_factory=list)
    response_body: bytearray = field(default_factory=bytearray)


class StoredAnswer(Exception):
    """Raised by :func:`claim_key` to answer with the first response instead of running again."""

    def __init__(self, response: Response) -> None:
        super().__init__("idempotent replay")
        self.response = response


def install(app: FastAPI) -> None:
    async def _replay(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, StoredAnswer)
        return exc.response

    app.add_exception_handler(StoredAnswer, _replay)


class IdempotencyMiddleware:
    """Keeps the body and the answer of a keyed POST; stores or forgets them once the app answered.

    It reads no token and touches the database only for a key that a verified caller claimed.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = Headers(scope=scope).get(KEY_HEADER) if scope["type"] == "http" else None
        if key is None or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        pending = _Pending(key=key)
        scope.setdefault("state", {})[_STATE] = pending

        async def keep_body() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                pending.body += message.get("body", b"")
            return message

        async def keep_answer(message: Message) -> None:
            if pending.owner is not None:
                if message["type"] == "http.response.start":
                    pending.status = message["status"]
                    pending.headers = [(k.decode(), v.decode()) for k, v in message.get("headers", [])]
                elif message["type"] == "http.response.body":
                    pending.response_body += message.get("body", b"")
            await send(message)

        try:
            await self.app(scope, keep_body, keep_answer)
        except BaseException:
            if pending.owner is not None:
                await _release(pending.owner, key)
            raise
        if pending.owner is None:
            return
        if 200 <= pending.status < 300:
            await _complete(pending)
        else:
            await _release(pending.owner, key)


async def claim_key(request: Request, session: AsyncSession) -> None:
    """Claim the request's ``Idempotency-Key`` for the verified caller, or answer from its record.

    Called once the principal is verified; raises :class:`StoredAnswer` with the first response for
    a retry, 409 while the first is still running, 422 for another body under the same key.

    It works on the request's own session and commits the claim at once (so that other processes
    see it in flight); so far the request has only read who the caller is. A second connection
    per request could exhaust the pool under load and deadlock.
    """
    pending: _Pending | None = request.scope.get("state", {}).get(_STATE)
    principal: Any = getattr(request.state, "principal", None)
    if pending is None or pending.owner is not None or principal is None:
        return
    if not 1 <= len(pending.key) <= MAX_KEY_LENGTH:
        raise Unprocessable(
            f"Idempotency-Key must be 1-{MAX_KEY_LENGTH} characters", loc=["header", "Idempotency-Key"]
        )
    owner = f"user:{principal.user_id}:{principal.session_id}"[:64]
    digest = hashlib.sha256(
        b"\n".join([request.url.path.encode(), request.scope.get("query_string", b""), bytes(pending.body)])
    ).hexdigest()
    answer = await _claim(session, owner, pending.key, digest)
    if answer is not None:
        raise StoredAnswer(answer)
    pending.owner = owner


def _in_progress() -> Conflict:
    error = Conflict("A request with this Idempotency-Key is still being processed")
    error.code = "idempotency-in-progress"
    return error


async def _claim(session: AsyncSession, owner: str, key: str, digest: str) -> Response | None:
    """Insert the in-progress record, or decide from the one already there."""
    session.add(IdempotencyRecord(owner=owner, key=key, request_hash=digest))
    try:
        await session.commit()
        return None
    except IntegrityError:
        await session.rollback()
    record = (
        await session.execute(
            select(IdempotencyRecord).where(IdempotencyRecord.owner == owner, IdempotencyRecord.key == key)
        )
    ).scalar_one_or_none()
    if record is None:  # released in between: try once more
        session.add(IdempotencyRecord(owner=owner, key=key, request_hash=digest))
        try:
            await session.commit()
            return None
        except IntegrityError as exc:
            await session.rollback()
            raise _in_progress() from exc
    if record.request_hash != digest:
        reused = Unprocessable(
            "This Idempotency-Key was already used with a different request body",
            loc=["header", "Idempotency-Key"],
        )
        reused.code = "idempotency-key-reused"
        raise reused
    if record.completed_at is None:
        if utcnow() - record.created_at > _STALE_AFTER:
            record.created_at = utcnow()
            await session.commit()
            return None
        raise _in_progress()
    headers = dict(json.loads(record.response_headers or "[]"))
    headers.pop("content-length", None)
    headers["Idempotent-Replayed"] = "true"
    return Response(
        content=record.response_body or b"", status_code=record.response_status or 200, headers=headers
    )


# Recording or releasing a key after the answer waits out a database restart (about a second):
# a release lost there would leave the key "in progress" (409) for _STALE_AFTER, and a completion
# lost would let a late retry run the operation again (scripts/fault_drill.py).
_AFTER_ANSWER_RETRIES = (0.25, 0.5, 1.0, 2.0)


async def _after_answer(statement: Any) -> None:
    for delay in (*_AFTER_ANSWER_RETRIES, None):
        try:
            async with get_database().sessionmaker() as session:
                await session.execute(statement)
                await session.commit()
            return
        except Exception as exc:
            if delay is None or not is_database_unavailable(exc):
                raise
            await asyncio.sleep(delay)


async def _complete(pending: _Pending) -> None:
    kept = [(k, v) for k, v in pending.headers if k.lower() not in {"x-request-id", "content-length"}]
    await _after_answer(
        update(IdempotencyRecord)
        .where(IdempotencyRecord.owner == pending.owner, IdempotencyRecord.key == pending.key)
        .values(
            completed_at=utcnow(),
            response_status=pending.status,
            response_headers=json.dumps(kept),
            response_body=bytes(pending.response_body),
        )
    )


async def _release(owner: str, key: str) -> None:
    await _after_answer(
        delete(IdempotencyRecord).where(IdempotencyRecord.owner == owner, IdempotencyRecord.key == key)
    )
