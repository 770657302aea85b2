"""The grassroots figures leadership reads: computed from live records of an org's subtree and period."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.figures import Figure
from app.models.core.org import Org
from app.services.grassroots.figures import FIGURES
from tests.demo_ids import CODES

YEAR = (date(2019, 1, 1), date(2019, 12, 31))


async def _paths(api) -> dict[str, str]:
    async with api.session() as session:
        rows = (await session.execute(select(Org.code, Org.path))).all()
    by_code = dict(rows)
    return {key: by_code[code] for key, code in CODES.items()}


async def test_figures_from_the_demo_data(api):
    paths = await _paths(api)
    async with api.session() as session:
        values = {code: await query(session, paths["street"], *YEAR) for code, query in FIGURES.items()}
        b = {code: await query(session, paths["community-b"], *YEAR) for code, query in FIGURES.items()}
    assert all(isinstance(v, Figure) for v in values.values())
    assert values["training_hours"].value == 12.0  # two workers at the 6-hour training
    assert values["vacant_posts"].value == 1  # community B has no worker
    assert values["campaign_activities_held"].value == 1
    assert (
        values["campaign_reporting_rate"].numerator,
        values["campaign_reporting_rate"].denominator,
    ) == (1, 3)
    signing = values["integrity_signing_rate"]
    assert signing.numerator == 1 and signing.denominator and signing.unit == "percent"
    assert values["feedback_answered_on_time"].value == 100.0
    assert values["care_visits"].value == 0
    assert values["care_families_visited_rate"].value is None  # no case: not computable
    assert values["named_demonstrations"].value == 0
    # community B's subtree holds none of A's records
    assert b["training_hours"].value == 0
    assert b["campaign_activities_held"].value == 0
    assert b["integrity_signing_rate"].numerator == 0
    assert b["feedback_answered_on_time"].denominator == 0
    # another year holds nothing
    async with api.session() as session:
        held_2018 = await FIGURES["campaign_activities_held"](
            session, paths["street"], date(2018, 1, 1), date(2018, 12, 31)
        )
    assert held_2018.value == 0
