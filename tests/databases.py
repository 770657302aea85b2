"""Test databases: one migrated + demo-seeded template, cloned fresh for every test module.

FPW_DATABASE_URL names the PostgreSQL server (``scripts/test.sh`` sets it from the embedded one when
unset): databases are created next to the one named, which need not exist (a fresh cluster's
``postgres`` maintenance database serves for creating them). Each pytest-xdist worker is its own
process with its own factory, so workers never share a database.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from pathlib import Path

import asyncpg
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent

# The suite signs in hundreds of times, and each check of a password costs its hash's argon2
# cost (a stored hash keeps the cost it was made with): the demo users' hash and the test apps'
# (tests/conftest.py) are made cheap. What the suite tests is who may sign in, not how slowly;
# production's floor is tests/test_settings.py's.
CHEAP_PASSWORD_HASHING = {
    "password_hash_memory_kib": 1024,
    "password_hash_time_cost": 1,
    "password_hash_parallelism": 1,
}


def base_url() -> str:
    """FPW_DATABASE_URL as the app takes it (``DatabaseNotConfigured`` when unset: run the suite
    with ``./scripts/test.sh``, which starts an embedded server)."""
    from app.database_url import require_database_url

    return require_database_url(os.environ.get("FPW_DATABASE_URL", ""))


def alembic_config(url: str) -> Config:
    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(ROOT / "migrations"))
    cfg.attributes["configure_logger"] = False
    cfg.cmd_opts = None
    # configparser interpolates "%": a Unix socket's folder (?host=%2Ftmp%2F...) must be escaped.
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def run_alembic(url: str, action: str, revision: str) -> None:
    """Run an Alembic command against ``url`` in a worker thread (env.py runs its own loop)."""
    previous = os.environ.get("FPW_DATABASE_URL")
    os.environ["FPW_DATABASE_URL"] = url
    from app.config import get_settings

    get_settings.cache_clear()
    try:
        getattr(command, action)(alembic_config(url), revision)
    finally:
        if previous is None:
            os.environ.pop("FPW_DATABASE_URL", None)
        else:
            os.environ["FPW_DATABASE_URL"] = previous
        get_settings.cache_clear()


class DatabaseFactory:
    """Creates the template once and hands out clones."""

    def __init__(self) -> None:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "")
        self.run_id = uuid.uuid4().hex[:8] + (f"_{worker}" if worker else "")
        self._admin_dsn: str | None = None
        self.created: list[str] = []
        self.template_url: str | None = None

    async def _pg_admin_dsn(self) -> str:
        """The named database if it exists, else the cluster's ``postgres`` database."""
        if self._admin_dsn is None:
            url = make_url(base_url()).set(drivername="postgresql")
            dsn = url.render_as_string(hide_password=False)
            try:
                conn = await asyncpg.connect(dsn)
            except asyncpg.InvalidCatalogNameError:
                dsn = url.set(database="postgres").render_as_string(hide_password=False)
            else:
                await conn.close()
            self._admin_dsn = dsn
        return self._admin_dsn

    def _pg_url(self, name: str) -> str:
        return make_url(base_url()).set(database=name).render_as_string(hide_password=False)

    async def _pg_exec(self, sql: str) -> None:
        conn = await asyncpg.connect(await self._pg_admin_dsn())
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    async def empty(self, label: str) -> str:
        """A brand-new empty database (no schema)."""
        name = f"fpw_{self.run_id}_{label}"
        await self._pg_exec(f'DROP DATABASE IF EXISTS "{name}"')
        await self._pg_exec(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return self._pg_url(name)

    async def template(self) -> str:
        if self.template_url is None:
            url = await self.empty("template")
            await asyncio.to_thread(run_alembic, url, "upgrade", "head")
            from app.config import get_settings
            from scripts.seed_demo import seed_demo

            settings = get_settings().model_copy(update={"database_url": url, **CHEAP_PASSWORD_HASHING})
            await seed_demo(settings)
            self.template_url = url
        return self.template_url

    async def clone(self, label: str) -> str:
        template = await self.template()
        name = f"fpw_{self.run_id}_{label}"
        template_name = make_url(template).database
        await self._pg_exec(f'DROP DATABASE IF EXISTS "{name}"')
        await self._pg_exec(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"')
        self.created.append(name)
        return self._pg_url(name)

    async def drop_all(self) -> None:
        for name in reversed(self.created):
            await self._pg_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
