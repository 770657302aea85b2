"""Re-encryption after a PII key rotation: every stored ciphertext moved under the current key.

The worker runs :class:`Reencryption` between its other work (app/worker.py): one small batch per
pass, each batch its own transaction, so the API keeps serving and a stop loses nothing. There is no
cursor to keep: a batch takes the first rows (by primary key) of an encrypted column whose value is
not under the current key (``k1:<current key id>:…``), locked ``FOR UPDATE SKIP LOCKED`` so that
several workers share the work, and rewrites only the value. A restarted worker finds what is left
and goes on. Encrypted columns are found by name (``*_enc``) in the models' metadata, so a new one
is covered without a list to keep. ``updated_at`` is not touched (set to itself):
a new ciphertext of the same value is not a change for the change feed or for ETags.

    python -m app.pii_reencryption        # how many values per column are not yet under the current key
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from sqlalchemy import Column, ColumnElement, Table, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

import app.models  # noqa: F401 - registers every table, so every encrypted column is found
from app.config import Settings, get_settings
from app.db import Base, Database
from app.security import PiiCipher, UnknownPiiKey, pii_cipher

log = logging.getLogger("fpwork.pii_reencryption")

ENCRYPTED_SUFFIX = "_enc"
BATCH_SIZE = 200


def encrypted_columns() -> list[tuple[Table, Column[str]]]:
    """Every ``*_enc`` column of every table, in a fixed order (table, column)."""
    found = []
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        for column in table.columns:
            if column.name.endswith(ENCRYPTED_SUFFIX):
                if len(table.primary_key.columns) != 1:
                    raise RuntimeError(f"{table.name} has an encrypted column but no single-column key")
                found.append((table, column))
    return found


def _stale(column: Column[str], cipher: PiiCipher) -> ColumnElement[bool]:
    return column.is_not(None) & ~column.startswith(cipher.current_prefix, autoescape=True)


async def remaining(session: AsyncSession, cipher: PiiCipher) -> dict[str, int]:
    """``table.column`` → how many values are not yet under the current key (all columns, 0s too)."""
    counts = {}
    for table, column in encrypted_columns():
        query = select(func.count()).select_from(table).where(_stale(column, cipher))
        counts[f"{table.name}.{column.name}"] = int((await session.execute(query)).scalar_one())
    return counts


async def reencrypt_batch(
    session: AsyncSession, cipher: PiiCipher, batch_size: int = BATCH_SIZE
) -> tuple[str, int]:
    """Re-encrypt up to ``batch_size`` values of the first column that has any left; the column's
    name and how many were done (``("", 0)`` when everything is under the current key). The caller
    commits."""
    for table, column in encrypted_columns():
        (key,) = table.primary_key.columns
        rows = (
            await session.execute(
                select(key, column)
                .where(_stale(column, cipher))
                .order_by(key)
                .limit(batch_size)
                .with_for_update(skip_locked=True)
            )
        ).all()
        # Columns with an ``onupdate`` (updated_at) keep their value: set to themselves, SQLAlchemy
        # leaves their default out.
        unchanged = {c.name: c for c in table.columns if c.onupdate is not None}
        for row_key, value in rows:
            await session.execute(
                update(table)
                .where(key == row_key)
                .values({**unchanged, column.name: cipher.reencrypt(value)})
            )
        if rows:
            return f"{table.name}.{column.name}", len(rows)
    return "", 0


@dataclass
class Reencryption:
    """The worker's share of a rotation: batches until nothing is left, then it stays quiet (the
    keys only change with a restart, which makes a new one)."""

    sessionmaker: async_sessionmaker[AsyncSession]
    cipher: PiiCipher
    batch_size: int = BATCH_SIZE
    finished: bool = False
    done: dict[str, int] = field(default_factory=dict)

    async def step(self) -> int:
        """One batch in its own transaction; how many values it re-encrypted."""
        if self.finished:
            return 0
        try:
            async with self.sessionmaker() as session:
                column, count = await reencrypt_batch(session, self.cipher, self.batch_size)
                await session.commit()
        except (UnknownPiiKey, InvalidTag):
            # A value under a key that is not configured: said once, not every pass; the worker's
            # next start tries again (after FPW_PII_DECRYPT_KEYS is corrected).
            log.exception("pii re-encryption stopped: a value cannot be decrypted with the configured keys")
            self.finished = True
            return 0
        if not count:
            self.finished = True
            if self.done:
                log.info(
                    "pii re-encryption finished: all under key %s (%s re-encrypted by this worker)",
                    self.cipher.current_key_id,
                    sum(self.done.values()),
                )
            return 0
        self.done[column] = self.done.get(column, 0) + count
        log.info(
            "pii re-encryption: %d values of %s moved under key %s (%d by this worker so far)",
            count,
            column,
            self.cipher.current_key_id,
            self.done[column],
            extra={"column": column, "key_id": self.cipher.current_key_id, "reencrypted": self.done[column]},
        )
        return count

    async def run_to_end(self) -> int:
        total = 0
        while count := await self.step():
            total += count
        return total


def reencryption_for(database: Database, settings: Settings) -> Reencryption:
    return Reencryption(database.sessionmaker, pii_cipher(settings))


async def _status() -> dict[str, int]:
    settings = get_settings()
    database = Database(settings)
    try:
        async with database.sessionmaker() as session:
            return await remaining(session, pii_cipher(settings))
    finally:
        await database.dispose()


def main() -> None:
    counts = asyncio.run(_status())
    key = pii_cipher(get_settings()).current_key_id
    for column, count in counts.items():
        print(f"{column}\t{count}")
    left = sum(counts.values())
    print(
        f"current key {key}: {left} values left to re-encrypt" if left else f"every value is under key {key}"
    )


if __name__ == "__main__":
    main()
