"""/metrics after some traffic on the demo: every family there, with the values the traffic implies
and the business gauges agreeing with what the same users see in the lists."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

import httpx
import pytest
from sqlalchemy import func, select
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from app.admission import AdmissionMiddleware
from app.clock import local_today, set_today, utcnow
from app.config import get_settings
from app.db import get_database
from app.metrics import render
from app.models.benefits.payment import BatchStatus, PaymentBatch
from app.services.migrants.delivery import fan_out
from app.worker import Worker
from tests.api.leadership.leadership_helpers import new_family
from tests.api.operations.metrics_scrape import Scrape
from tests.demo_ids import CODES, org_ids
from tests.factories import resident_body
from tests.webhook_receiver import Receiver

pytestmark = pytest.mark.asyncio
COMPLETE_BIRTH = [{"code": c} for c in ("husband_id_card", "wife_id_card", "marriage_certificate")]


async def _scrape(api) -> Scrape:
    response = await api.client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    return Scrape.parse(response.text)


async def _listed(api, user: str, path: str, **params: str) -> int:
    count, cursor = 0, None
    while True:
        page = await api.get(
            user, path, params={**params, "limit": 100, **({"cursor": cursor} if cursor else {})}
        )
        assert page.status_code == 200, page.text
        count += len(page.json()["items"])
        cursor = page.json().get("next_cursor")
        if not cursor:
            return count


async def test_http_families_count_requests_by_route_template_and_status(api):
    before = await _scrape(api)
    resident_id = (await api.get("community-a", "/api/v1/residents", params={"limit": 1})).json()["items"][0][
        "id"
    ]
    for _ in range(3):
        assert (await api.get("community-a", f"/api/v1/residents/{resident_id}")).status_code == 200
    assert (await api.get("community-a", "/api/v1/residents/999999999")).status_code == 404
    assert (await api.client.get("/no/such/page")).status_code == 404
    after = await _scrape(api)

    def delta(name: str, **labels: str) -> float:
        return after.total(name, **labels) - before.total(name, **labels)

    route = "/api/v1/residents/{resident_id}"
    assert delta("fpwork_http_requests_total", method="GET", route=route, status="200") == 3
    assert delta("fpwork_http_requests_total", method="GET", route=route, status="404") == 1
    assert delta("fpwork_http_requests_total", route="unmatched", status="404") == 1
    assert not after.all("fpwork_http_requests_total", route=f"/api/v1/residents/{resident_id}")  # no ids
    assert delta("fpwork_http_request_duration_seconds_count", method="GET", route=route) == 4
    assert 0 < delta("fpwork_http_request_duration_seconds_sum", method="GET", route=route) < 4 * 5
    buckets = after.all("fpwork_http_request_duration_seconds_bucket", method="GET", route=route)
    assert {labels["le"] for labels, _ in buckets} >= {"0.005", "0.1", "5.0", "+Inf"}
    counts = [value for _, value in sorted(buckets, key=lambda b: float(b[0]["le"]))]
    assert counts == sorted(counts)  # cumulative


async def test_principal_cache_hits_and_misses(api):
    cache = api.app.state.principal_cache
    await cache.start()  # as the app's lifespan does
    try:
        for _ in range(100):  # its listener connects in the background
            if cache.enabled:
                break
            await asyncio.sleep(0.1)
        before = await _scrape(api)
        for _ in range(3):
            assert (await api.get("street", "/api/v1/residents", params={"limit": 1})).status_code == 200
        after = await _scrape(api)
    finally:
        await cache.stop()
    looked_up = {
        result: after.value("fpwork_principal_cache_lookups_total", result=result)
        - before.value("fpwork_principal_cache_lookups_total", result=result)
        for result in ("hit", "miss", "off")
    }
    # the first lookup misses and loads, the next ones hit
    assert looked_up == {"hit": 2, "miss": 1, "off": 0}


async def test_admission_waits_and_503s_are_counted():
    async def slow(request):
        await asyncio.sleep(0.3)
        return PlainTextResponse("ok")

    admission = Starlette(
        routes=[Route("/api/v1/x", slow)],
        middleware=[Middleware(AdmissionMiddleware, max_in_flight=1, timeout_seconds=0.05)],
    )
    before = Scrape.parse((await _bare_scrape()).text)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=admission), base_url="http://t") as client:
        answers = await asyncio.gather(*(client.get("/api/v1/x") for _ in range(2)))
    after = Scrape.parse((await _bare_scrape()).text)
    assert sorted(a.status_code for a in answers) == [200, 503]
    for name in ("fpwork_admission_waits_total", "fpwork_admission_refused_total"):
        assert after.value(name, stage="request") - before.value(name, stage="request") == 1


async def _bare_scrape() -> httpx.Response:
    return httpx.Response(200, content=render([]))


async def test_business_gauges_agree_with_the_lists(api):
    ids = await org_ids(api)
    family_id = await new_family(api, "community-a", ids["community-a"], [])
    filed = await api.post(
        "community-a",
        "/api/v1/service-requests",
        {"service_type": "birth_registration", "family_id": family_id, "materials": COMPLETE_BIRTH},
    )
    assert filed.status_code == 201, filed.text
    later = date.fromisoformat(filed.json()["due_on"]) + timedelta(days=30)
    set_today(later)
    try:
        scrape = await _scrape(api)
        community = {"org_code": CODES["community-a"]}
        requests_overdue = await _listed(api, "community-a", "/api/v1/service-requests", overdue="true")
        referrals_overdue = await _listed(api, "community-a", "/api/v1/referrals", overdue="true")
    finally:
        set_today(None)
    assert requests_overdue >= 1
    assert scrape.total("fpwork_service_requests_overdue", **community) == requests_overdue
    assert scrape.total("fpwork_referrals_overdue", **community) == referrals_overdue
    assert all(labels["org_name"] for labels, _ in scrape.all("fpwork_service_requests_overdue"))
    assert scrape.value("fpwork_calendar_next_year_missing", year=str(later.year + 1)) in (0.0, 1.0)

    async with api.session() as session:
        waiting = dict(
            (
                await session.execute(select(PaymentBatch.status, func.count()).group_by(PaymentBatch.status))
            ).all()
        )
    assert scrape.value("fpwork_payment_batches_waiting", step="street_approval") == waiting.get(
        BatchStatus.generated, 0
    )
    assert scrape.total("fpwork_payment_batches_waiting") == sum(
        n for status, n in waiting.items() if status is not BatchStatus.paid
    )
    assert scrape.value("fpwork_business_gauges_up") == 1


async def test_outbox_webhook_and_import_gauges_follow_the_work(api):
    settings = api.settings.model_copy(
        update={"webhook_allowed_hosts": ["127.0.0.1"], "webhook_max_attempts": 1}
    )
    receiver = Receiver(status=500)  # refuses: with one attempt allowed, the delivery fails
    original, api.app.state.settings = api.app.state.settings, settings
    try:
        await _deliveries_and_imports(api, settings, receiver)
    finally:
        api.app.state.settings = original


async def _deliveries_and_imports(api, settings, receiver) -> None:
    hook = await api.post(
        "integration", "/api/v1/webhooks", {"url": receiver.url, "event_types": ["migrant.arrived"]}
    )
    assert hook.status_code == 201, hook.text
    await Worker(api.database, settings).drain()  # whatever the demo left
    baseline = await _scrape(api)
    assert baseline.value("fpwork_outbox_events_pending") == 0
    assert baseline.value("fpwork_webhook_deliveries_due") == 0

    await _arrival(api)
    pending = await _scrape(api)
    assert pending.value("fpwork_outbox_events_pending") == 1
    assert 0 <= pending.value("fpwork_outbox_oldest_pending_age_seconds") < 120

    async with api.session() as session:  # fanned out a minute ago, not attempted yet
        assert await fan_out(session, utcnow() - timedelta(seconds=60)) == 1
        await session.commit()
    due = await _scrape(api)
    assert due.value("fpwork_outbox_events_pending") == 0
    assert due.value("fpwork_webhook_deliveries_due") == 1
    assert 60 <= due.value("fpwork_webhook_oldest_due_age_seconds") < 180

    await receiver.start()
    try:
        await Worker(api.database, settings).drain()
    finally:
        await receiver.stop()
    failed = await _scrape(api)
    assert failed.value("fpwork_webhook_deliveries_due") == 0
    assert failed.value("fpwork_webhook_oldest_due_age_seconds") == 0
    assert (
        failed.value("fpwork_webhook_deliveries_failed")
        == baseline.value("fpwork_webhook_deliveries_failed") + 1
    )
    assert failed.value("fpwork_webhook_attempts_total", outcome="failed") >= 1

    queued = await api.client.post(
        "/api/v1/imports",
        params={"kind": "residents", "mode": "per_row"},
        content="id_number,name\n110105199001010011,名\n".encode(),
        headers={**await api.headers("street"), "Content-Type": "text/csv"},
    )
    assert queued.status_code == 202, queued.text
    imports = await _scrape(api)
    assert (
        imports.value("fpwork_imports", status="queued")
        == baseline.value("fpwork_imports", status="queued") + 1
    )
    assert imports.value("fpwork_imports", status="running") == 0


async def _arrival(api) -> None:
    ids = await org_ids(api)
    resident = await api.post(
        "community-a",
        "/api/v1/residents",
        resident_body(ids["community-a"], household_division_code="500101001001"),
    )
    assert resident.status_code == 201, resident.text
    body = {
        "resident_id": resident.json()["id"],
        "arrival_date": local_today().isoformat(),
        "address": "幸福路1号",
    }
    migrant = await api.post("community-a", "/api/v1/migrants", body)
    assert migrant.status_code == 201, migrant.text


async def test_process_families_pool_worker_and_disk(api):
    stop = asyncio.Event()
    worker = asyncio.create_task(Worker(api.database, api.settings).run_forever(stop))
    started = utcnow().timestamp()
    for _ in range(300):  # its first pass runs the scheduled jobs first: wait for it
        heartbeat = Scrape.parse(render([]).decode()).all("fpwork_worker_last_pass_timestamp_seconds")
        if heartbeat and heartbeat[0][1] >= started:
            break
        await asyncio.sleep(0.2)
    stop.set()
    await worker
    assert (await api.client.get("/readyz")).status_code == 200
    scrape = await _scrape(api)
    settings = get_settings()
    capacity = scrape.value("fpwork_db_pool_connections_max")
    if get_database().engine.dialect.name == "postgresql":
        assert capacity >= settings.db_pool_size + settings.db_max_overflow
    assert 0 <= scrape.value("fpwork_db_pool_connections_in_use") <= max(capacity, 1)
    assert scrape.value("fpwork_api_requests_in_flight") == 0
    heartbeat = scrape.value("fpwork_worker_last_pass_timestamp_seconds")
    assert abs(heartbeat - utcnow().timestamp()) < 60
    disks = scrape.all("fpwork_disk_free_bytes")
    assert {labels["path"] for labels, _ in disks} >= {"data", "tmp", "metrics"}
    for labels, free in disks:
        assert 0 < free <= scrape.value("fpwork_disk_total_bytes", path=labels["path"])
