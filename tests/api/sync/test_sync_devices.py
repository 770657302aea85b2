"""Devices and the feed's guards (issue 27): revocation stops the tokens and tells the device to wipe,
an idle device signs in again, tokens are the server's own, scope and masking hold, answers are
compressed."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from app import clock
from app.models.core.audit import AuditEvent
from app.models.core.resident import Resident
from tests.api.sync.sync_helpers import FEED, Device
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio


@pytest.fixture(autouse=True)
def no_settle(api):
    original = api.app.state.settings
    api.app.state.settings = original.model_copy(update={"feed_settle_seconds": 0})
    yield
    api.app.state.settings = original
    clock.set_today(None)


async def _device(api, username: str = "community-a") -> Device:
    device = Device(api.client, username)
    await device.sign_in()
    assert (await device.register()).status_code == 201
    return device


async def test_a_device_revoked_by_the_street_is_told_to_wipe_and_its_tokens_stop(api):
    device = await _device(api)
    assert (await device.page(limit=20)).json()["items"]
    revoked = await api.post("street", f"/api/v1/sync/devices/{device.device_id}/revoke")
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    wiped = await device.page()
    assert wiped.status_code == 401
    assert wiped.json()["type"] == "/problems/device-wipe" and wiped.json()["wipe"] is True
    upload = await device.upload([])
    assert upload.status_code == 401 and upload.json()["wipe"] is True
    # the session the device worked under is revoked at once: its token opens nothing else
    other = await api.client.get(
        "/api/v1/residents", headers={"Authorization": f"Bearer {device.access_token}"}
    )
    assert other.status_code == 401
    zh = await api.client.get(FEED, headers=device.headers(**{"Accept-Language": "zh-CN"}))
    assert zh.json()["title"] == "设备已停用：请清除数据"
    async with api.session() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action).where(
                        AuditEvent.object_type == "sync_device", AuditEvent.object_id == str(device.device_id)
                    )
                )
            )
            .scalars()
            .all()
        )
    assert "sync_device.revoked" in actions
    # another community's worker cannot revoke it, nor see it (404, not 403)
    mine = await _device(api)
    assert (await api.post("community-b", f"/api/v1/sync/devices/{mine.device_id}/revoke")).status_code == 404
    # the user revokes their own device
    headers = {"Authorization": f"Bearer {mine.access_token}"}
    own = await api.client.post(f"/api/v1/sync/devices/{mine.device_id}/revoke", headers=headers)
    assert own.status_code == 200
    assert (await mine.page()).json()["wipe"] is True


async def test_an_idle_device_signs_in_again_before_it_downloads(api):
    device = await _device(api)
    assert (await device.page(limit=20)).status_code == 200
    clock.set_today(clock.local_today() + timedelta(days=15))
    stale = await device.page()
    assert stale.status_code == 401 and stale.json()["type"] == "/problems/device-sign-in-required"
    installation = (await api.client.get("/api/v1/sync/devices", headers=device.headers())).json()["items"]
    same = next(d for d in installation if d["id"] == device.device_id)["installation_id"]
    # registering again under the same (old) session is not a sign-in
    assert (await device.register(same)).status_code == 401
    await device.sign_in()  # the password again: a new session
    again = await device.register(same)
    assert again.status_code == 201 and again.json()["id"] == device.device_id
    assert (await device.page()).status_code == 200


async def test_tokens_are_the_servers_own_and_bound_to_the_device(api):
    device = await _device(api)
    first = await device.page(limit=5)
    token = first.json()["next_token"]
    body, _, signature = token.partition(".")
    for crafted in (token[:-2] + "AA", "eyJ4Ijo.AAAA", body + ".", "x" * 40):
        device.sync_token = crafted
        answer = await device.page()
        assert answer.status_code == 422, crafted
        assert answer.json()["errors"][0]["loc"] == ["query", "token"]
    other = await _device(api)
    other.sync_token = token  # another device's token
    assert (await other.page()).status_code == 422
    # a page's token can be presented again: the same page comes back (resumable)
    device.sync_token = token
    once, twice = await device.page(limit=5), await device.page(limit=5)
    assert once.json()["items"] == twice.json()["items"] and once.json()["has_more"] is True
    no_device = await api.get("community-a", FEED)
    assert no_device.status_code == 401 and no_device.json()["type"] == "/problems/device-not-registered"
    assert (await api.get("unit", FEED)).status_code == 403


async def test_scope_masking_and_compression_on_the_feed(api):
    ids = await org_ids(api)
    device_b = await _device(api, "community-b")
    items = await device_b.sync_down(limit=1000)
    residents = [i["data"] for i in items if i["kind"] == "resident"]
    assert residents and {r["community_id"] for r in residents} == {ids["community-b"]}
    assert all(
        i["data"].get("community_id", ids["community-b"]) == ids["community-b"]
        for i in items
        if i["kind"] == "family"
    )
    assert all("*" in r["id_number"] for r in residents)  # masked as in lists
    async with api.session() as session:
        of_a = set(
            (
                await session.execute(select(Resident.id).where(Resident.community_id == ids["community-a"]))
            ).scalars()
        )
    assert not of_a & {i["id"] for i in items if i["kind"] == "resident"}

    raw = await api.client.get(
        FEED, params={"limit": 200}, headers=device_b.headers(**{"Accept-Encoding": "gzip"})
    )
    assert raw.headers["content-encoding"] == "gzip"
    assert int(raw.headers["content-length"]) < len(json.dumps(raw.json()).encode()) / 3

    revealing = await _device(api, "community-b")
    shown = await revealing.sync_down(limit=1000, reveal=True)
    revealed = [i["data"] for i in shown if i["kind"] == "resident"]
    assert revealed and all("*" not in r["id_number"] for r in revealed)
    async with api.session() as session:
        audited = (
            (
                await session.execute(
                    select(AuditEvent.detail).where(
                        AuditEvent.action == "sync.revealed", AuditEvent.object_id == str(revealing.device_id)
                    )
                )
            )
            .scalars()
            .all()
        )
    assert sorted(i for d in audited for i in d["ids"]["resident"]) == sorted(r["id"] for r in revealed)
    # a pass keeps its reveal choice
    revealing.sync_token = None
    first = await revealing.page(limit=5, reveal=True)
    revealing.sync_token = first.json()["next_token"]
    assert (await revealing.page(limit=5)).status_code == 422
