"""``Idempotency-Key`` on POST: a retry with the same key and body replays the first answer.

Records live in the database, keyed by the caller and the key, so any API process can answer a
retry. The same key with another body is 422; a retry while the first is still running is 409.
Failed attempts (5xx, or refusals that may change on retry) leave no record, so they can be retried.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import timedelta

from jose import jwt
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from starlette.datastructures import Headers
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.db import get_database, utcnow
from app.errors import problem_response
from app.models.core.idempotency import IdempotencyRecord

KEY_HEADER = "idempotency-key"
_NOT_REPLAYED = {401, 403, 408, 409, 412, 429}
_STALE_AFTER = timedelta(minutes=5)


def _owner(headers: Headers) -> str | None:
    """Who the key belongs to: the token's subject (the endpoint itself verifies the token)."""
    auth = headers.get("authorization", "")
    if not auth.lower().startswith("bearer "):
        return None
    try:
        claims = jwt.get_unverified_claims(auth[7:].strip())
    except Exception:  # noqa: BLE001 - an unreadable token simply gets no idempotency
        return None
    sub = claims.get("sub")
    return f"user:{sub}" if isinstance(sub, str) and sub.isdigit() else None


@dataclass
class _Captured:
    status: int = 500
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        key = headers.get(KEY_HEADER)
        owner = _owner(headers) if key else None
        if not key or owner is None:
            await self.app(scope, receive, send)
            return
        if not 1 <= len(key) <= 128:
            await problem_response(
                422, "Validation error", "Idempotency-Key must be 1-128 characters", code="validation-error"
            )(scope, receive, send)
            return
        message = await receive()
        body = message.get("body", b"")
        digest = hashlib.sha256(
            b"\n".join([scope["path"].encode(), scope.get("query_string", b""), body])
        ).hexdigest()

        early = await self._claim(owner, key, digest)
        if early is not None:
            await early(scope, receive, send)
            return

        captured = _Captured()

        async def capture(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                captured.status = msg["status"]
                captured.headers = [(k.decode(), v.decode()) for k, v in msg.get("headers", [])]
            elif msg["type"] == "http.response.body":
                captured.body += msg.get("body", b"")
            await send(msg)

        async def replay_body() -> Message:
            return {"type": "http.request", "body": body, "more_body": False}

        try:
            await self.app(scope, replay_body, capture)
        except BaseException:
            await self._release(owner, key)
            raise
        if captured.status >= 500 or captured.status in _NOT_REPLAYED:
            await self._release(owner, key)
        else:
            await self._complete(owner, key, captured.status, captured.headers, captured.body)

    async def _claim(self, owner: str, key: str, digest: str) -> Response | None:
        """Insert the in-progress record, or decide from the one already there."""
        async with get_database().sessionmaker() as session:
            session.add(IdempotencyRecord(owner=owner, key=key, request_hash=digest))
            try:
                await session.commit()
                return None
            except IntegrityError:
                await session.rollback()
            record = (
                await session.execute(
                    select(IdempotencyRecord).where(
                        IdempotencyRecord.owner == owner, IdempotencyRecord.key == key
                    )
                )
            ).scalar_one_or_none()
            if record is None:  # released in between: try once more
                session.add(IdempotencyRecord(owner=owner, key=key, request_hash=digest))
                try:
                    await session.commit()
                    return None
                except IntegrityError:
                    return problem_response(
                        409,
                        "Conflict",
                        "A request with this Idempotency-Key is still being processed",
                        code="idempotency-in-progress",
                    )
            if record.request_hash != digest:
                return problem_response(
                    422,
                    "Validation error",
                    "This Idempotency-Key was already used with a different request body",
                    code="idempotency-key-reused",
                )
            if record.completed_at is None:
                if utcnow() - record.created_at > _STALE_AFTER:
                    record.created_at = utcnow()
                    await session.commit()
                    return None
                return problem_response(
                    409,
                    "Conflict",
                    "A request with this Idempotency-Key is still being processed",
                    code="idempotency-in-progress",
                )
            headers = dict(json.loads(record.response_headers or "[]"))
            headers.pop("content-length", None)
            headers["Idempotent-Replayed"] = "true"
            return Response(
                content=record.response_body or b"",
                status_code=record.response_status or 200,
                headers=headers,
            )

    async def _complete(
        self, owner: str, key: str, status: int, headers: list[tuple[str, str]], body: bytes
    ) -> None:
        kept = [(k, v) for k, v in headers if k.lower() not in {"x-request-id", "content-length"}]
        async with get_database().sessionmaker() as session:
            await session.execute(
                update(IdempotencyRecord)
                .where(IdempotencyRecord.owner == owner, IdempotencyRecord.key == key)
                .values(
                    completed_at=utcnow(),
                    response_status=status,
                    response_headers=json.dumps(kept),
                    response_body=body,
                )
            )
            await session.commit()

    async def _release(self, owner: str, key: str) -> None:
        async with get_database().sessionmaker() as session:
            await session.execute(
                delete(IdempotencyRecord).where(
                    IdempotencyRecord.owner == owner, IdempotencyRecord.key == key
                )
            )
            await session.commit()
