"""Webhook SSRF: IPv6 addresses that carry an IPv4 address inside are judged by that IPv4 address, at
subscription (literal addresses and DNS answers) and again at every delivery; multicast, site-local and
the local-use NAT64 prefix are refused; FPW_WEBHOOK_ALLOWED_HOSTS still lets chosen ones through."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.clock import set_today
from app.db import utcnow
from app.models.migrants.webhook import WebhookSubscription
from app.services.migrants import ssrf
from app.worker import Worker
from tests.demo_ids import org_ids
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio

PUBLIC = "93.184.216.34"
# (IPv6 address, the IPv4 address it delivers to)
CARRYING_INSIDE = [
    pytest.param("::ffff:127.0.0.1", "127.0.0.1", id="ipv4-mapped"),
    pytest.param("::ffff:0:a00:1", "10.0.0.1", id="ipv4-translated"),
    pytest.param("::7f00:1", "127.0.0.1", id="ipv4-compatible-loopback"),
    pytest.param("::a9fe:a9fe", "169.254.169.254", id="ipv4-compatible-metadata"),
    pytest.param("64:ff9b::7f00:1", "127.0.0.1", id="nat64-loopback"),
    pytest.param("64:ff9b::c0a8:105", "192.168.1.5", id="nat64-private"),
    pytest.param("64:ff9b::6440:1", "100.64.0.1", id="nat64-shared"),
    pytest.param("2002:7f00:1::1", "127.0.0.1", id="6to4-loopback"),
    pytest.param("2002:a9fe:a9fe::", "169.254.169.254", id="6to4-metadata"),
    pytest.param("2001:0:a00:1::", "10.0.0.1", id="teredo-server"),
    pytest.param("2001:0:5db8:d822::f5ff:fffe", "10.0.0.1", id="teredo-client"),
]
# Refused whatever they carry (the address itself is named)
NOT_PUBLIC = [
    pytest.param("64:ff9b:1::808:808", id="nat64-local-use"),
    pytest.param("224.0.0.1", id="multicast-v4"),
    pytest.param("239.255.255.250", id="multicast-v4-ssdp"),
    pytest.param("ff02::1", id="multicast-v6"),
    pytest.param("fec0::1", id="site-local-v6"),
]
EVENTS = ["migrant.arrived"]


@pytest.fixture(autouse=True)
def fixed_today():
    set_today(date(2026, 3, 10))
    yield
    set_today(None)


@pytest.fixture
def allow(api):
    """Sets FPW_WEBHOOK_ALLOWED_HOSTS for one test (empty unless the test says otherwise)."""
    original = api.app.state.settings

    def use(entries: list[str]):
        api.app.state.settings = original.model_copy(update={"webhook_allowed_hosts": entries})
        return api.app.state.settings

    use([])
    yield use
    api.app.state.settings = original


@pytest.fixture
def fake_dns(monkeypatch):
    names: dict[str, list[str]] = {}

    async def resolve(host: str, port: int) -> list[str]:
        if host in names:
            return names[host]
        raise OSError("no such host")

    monkeypatch.setattr(ssrf, "resolver", resolve)
    return names


async def _deactivate(api, created) -> None:
    """No delivery is ever tried to a real address from the tests."""
    for response in created:
        off = await api.post("integration", f"/api/v1/webhooks/{response.json()['id']}/deactivate")
        assert off.status_code == 200 and off.json()["active"] is False


def _literal(address: str) -> str:
    return f"http://[{address}]/hook" if ":" in address else f"http://{address}/hook"


async def _subscriptions(api) -> int:
    async with api.session() as session:
        return int(await session.scalar(select(func.count()).select_from(WebhookSubscription)) or 0)


async def _assert_refused(api, url: str, named: str) -> None:
    before = await _subscriptions(api)
    refused = await api.post("integration", "/api/v1/webhooks", {"url": url, "event_types": EVENTS})
    assert refused.status_code == 422, (url, refused.text)
    body = refused.json()
    assert body["errors"][0]["loc"] == ["body", "url"]
    assert named in body["detail"], body["detail"]
    zh = await api.post(
        "integration",
        "/api/v1/webhooks",
        {"url": url, "event_types": EVENTS},
        headers={"Accept-Language": "zh-CN"},
    )
    assert zh.status_code == 422 and "公网地址" in zh.json()["detail"]
    assert await _subscriptions(api) == before  # nothing stored


@pytest.mark.parametrize(("address", "inside"), CARRYING_INSIDE)
async def test_an_address_carrying_a_private_ipv4_is_refused_at_subscription(
    api, allow, fake_dns, address, inside
):
    await _assert_refused(api, _literal(address), inside)
    fake_dns["carrier.example.com"] = [address]  # the same address as a DNS answer
    await _assert_refused(api, "http://carrier.example.com/hook", inside)
    fake_dns["mixed.example.com"] = [PUBLIC, address]  # one bad answer among good ones is enough
    await _assert_refused(api, "http://mixed.example.com/hook", inside)


@pytest.mark.parametrize("address", NOT_PUBLIC)
async def test_multicast_site_local_and_local_use_nat64_are_refused(api, allow, fake_dns, address):
    await _assert_refused(api, _literal(address), address)
    fake_dns["odd.example.com"] = [address]
    await _assert_refused(api, "http://odd.example.com/hook", address)


@pytest.mark.parametrize(
    "address",
    ["::ffff:93.184.216.34", "64:ff9b::5db8:d822", "2002:5db8:d822::1", "::5db8:d822", PUBLIC],
)
async def test_an_address_carrying_a_public_ipv4_is_accepted(api, allow, address):
    created = await api.post(
        "integration", "/api/v1/webhooks", {"url": _literal(address), "event_types": EVENTS}
    )
    assert created.status_code == 201, created.text
    await _deactivate(api, [created])


async def test_the_allow_list_still_lets_chosen_addresses_through(api, allow, fake_dns):
    allow(["10.0.0.0/8", "inside.example.com", "2002:c0a8::/32"])
    accepted = []
    for url in (
        "http://10.1.2.3/hook",
        "http://[::ffff:10.1.2.3]/hook",
        "http://[64:ff9b::a01:203]/hook",  # NAT64 to 10.1.2.3
        "http://[2002:a01:203::1]/hook",  # 6to4 from 10.1.2.3
        "http://[2002:c0a8:105::1]/hook",  # the IPv6 network itself is listed
    ):
        created = await api.post("integration", "/api/v1/webhooks", {"url": url, "event_types": EVENTS})
        assert created.status_code == 201, (url, created.text)
        accepted.append(created)
    fake_dns["inside.example.com"] = ["64:ff9b::7f00:1"]  # a listed name goes wherever it resolves
    by_name = await api.post(
        "integration", "/api/v1/webhooks", {"url": "http://inside.example.com/hook", "event_types": EVENTS}
    )
    assert by_name.status_code == 201, by_name.text
    await _deactivate(api, [*accepted, by_name])
    # what the list does not name stays refused
    await _assert_refused(api, "http://[64:ff9b::7f00:1]/hook", "127.0.0.1")
    await _assert_refused(api, "http://[2002:ac10:1::1]/hook", "172.16.0.1")


@pytest.mark.parametrize(("address", "inside"), CARRYING_INSIDE)
async def test_a_name_repointed_to_such_an_address_is_refused_at_delivery(
    api, allow, fake_dns, address, inside
):
    settings = allow([])
    host = f"hooks-{address.replace(':', '-')}.example.com"
    fake_dns[host] = [PUBLIC]
    created = await api.post(
        "integration", "/api/v1/webhooks", {"url": f"http://{host}/in", "event_types": EVENTS}
    )
    assert created.status_code == 201, created.text
    fake_dns[host] = [address]
    ids = await org_ids(api)
    resident = await api.post(
        "community-a",
        "/api/v1/residents",
        resident_body(ids["community-a"], household_division_code="500101001001"),
    )
    migrant = await api.post(
        "community-a",
        "/api/v1/migrants",
        {"resident_id": resident.json()["id"], "arrival_date": "2026-03-01", "address": "幸福路1号"},
    )
    assert migrant.status_code == 201, migrant.text
    await Worker(api.database, settings).drain(utcnow())
    items = (await api.get("integration", f"/api/v1/webhooks/{created.json()['id']}/deliveries")).json()[
        "items"
    ]
    assert items and items[0]["status"] == "pending"
    assert items[0]["last_status_code"] is None and inside in items[0]["last_error"], items[0]
