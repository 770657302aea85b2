"""The live layer of the demo: this year's and last year's work, laid relative to the day it is loaded.

The fixed demo (``SEEDERS``) is a 2019 street that the test suite relies on. ``scripts/seed_demo.py``
applies this layer after it with ``anchor`` = the Beijing date of the load, so a newcomer finds a
notice open for objections today, service requests due this week and overdue, applications in
every state, referrals, screenings, low stock and a lot near expiry, a campaign under way and a
complaint waiting for an answer. Everything goes through the services, as the people who use the
API would do it, with ``today`` passed as a date relative to the anchor.

It lays on any day from 2019 to 2035 (``scripts/demo_days.py`` checks a spread): what it creates
obeys the rules the fixed demo already used (one screening program of a kind a year, no handing out
of expired stock), and a deadline into a year whose holidays are unknown is simply provisional.

The layer is split by area: ``activity_benefits``, ``activity_requests``, ``activity_quality``,
``activity_grassroots``, ``activity_leadership`` (books and migrants, after the others so that
their draws stay as they were), ``activity_links`` (the five links of the quality service action);
the working-day calendar of the anchor's years is loaded here.
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.demo import (
    activity_benefits,
    activity_grassroots,
    activity_leadership,
    activity_links,
    activity_quality,
    activity_requests,
    activity_safeguards,
)
from app.demo.context import DemoContext
from app.demo.live import ACTORS, Live, principal_of
from app.services.core import working_days


async def apply(session: AsyncSession, ctx: DemoContext, anchor: date) -> None:
    """Lay this year's and last year's work relative to ``anchor`` on top of the fixed demo."""
    await working_days.ensure_years(session, [anchor.year - 1, anchor.year, anchor.year + 1])
    live = Live(session=session, ctx=ctx, anchor=anchor, rng=random.Random(anchor.toordinal()))  # noqa: S311
    live.actors = {key: principal_of(ctx, key) for key in ACTORS}
    await activity_benefits.seed(live)
    await activity_requests.seed(live)
    await activity_quality.seed(live)
    await activity_grassroots.seed(live)
    await activity_leadership.seed(live)
    await activity_safeguards.seed(live)
    await activity_links.seed(live)
