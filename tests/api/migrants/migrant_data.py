"""Rows for the migrants area's read tests (the demo holds none): migrants in every state at two
communities and a unit, services, hand-overs, exchange messages both ways, webhook subscriptions
with deliveries and import jobs with per-row reports."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from app.models.core.outbox import OutboxEvent
from app.models.core.resident import Resident
from app.models.migrants.imports import ImportFormat, ImportJob, ImportKind, ImportMode, ImportStatus
from app.models.migrants.migrant import CertificateStatus, Migrant, MigrantStatus, PermitStatus
from app.models.migrants.webhook import DeliveryStatus, WebhookDelivery, WebhookSubscription
from tests.conftest import Api
from tests.demo_ids import org_ids
from tests.factories import resident_body

OUTSIDE = "500101001001"  # a household registration outside the district


async def _ok(response: Any, status: int = 201) -> dict:
    assert response.status_code == status, response.text
    return response.json()


async def _arrive(api: Api, user: str, community: str, arrival: str, **extra: Any) -> dict:
    ids = await org_ids(api)
    body = resident_body(ids[community], household_division_code=OUTSIDE, **extra)
    resident = await _ok(await api.post(user, "/api/v1/residents", body))
    body = {"resident_id": resident["id"], "arrival_date": arrival, "address": "幸福路12号"}
    return await _ok(await api.post(user, "/api/v1/migrants", body))


async def _step(api: Api, user: str, migrant: dict, path: str, body: dict | None = None) -> dict:
    current = (await api.get(user, f"/api/v1/migrants/{migrant['id']}")).json()
    response = await api.post(
        user,
        f"/api/v1/migrants/{migrant['id']}/{path}",
        body,
        headers={"If-Match": f'"{current["version"]}"'},
    )
    return await _ok(response, 200)


_SEEDED: set[str] = set()


async def seeded(api: Api) -> None:
    """:func:`seed`, once per module's database."""
    if api.url not in _SEEDED:
        _SEEDED.add(api.url)
        await seed(api)


async def seed(api: Api) -> None:
    """Everything the area's lists show, made once per module (the clock at 2026-03-10)."""
    ids = await org_ids(api)
    a = [
        await _arrive(api, "community-a", "community-a", day)
        for day in ("2025-06-01", "2025-08-15", "2026-01-20", "2026-03-01")
    ]
    b = [await _arrive(api, "community-b", "community-b", day) for day in ("2025-07-01", "2026-02-02")]
    u = await _arrive(api, "street", "community-a", "2025-09-09", employer_unit_id=ids["unit"])
    await _step(
        api,
        "community-a",
        a[0],
        "certificate",
        {"number": "渝1", "issuer": "某地", "issued_on": "2025-06-10"},
    )
    await _step(api, "community-a", a[0], "certificate/verify")
    await _step(api, "community-a", a[1], "permit/apply", {"on": "2025-08-20"})
    await _step(api, "community-a", a[1], "permit/issue", {"on": "2025-08-25", "expires_on": "2026-03-30"})
    await _step(api, "community-b", b[0], "permit/apply", {"on": "2025-07-05"})
    await _step(api, "community-b", b[0], "permit/issue", {"on": "2025-07-10", "expires_on": "2027-07-10"})
    await _step(api, "community-a", a[2], "depart", {"departed_on": "2026-03-05", "destination": "成都"})
    await _step(api, "unit", u, "certificate", {"number": "渝2", "issuer": "外地", "issued_on": "2025-10-01"})
    for user, migrant, kind, day in (
        ("community-a", a[0], "health_record", "2025-07-01"),
        ("community-a", a[0], "health_education", "2025-07-01"),
        ("community-a", a[0], "family_planning", "2025-06-15"),
        ("community-a", a[1], "contraceptives", "2025-09-01"),
        ("community-b", b[0], "health_record", "2025-08-01"),
        ("unit", u, "health_education", "2025-12-01"),
    ):
        body = {"kind": kind, "delivered_on": day, "note": "说明" if kind == "health_record" else None}
        await _ok(await api.post(user, f"/api/v1/migrants/{migrant['id']}/services", body))
    transfers = []
    for user, migrant, to in (
        ("community-a", a[1], "community-b"),
        ("community-a", a[3], "community-b"),
        ("community-b", b[1], "community-a"),
        ("community-b", b[0], "community-c"),
    ):
        body = {"migrant_id": migrant["id"], "to_community_id": ids[to], "new_address": "和平路8号"}
        transfers.append(await _ok(await api.post(user, "/api/v1/migrant-transfers", body)))
    for user, transfer, action in (
        ("community-b", transfers[0], "decline"),
        ("community-b", transfers[2], "cancel"),
    ):
        etag = f'"{transfer["version"]}"'
        body = {"reason": "地址不符"}
        await _ok(
            await api.post(
                user, f"/api/v1/migrant-transfers/{transfer['id']}/{action}", body, headers={"If-Match": etag}
            ),
            200,
        )
    url = "/api/v1/exchange/messages"
    for user, body in (
        (
            "community-a",
            {
                "kind": "verification_request",
                "counterpart_region": "510104",
                "migrant_id": a[0]["id"],
                "started_on": "2026-01-05",
                "body": {"问": "核实", "n": [1, 2]},
            },
        ),
        ("community-a", {"kind": "arrival_notice", "counterpart_region": "440524", "migrant_id": a[1]["id"]}),
        (
            "community-b",
            {"kind": "verification_request", "counterpart_region": "320102", "started_on": "2026-03-09"},
        ),
        (
            "street",
            {"kind": "departure_notice", "counterpart_region": "410102", "body": {"z": None, "a": "b"}},
        ),
    ):
        await _ok(await api.post(user, url, body))
    queued = (await api.get("district", url, params={"limit": 100})).json()["items"]
    await _ok(await api.post("integration", f"{url}/collect", {"ids": [queued[0]["id"]]}), 200)
    for n, org in enumerate(("community-a", "community-b", "street", "community-c")):
        notice = {
            "sender_message_id": f"ext-{n}",
            "kind": "arrival_notice",
            "counterpart_region": "510104",
            "org_id": ids[org],
            "body": {"k": n},
        }
        await _ok(await api.post("integration", f"{url}/inbound", notice))
    await _rows(api, ids)


