"""Idempotency keys belong to verified callers: forged tokens neither read nor plant records."""

from __future__ import annotations

import base64
import json
import uuid

import pytest
from sqlalchemy import func, select

from app.demo.context import DEMO_PASSWORD
from app.models.core.idempotency import IdempotencyRecord
from tests.demo_ids import org_ids
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


def _claims(token: str) -> dict:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def _unsigned_copy(token: str) -> str:
    """The victim's own claims (user and session), re-sent with ``alg: none`` and no signature."""
    return f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(_claims(token))}."


async def _records(api, key: str) -> int:
    async with api.session() as session:
        return (
            await session.execute(
                select(func.count()).select_from(IdempotencyRecord).where(IdempotencyRecord.key == key)
            )
        ).scalar_one()


async def test_a_forged_token_does_not_replay_the_victims_answer(api):
    ids = await org_ids(api)
    key = str(uuid.uuid4())
    victim = await api.post(
        "community-a",
        "/api/v1/residents",
        resident_body(ids["community-a"]),
        headers={"Idempotency-Key": key},
    )
    assert victim.status_code == 201
    forged = _unsigned_copy(await api.token("community-a"))
    stolen = await api.client.post(
        "/api/v1/residents",
        json=resident_body(ids["community-a"]),
        headers={"Authorization": f"Bearer {forged}", "Idempotency-Key": key},
    )
    assert stolen.status_code == 401
    assert "idempotent-replayed" not in stolen.headers
    assert str(victim.json()["id"]) not in stolen.text
    # the same forged token with the victim's exact body: still 401, still nothing replayed
    again = await api.client.post(
        "/api/v1/residents",
        content=json.dumps(resident_body(ids["community-a"])),
        headers={
            "Authorization": f"Bearer {forged}",
            "Idempotency-Key": key,
            "Content-Type": "application/json",
        },
    )
    assert again.status_code == 401 and "idempotent-replayed" not in again.headers


async def test_forged_requests_plant_no_record_under_the_victims_key(api):
    ids = await org_ids(api)
    key = str(uuid.uuid4())
    forged = _unsigned_copy(await api.token("community-a"))
    headers = {"Authorization": f"Bearer {forged}", "Idempotency-Key": key}
    assert (await api.client.post("/api/v1/no-such-route", json={}, headers=headers)).status_code == 404
    assert (await api.client.post("/api/v1/residents", json={}, headers=headers)).status_code == 401
    assert await _records(api, key) == 0
    real = await api.post(
        "community-a",
        "/api/v1/residents",
        resident_body(ids["community-a"]),
        headers={"Idempotency-Key": key},
    )
    assert real.status_code == 201, real.text
    assert "idempotent-replayed" not in real.headers


async def test_only_answers_of_operations_that_ran_are_stored(api):
    ids = await org_ids(api)
    key = str(uuid.uuid4())
    headers = {"Idempotency-Key": key}
    # a verified caller, but no such route, no permission, or a body that does not validate
    assert (await api.post("community-a", "/api/v1/no-such-route", {}, headers=headers)).status_code == 404
    assert (await api.post("unit", "/api/v1/orgs", {"name": "x"}, headers=headers)).status_code == 403
    assert (await api.post("community-a", "/api/v1/residents", {}, headers=headers)).status_code == 422
    assert await _records(api, key) == 0
    created = await api.post(
        "community-a", "/api/v1/residents", resident_body(ids["community-a"]), headers=headers
    )
    assert created.status_code == 201
    assert await _records(api, key) == 1


async def test_a_key_belongs_to_the_session_that_used_it(api):
    """Another sign-in of the same user (another session) does not see the first session's answers."""
    ids = await org_ids(api)
    key = str(uuid.uuid4())
    body = resident_body(ids["community-a"])
    first = await api.post("community-a", "/api/v1/residents", body, headers={"Idempotency-Key": key})
    assert first.status_code == 201
    login = await api.client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": "community-a", "password": DEMO_PASSWORD},
    )
    other_session = {"Authorization": f"Bearer {login.json()['access_token']}", "Idempotency-Key": key}
    retry = await api.client.post("/api/v1/residents", json=body, headers=other_session)
    assert "idempotent-replayed" not in retry.headers
    assert retry.status_code == 409  # the resident exists: the work was tried again, not replayed
