"""Demo data (README "Demo accounts", docs/domain.md), loaded on an empty database outside production.

Each feature adds a seeder to ``SEEDERS``; they run in order in one transaction and share a
``DemoContext`` holding the orgs, users and people created before them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession

from app.demo import benefits, core, facilities, grassroots, grassroots_conduct, quality, services
from app.demo.context import DemoContext

Seeder = Callable[[AsyncSession, DemoContext], Awaitable[None]]

SEEDERS: list[Seeder] = [
    core.seed,
    services.seed,
    benefits.seed,
    quality.seed,
    grassroots.seed,
    grassroots_conduct.seed,
    facilities.seed,
]

__all__ = ["SEEDERS", "DemoContext", "Seeder"]
