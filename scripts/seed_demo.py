"""Load the demo data set into an empty database (never in production).

python -m scripts.seed_demo            # uses FPW_DATABASE_URL

The fixed demo (a 2019 street the tests rely on) is loaded first; then the live layer lays this
year's and last year's work relative to today's Beijing date (``app.demo.activity``).
"""

from __future__ import annotations

import asyncio
import sys
from datetime import date

from sqlalchemy import func, select

from app.clock import local_today
from app.config import Settings, get_settings
from app.db import Database
from app.demo import SEEDERS, DemoContext, activity
from app.models.core.org import Org
from app.security import configure_password_hashing


async def seed_demo(settings: Settings, *, live_anchor: date | None = None) -> bool:
    """Seed when the database holds no orgs; return whether anything was loaded.

    ``live_anchor``: also lay the live layer relative to that date (the test template does not).
    """
    if settings.environment == "production":
        raise SystemExit("refusing to load demo data in production mode")
    configure_password_hashing(settings)  # the demo users' hash is made at the configured cost
    database = Database(settings)
    try:
        async with database.sessionmaker() as session:
            if (await session.execute(select(func.count()).select_from(Org))).scalar_one():
                return False
            ctx = DemoContext(settings=settings)
            for seeder in SEEDERS:
                await seeder(session, ctx)
            if live_anchor is not None:
                await activity.apply(session, ctx, live_anchor)
            await session.commit()
            return True
    finally:
        await database.dispose()


def main() -> None:
    loaded = asyncio.run(seed_demo(get_settings(), live_anchor=local_today()))
    print("demo data loaded" if loaded else "database not empty: demo data left alone", file=sys.stderr)


if __name__ == "__main__":
    main()
