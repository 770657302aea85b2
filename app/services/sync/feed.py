"""The download feed: a device's working set, then the changes since the server-issued token.

A *pass* walks the feed kinds in order (app/services/sync/registry.py), a page at a time. The first
pass (no token) sends every record of the caller's working set; each later pass sends the records
the change log (``sync_changes``, written by triggers) shows touched in an org of the caller's scope
since the previous pass: as an upsert if it is still in the working set (the area's own scope
function and working-set filter decide), as a tombstone if not (moved out, reassigned, closed,
deleted). The log's window ends at a *stable horizon* (app/feed.py): no transaction still running
can commit a change before it, so nothing is skipped. Lookup tables (enums with their zh-CN/en
labels, the catalogue, service types) come on the first page of a pass when they changed.

The token is opaque to the device: signed by the server (HMAC), bound to the device, carrying the
window, the kind and the last id. A page's token can be presented again (a dropped connection
resumes where it was); a token the server did not issue is 422.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, scoped_org_ids
from app.config import Settings
from app.errors import Forbidden, Unprocessable
from app.feed import stable_horizon
from app.labels import all_labels
from app.models.sync.device import SyncChange, SyncDevice
from app.services.sync.registry import FEEDS, LOOKUPS
from app.services.sync.retention import check_token_window
from app.sync import FeedRequest


@dataclass(frozen=True)
class Position:
    since: datetime | None  # None: the first pass (the whole working set)
    until: datetime | None  # None: a pass not yet started (a finished pass's token)
    kind: int = 0
    after: int = 0
    lookups: str = ""
    reveal: bool = False


def _invalid() -> Unprocessable:
    return Unprocessable("The sync token is not valid", zh="同步令牌无效", loc=["query", "token"])


def _key(settings: Settings) -> bytes:
    return hashlib.sha256(b"fpw-sync-token:" + settings.jwt_secret.get_secret_value().encode()).digest()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def encode_token(settings: Settings, device_id: int, position: Position) -> str:
    body = json.dumps(
        [
            device_id,
            position.since.isoformat() if position.since else None,
            position.until.isoformat() if position.until else None,
            position.kind,
            position.after,
            position.lookups,
            position.reveal,
        ],
        separators=(",", ":"),
    ).encode()
    signature = hmac.new(_key(settings), body, hashlib.sha256).digest()[:16]
    return _b64(body) + "." + _b64(signature)


def decode_token(settings: Settings, device_id: int, token: str) -> Position:
    try:
        body_text, _, signature_text = token.partition(".")
        body = base64.urlsafe_b64decode(body_text + "=" * (-len(body_text) % 4))
        signature = base64.urlsafe_b64decode(signature_text + "=" * (-len(signature_text) % 4))
        expected = hmac.new(_key(settings), body, hashlib.sha256).digest()[:16]
        if not hmac.compare_digest(signature, expected):
            raise _invalid()
        device, since, until, kind, after, lookups, reveal = json.loads(body)
        position = Position(
            datetime.fromisoformat(since) if since else None,
            datetime.fromisoformat(until) if until else None,
            int(kind),
            int(after),
            str(lookups),
            bool(reveal),
        )
    except (ValueError, TypeError) as exc:
        raise _invalid() from exc
    if device != device_id or not 0 <= position.kind <= len(FEEDS):
        raise _invalid()
    return position


async def lookups(session: AsyncSession) -> dict[str, Any]:
    tables: dict[str, Any] = {"enums": await all_labels(session)}
    for name, read in LOOKUPS.items():
        tables[name] = await read(session)
    return tables


def _digest(tables: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(tables, sort_keys=True, default=str).encode()).hexdigest()[:16]


async def _changed_ids(
    session: AsyncSession, principal: Principal, kind: str, position: Position, after: int, limit: int
) -> list[int]:
    stmt = (
        select(SyncChange.record_id)
        .where(
            SyncChange.kind == kind,
            SyncChange.org_id.in_(scoped_org_ids(principal)),
            SyncChange.changed_at >= position.since,
            SyncChange.changed_at < position.until,
            SyncChange.record_id > after,
        )
        .distinct()
        .order_by(SyncChange.record_id)
        .limit(limit)
    )
    return list((await session.execute(stmt)).scalars())


async def download(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    device: SyncDevice,
    *,
    token: str | None,
    limit: int,
    reveal: bool,
    today: date,
) -> dict[str, Any]:
    """One page of the device's feed: items (upserts and tombstones), lookups, the next token."""
    if reveal and not principal.can("pii:read"):
        raise Forbidden("This action needs the 'pii:read' permission")
    position = decode_token(settings, device.id, token) if token else Position(None, None, reveal=reveal)
    if position.reveal != reveal:
        raise Unprocessable(
            "reveal must stay as it was for the whole pass of a token",
            zh="同一同步令牌的整轮下载中 reveal 须保持不变",
            loc=["query", "reveal"],
        )
    check_token_window(settings, today, position.since)
    answer: dict[str, Any] = {"items": [], "lookups": None}
    if position.until is None:  # a new pass: fix its window, and send lookups that changed
        position = Position(
            position.since, await stable_horizon(session, settings), 0, 0, position.lookups, reveal
        )
        tables = await lookups(session)
        digest = _digest(tables)
        if digest != position.lookups:
            answer["lookups"] = tables
        position = Position(position.since, position.until, 0, 0, digest, reveal)
    items: list[dict[str, Any]] = answer["items"]
    budget, kind_index, after = limit, position.kind, position.after
    revealed: dict[str, list[int]] = {}
    while kind_index < len(FEEDS) and budget > 0:
        kind = FEEDS[kind_index]
        request = FeedRequest(principal, settings, today, reveal, budget, after)
        ids: list[int] | None = None
        if position.since is not None:
            ids = await _changed_ids(session, principal, kind.name, position, after, budget)
            rows = (
                await kind.rows(session, FeedRequest(principal, settings, today, reveal, len(ids), 0, ids))
                if ids
                else []
            )
            present = dict(rows)
            for record_id in ids:
                if record_id in present:
                    items.append(
                        {"kind": kind.name, "id": record_id, "op": "upsert", "data": present[record_id]}
                    )
                else:
                    items.append({"kind": kind.name, "id": record_id, "op": "delete"})
            walked = ids
        else:
            rows = await kind.rows(session, request)
            items.extend({"kind": kind.name, "id": i, "op": "upsert", "data": d} for i, d in rows)
            walked = [i for i, _ in rows]
        if reveal and kind.personal and walked:
            revealed[kind.name] = [i for i in walked if ids is None or i in dict(rows)]
        if len(walked) < budget:
            kind_index, after, budget = kind_index + 1, 0, budget - len(walked)
        else:
            after, budget = walked[-1], 0
    if revealed:
        await audit.record(
            session,
            actor=principal,
            action="sync.revealed",
            object_type="sync_device",
            object_id=device.id,
            scope_path=principal.org_path,
            detail={"ids": revealed},
        )
    if kind_index >= len(FEEDS):
        answer["has_more"] = False
        following = Position(position.until, None, 0, 0, position.lookups, reveal)
    else:
        answer["has_more"] = True
        following = Position(position.since, position.until, kind_index, after, position.lookups, reveal)
    answer["next_token"] = encode_token(settings, device.id, following)
    return answer
