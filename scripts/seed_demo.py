"""Load the demo data set into an empty database (never in production).

python -m scripts.seed_demo            # uses FPW_DATABASE_URL
"""

from __future__ import annotations

import asyncio
import sys

from sqlalchemy import func, select

from app.config import Settings, get_settings
from app.db import Database
from app.demo import SEEDERS, DemoContext
from app.models.core.org import Org


async def seed_demo(settings: Settings) -> bool:
    """Seed when the database holds no orgs; return whether anything was loaded."""
    if settings.environment == "production":
        raise SystemExit("refusing to load demo data in production mode")
    database = Database(settings)
    try:
        async with database.sessionmaker() as session:
            if (await session.execute(select(func.count()).select_from(Org))).scalar_one():
                return False
            ctx = DemoContext(settings=settings)
            for seeder in SEEDERS:
                await seeder(session, ctx)
            await session.commit()
            return True
    finally:
        await database.dispose()


def main() -> None:
    loaded = asyncio.run(seed_demo(get_settings()))
    print("demo data loaded" if loaded else "database not empty: demo data left alone", file=sys.stderr)


if __name__ == "__main__":
    main()
