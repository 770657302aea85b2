"""Rate limits on public posting (objections, feedback), counted atomically in the database.

The count lives in the shared database, not in process memory, so every API process sees the
same number. A poster is identified by a keyed hash of the client address, never the address.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app import throttle
from app.config import Settings
from app.errors import TooManyRequests
from app.security import pii_cipher


def client_fingerprint(settings: Settings, purpose: str, client_address: str) -> str:
    """A keyed hash of the client address for one purpose (the address itself is never stored)."""
    return pii_cipher(settings).lookup_hash(f"{purpose}-client:{client_address}")


async def enforce_hourly_limit(
    session: AsyncSession, *, purpose: str, client_hash: str, per_hour: int, message: str
) -> None:
    """429 when this client already posted ``per_hour`` times in the hour: one atomic counter in the
    request's transaction (app/throttle.py), so it holds across processes and concurrent requests,
    and a post that fails later is not counted."""
    limit = throttle.Limit(purpose, per_hour, 3600)
    attempt = await throttle.hit(session, limit, client_hash)
    if attempt.exceeds(limit):
        raise TooManyRequests(message, attempt.retry_after)
