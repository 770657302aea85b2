"""Rate limits on public posting (objections, feedback), counted from rows in the database.

The count lives in the shared database, not in process memory, so every API process sees the
same number. A poster is identified by a keyed hash of the client address, never the address.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.config import Settings
from app.db import utcnow
from app.errors import TooManyRequests
from app.security import pii_cipher


def client_fingerprint(settings: Settings, purpose: str, client_address: str) -> str:
    """A keyed hash of the client address for one purpose (the address itself is never stored)."""
    return pii_cipher(settings).lookup_hash(f"{purpose}-client:{client_address}")


async def enforce_hourly_limit(
    session: AsyncSession,
    *,
    hash_column: InstrumentedAttribute[Any],
    created_column: InstrumentedAttribute[Any],
    client_hash: str,
    per_hour: int,
    message: str,
) -> None:
    """429 when this client already posted ``per_hour`` rows in the last hour."""
    since = utcnow() - timedelta(hours=1)
    recent = (
        await session.execute(select(func.count()).where(hash_column == client_hash, created_column >= since))
    ).scalar_one()
    if recent >= per_hour:
        raise TooManyRequests(message, 3600)
