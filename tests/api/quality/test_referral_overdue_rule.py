"""The referral "overdue" rule is said once (app/models/quality/referral.py): the SQL form the list
filter and the gauge use, and the Python form an answer's ``overdue`` field uses, agree."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models.quality.referral import Referral, ReferralStatus, is_overdue, overdue_on

pytestmark = pytest.mark.asyncio


async def test_sql_and_python_forms_of_the_rule_agree_on_every_state(api):
    async with api.session() as session:
        row = (await session.execute(select(Referral).limit(1))).scalar_one()
        original = (row.status, row.follow_up_due_on)
        try:
            for status in ReferralStatus:
                for due in (date(2019, 1, 1), date(2099, 1, 1)):
                    row.status, row.follow_up_due_on = status, due
                    await session.flush()
                    in_sql = (
                        await session.execute(
                            select(overdue_on(date(2020, 6, 1))).where(Referral.id == row.id)
                        )
                    ).scalar_one()
                    assert in_sql == is_overdue(status, due, date(2020, 6, 1)), (status, due)
        finally:
            row.status, row.follow_up_due_on = original
            await session.rollback()


async def test_the_list_filter_and_the_field_say_the_same(api):
    every = (await api.get("community-a", "/api/v1/referrals", params={"limit": 100})).json()["items"]
    late = await api.get("community-a", "/api/v1/referrals", params={"overdue": "true", "limit": 100})
    late_ids = {r["id"] for r in late.json()["items"]}
    assert every
    assert all(r["overdue"] == (r["id"] in late_ids) for r in every)
