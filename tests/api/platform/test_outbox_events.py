"""Changes in other areas reach the outbox in the same transaction, with the org they belong to."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.core.org import Org
from app.models.core.outbox import OutboxEvent
from tests.api.leadership.leadership_helpers import new_family
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
COMPLETE_BIRTH = [{"code": "husband_id_card"}, {"code": "wife_id_card"}, {"code": "marriage_certificate"}]


async def test_a_completed_service_request_is_an_event_of_its_community(api):
    ids = await org_ids(api)
    # a couple expecting their first child: the community pre-checks and forwards, the street registers
    family_id = await new_family(api, "community-a", ids["community-a"], [])
    filed = await api.post(
        "community-a",
        "/api/v1/service-requests",
        {"service_type": "birth_registration", "family_id": family_id, "materials": COMPLETE_BIRTH},
    )
    assert filed.status_code == 201, filed.text
    forwarded = await api.post("community-a", f"/api/v1/service-requests/{filed.json()['id']}/forward")
    assert forwarded.status_code == 200, forwarded.text
    rejected = await api.post(
        "street", f"/api/v1/service-requests/{filed.json()['id']}/accept", headers={"If-Match": '"999"'}
    )
    assert rejected.status_code == 412
    async with api.session() as session:
        none_yet = (
            (
                await session.execute(
                    select(OutboxEvent).where(OutboxEvent.topic == "service_request.completed")
                )
            )
            .scalars()
            .all()
        )
    assert none_yet == []  # a refused step leaves no event behind
    accepted = await api.post("street", f"/api/v1/service-requests/{filed.json()['id']}/accept")
    assert accepted.json()["state"] == "completed", accepted.text
    async with api.session() as session:
        events = (
            (
                await session.execute(
                    select(OutboxEvent).where(OutboxEvent.topic == "service_request.completed")
                )
            )
            .scalars()
            .all()
        )
        path = (await session.execute(select(Org.path).where(Org.id == ids["community-a"]))).scalar_one()
    assert len(events) == 1
    assert events[0].payload["service_request_id"] == filed.json()["id"]
    assert events[0].payload["issued_no"] == accepted.json()["issued_no"]
    assert events[0].scope_path == path