async def _rows(api: Api, ids: dict[str, int]) -> None:
    """Webhook subscriptions, deliveries and import jobs, written directly (no worker runs here)."""
    at = datetime(2026, 3, 9, 8, 30, 15, 123456, tzinfo=UTC)
    async with api.session() as session:
        # a migrant of the other street (community-c has no demo worker): outside the street's scope
        resident = (
            await session.execute(
                select(Resident).where(Resident.community_id == ids["community-c"]).limit(1)
            )
        ).scalar_one()
        session.add(
            Migrant(
                resident_id=resident.id,
                household_division_code=OUTSIDE,
                household_province=OUTSIDE[:2],
                arrival_date=date(2025, 5, 5),
                community_id=ids["community-c"],
                address="远方路1号",
                certificate_status=CertificateStatus.missing,
                certificate_due_on=date(2025, 6, 4),
                status=MigrantStatus.present,
                permit_status=PermitStatus.none,
            )
        )
        events = (
            await session.execute(select(OutboxEvent.id, OutboxEvent.topic).order_by(OutboxEvent.id))
        ).all()
        subscriptions = []
        for org, active, types in (
            ("district", True, ["migrant.arrived", "migrant.departed"]),
            ("street", True, ["migrant.arrived"]),
            ("street", False, []),
            ("district", True, ["migrant.departed"]),
        ):
            sub = WebhookSubscription(
                org_id=ids[org],
                url=f"https://{org}.example.cn/hook",
                description=None if active else "停用",
                event_types=types,
                secret_enc="x",
                active=active,
            )
            session.add(sub)
            subscriptions.append(sub)
        await session.flush()
        for n, (event_id, topic) in enumerate(events):
            for sub in subscriptions[: 1 + n % 2]:
                status = list(DeliveryStatus)[n % 3]
                session.add(
                    WebhookDelivery(
                        subscription_id=sub.id,
                        event_id=event_id,
                        message_id=f"msg_{n}_{sub.id}",
                        event_type=topic,
                        payload={"n": n, "名": "值", "nested": {"b": 1, "a": [True, None]}},
                        status=status,
                        attempts=n % 4,
                        next_attempt_at=at + timedelta(minutes=n),
                        last_status_code=500 if status is DeliveryStatus.failed else None,
                        last_error="timeout" if status is DeliveryStatus.failed else None,
                        delivered_at=at if status is DeliveryStatus.delivered else None,
                        created_at=at - timedelta(hours=n),
                    )
                )
        for n, (org, status) in enumerate(
            (
                ("district", ImportStatus.done),
                ("street", ImportStatus.rejected),
                ("street", ImportStatus.queued),
                ("district", ImportStatus.running),
                ("street", ImportStatus.done),
            )
        ):
            errors = [
                {
                    "row": r,
                    "errors": [{"field": "id_number", "msg": "校验位错误"}, {"field": "name", "msg": "x"}],
                }
                for r in range(1, n % 3 + 1)
            ]
            session.add(
                ImportJob(
                    org_id=ids[org],
                    kind=list(ImportKind)[n % 2],
                    format=list(ImportFormat)[n % 2],
                    mode=list(ImportMode)[n % 2],
                    status=status,
                    total_rows=10 * n,
                    rows_done=5 * n,
                    created=n,
                    updated=n // 2,
                    unchanged=1,
                    failed=n % 3,
                    errors=errors,
                    error="bad header" if status is ImportStatus.rejected else None,
                    finished_at=at if status in (ImportStatus.done, ImportStatus.rejected) else None,
                )
            )
        await session.commit()
