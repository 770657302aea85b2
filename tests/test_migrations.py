"""Alembic builds the schema: upgrade → downgrade base → upgrade works, and matches the models."""

from __future__ import annotations

import asyncio

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

import app.models  # noqa: F401
from app.config import get_settings
from app.db import Base, Database
from tests.databases import DatabaseFactory, run_alembic

pytestmark = pytest.mark.asyncio


async def _tables(url: str) -> set[str]:
    database = Database(get_settings().model_copy(update={"database_url": url}))
    try:
        async with database.engine.connect() as conn:
            return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
    finally:
        await database.dispose()


async def _diff(url: str) -> list:
    database = Database(get_settings().model_copy(update={"database_url": url}))
    try:
        async with database.engine.connect() as conn:
            return await conn.run_sync(
                lambda c: compare_metadata(
                    MigrationContext.configure(c, opts={"compare_type": False}), Base.metadata
                )
            )
    finally:
        await database.dispose()


async def test_upgrade_downgrade_upgrade(db_factory: DatabaseFactory):
    url = await db_factory.empty("migrations")
    await asyncio.to_thread(run_alembic, url, "upgrade", "head")
    expected = set(Base.metadata.tables)
    assert expected <= await _tables(url)
    assert await _diff(url) == [], "models and migrations disagree: write a migration"

    await asyncio.to_thread(run_alembic, url, "downgrade", "base")
    assert (await _tables(url)) - {"alembic_version"} == set()

    await asyncio.to_thread(run_alembic, url, "upgrade", "head")
    assert expected <= await _tables(url)
