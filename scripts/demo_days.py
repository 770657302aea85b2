"""Lay the whole demo (the fixed 2019 street and the live layer) at many anchor dates, each on a
throwaway SQLite copy of one freshly migrated database, and report the anchors where it fails.

The demo must lay on any day from 2019 to 2035; run this after changing the demo or upgrading the
``chinesecalendar`` package (about 6 s an anchor):

python -m scripts.demo_days 2026-12-20 2030-12-27 2019-12-23
python -m scripts.demo_days --from 2019-01-01 --to 2035-12-31 --every 29

Exit status 1 when an anchor fails. Never touches ``FPW_DATABASE_URL``'s database.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import date, timedelta
from pathlib import Path

from app.clock import set_today
from app.config import get_settings
from scripts.seed_demo import seed_demo

ROOT = Path(__file__).resolve().parent.parent


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


def _migrated(folder: Path) -> Path:
    path = folder / "migrated.db"
    env = {**os.environ, "FPW_DATABASE_URL": f"sqlite+aiosqlite:///{path}"}
    alembic = [sys.executable, "-m", "alembic", "upgrade", "head"]
    subprocess.run(alembic, cwd=ROOT, env=env, check=True, capture_output=True)
    return path


def _lay(migrated: Path, anchor: date) -> str | None:
    """None when the demo lays at ``anchor``; else the error and where in app/demo it was raised."""
    copy = migrated.with_name(f"demo_{anchor.isoformat()}.db")
    shutil.copy(migrated, copy)
    settings = get_settings().model_copy(update={"database_url": f"sqlite+aiosqlite:///{copy}"})
    set_today(anchor)  # every service sees the anchor as today, as on a load that day
    try:
        asyncio.run(seed_demo(settings, live_anchor=anchor))
    except Exception as exc:  # noqa: BLE001 - reported, the sweep goes on
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/app/demo/" in f.filename]
        where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
        return f"{type(exc).__name__}: {exc}{where}"
    finally:
        set_today(None)
        copy.unlink(missing_ok=True)
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
    with tempfile.TemporaryDirectory(prefix="fpw-demo-days-") as folder:
        migrated = _migrated(Path(folder))
        for anchor in anchors:
            started = time.monotonic()
            error = _lay(migrated, anchor)
            failed += error is not None
            print(
                f"{anchor} {'FAIL ' + error if error else 'ok'} ({time.monotonic() - started:.1f} s)",
                flush=True,
            )
    print(f"{len(anchors) - failed} of {len(anchors)} anchors laid", file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
