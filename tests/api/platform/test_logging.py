"""Logs are JSON lines with a request id, and never hold a token, a password or an ID number."""

from __future__ import annotations

import io
import json
import logging

import pytest

from app.demo.context import DEMO_PASSWORD
from app.logging_config import JsonFormatter
from tests.demo_ids import org_ids
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio


async def test_logs_hold_no_secrets_or_id_numbers(api):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    level = root.level
    root.setLevel(logging.DEBUG)
    try:
        login = await api.client.post(
            "/api/v1/auth/token",
            data={"grant_type": "password", "username": "street", "password": DEMO_PASSWORD},
        )
        token = login.json()["access_token"]
        body = resident_body((await org_ids(api))["community-a"])
        await api.post("community-a", "/api/v1/residents", body)
        await api.client.get(
            "/api/v1/residents",
            params={"id_number": body["id_number"]},
            headers={"Authorization": f"Bearer {token}", "X-Request-ID": "log-test-0001"},
        )
        await api.client.post(
            "/api/v1/auth/token",
            data={"grant_type": "password", "username": "street", "password": "wrong-" + DEMO_PASSWORD},
        )
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    text = stream.getvalue()
    assert text, "requests were logged"
    lines = [json.loads(line) for line in text.splitlines()]
    assert any(line.get("request_id") == "log-test-0001" for line in lines)
    for secret in (token, DEMO_PASSWORD, body["id_number"], body["phone"]):
        assert secret not in text
