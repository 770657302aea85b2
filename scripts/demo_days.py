"""Lay the whole demo (the fixed 2019 street and the live layer) at many anchor dates, each on a
throwaway PostgreSQL database cloned from one freshly migrated template (``CREATE DATABASE …
TEMPLATE …``), and report the anchors where it fails.

The demo must lay on any day from 2019 to 2035; run this after changing the demo or upgrading the
``chinesecalendar`` package (about 6 s an anchor):

python -m scripts.demo_days 2026-12-20 2030-12-27 2019-12-23
python -m scripts.demo_days --from 2019-01-01 --to 2035-12-31 --every 29

The databases (``fpw_demo_days_<pid>_…``) are made next to ``FPW_DATABASE_URL``'s database and
dropped afterwards, never touching it; without ``FPW_DATABASE_URL`` on a throwaway embedded server
in a temporary folder (scripts/embedded_pg.py). Exit status 1 when an anchor fails.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from app.clock import set_today
from app.config import get_settings
from app.database_url import asyncpg_dsn, require_database_url
from scripts import embedded_pg
from scripts.seed_demo import seed_demo

ROOT = Path(__file__).resolve().parent.parent
PREFIX = f"fpw_demo_days_{os.getpid()}"


def _anchors(args: argparse.Namespace) -> list[date]:
    days = {date.fromisoformat(text) for text in args.dates}
    if args.start or args.end:
        day, end = (
            date.fromisoformat(args.start or "2019-01-01"),
            date.fromisoformat(args.end or "2035-12-31"),
        )
        while day <= end:
            days.add(day)
            day += timedelta(days=args.every)
    return sorted(days)


class Server:
    """Throwaway databases on one PostgreSQL server, created and dropped from its maintenance
    connection (the named database if it exists, else ``postgres``)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.admin = asyncpg_dsn(url)

    def url_of(self, name: str) -> str:
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def execute(self, sql: str) -> None:
        async def run() -> None:
            try:
                conn = await asyncpg.connect(self.admin)
            except asyncpg.InvalidCatalogNameError:
                self.admin = asyncpg_dsn(self.url_of("postgres"))
                conn = await asyncpg.connect(self.admin)
            try:
                await conn.execute(sql)
            finally:
                await conn.close()

        asyncio.run(run())

    def create(self, name: str, template: str | None = None) -> str:
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url_of(name)

    def drop(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def _server(folder: Path) -> Iterator[Server]:
    """FPW_DATABASE_URL's server, or a throwaway embedded one in ``folder``."""
    given = os.environ.get("FPW_DATABASE_URL", "")
    if given:
        yield Server(require_database_url(given))
        return
    data = folder / "postgres"
    sockets = embedded_pg.start(data, fast=True)
    try:
        yield Server(embedded_pg.url(sockets, "postgres"))
    finally:
        embedded_pg.stop(data)


def _migrated_template(server: Server) -> str:
    name = f"{PREFIX}_template"
    server.drop(name)
    env = {**os.environ, "FPW_DATABASE_URL": server.create(name)}
    alembic = [sys.executable, "-m", "alembic", "upgrade", "head"]
    subprocess.run(alembic, cwd=ROOT, env=env, check=True, capture_output=True)
    return name


def _lay(server: Server, template: str, anchor: date) -> str | None:
    """None when the demo lays at ``anchor``; else the error and where in app/demo it was raised."""
    name = f"{PREFIX}_{anchor:%Y%m%d}"
    server.drop(name)
    settings = get_settings().model_copy(update={"database_url": server.create(name, template)})
    set_today(anchor)  # every service sees the anchor as today, as on a load that day
    try:
        asyncio.run(seed_demo(settings, live_anchor=anchor))
    except Exception as exc:  # noqa: BLE001 - reported, the sweep goes on
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/app/demo/" in f.filename]
        where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
        return f"{type(exc).__name__}: {exc}{where}"
    finally:
        set_today(None)
        server.drop(name)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dates", nargs="*", help="anchor dates (YYYY-MM-DD)")
    parser.add_argument("--from", dest="start", help="first anchor of a spread")
    parser.add_argument("--to", dest="end", help="last anchor of a spread")
    parser.add_argument("--every", type=int, default=29, help="days between anchors of a spread")
    args = parser.parse_args()
    anchors = _anchors(args)
    if not anchors:
        parser.error("give anchor dates or --from/--to")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="fpw-demo-days-") as folder, _server(Path(folder)) as server:
        template = _migrated_template(server)
        try:
            for anchor in anchors:
                started = time.monotonic()
                error = _lay(server, template, anchor)
                failed += error is not None
                print(
                    f"{anchor} {'FAIL ' + error if error else 'ok'} ({time.monotonic() - started:.1f} s)",
                    flush=True,
                )
        finally:
            server.drop(template)
    print(f"{len(anchors) - failed} of {len(anchors)} anchors laid", file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
