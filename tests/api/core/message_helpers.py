"""Steps the text-message tests share: a resident with a phone, a consent, the office clock."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select

from app import clock
from app.models.core.messaging import MessagePurpose, SmsMessage
from app.models.core.resident import Resident
from app.services.core.messages import notify
from tests.conftest import Api
from tests.demo_ids import org_ids


async def resident_with_phone(api: Api, community: str = "community-a", skip: int = 0) -> int:
    """A demo resident of ``community`` with a phone on record (the ``skip``-th such)."""
    ids = await org_ids(api)
    async with api.session() as session:
        return (
            await session.execute(
                select(Resident.id)
                .where(Resident.community_id == ids[community], Resident.phone_enc.is_not(None))
                .order_by(Resident.id)
                .offset(skip)
                .limit(1)
            )
        ).scalar_one()


async def grant(api: Api, resident_id: int, user: str = "community-a", **body: Any) -> Any:
    payload = {"granted_on": "2019-01-02", "source": "paper_form", "evidence": "同意书 2019-0001", **body}
    return await api.post(user, f"/api/v1/residents/{resident_id}/consents", payload)


@contextmanager
def office_clock(day: date, at: time) -> Iterator[None]:
    """Fix the office clock at ``day`` ``at`` (Beijing), restoring what was set before."""
    before_day, before_time = clock._today_override, clock._time_of_day_override  # noqa: SLF001
    clock.set_today(day, at=at)
    try:
        yield
    finally:
        clock.set_today(before_day)
        clock.set_time_of_day(before_time)


def beijing(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=clock.CHINA)


async def queue_reminder(api: Api, resident_id: int, key: str | None = None) -> int | None:
    """What an area does: ask core for a reminder in its own transaction; the message id or None."""
    async with api.session() as session:
        message = await notify(
            session,
            resident_id=resident_id,
            purpose=MessagePurpose.reverification_due,
            variables={
                "name": "张三",
                "program": "农村部分计划生育家庭奖励扶助",
                "deadline": "2019年3月31日",
            },
            reference=f"test:{key or 'reminder'}",
            dedupe_key=key,
        )
        await session.commit()
        return message.id if message else None


async def message(api: Api, message_id: int) -> SmsMessage:
    async with api.session() as session:
        found = await session.get(SmsMessage, message_id)
        assert found is not None
        return found
