"""Demonstration communities: self-assessment, street assessment, naming and revoking."""

from __future__ import annotations

from sqlalchemy import select

from app.models.core.audit import AuditEvent
from tests.demo_ids import org_ids

DEMOS = "/api/v1/demonstrations"


async def test_demonstration_walk(api):
    ids = await org_ids(api)
    body = {
        "org_id": ids["community-b"],
        "theme": "floating_population",
        "year": 2019,
        "pass_score": 80,
        "criteria": [
            {"title": "流动人口信息采集及时", "weight": 60},
            {"title": "均等化服务台账", "weight": 40},
        ],
    }
    assert (await api.post("community-b", DEMOS, body)).status_code == 403
    bad = {**body, "criteria": [{"title": "x", "weight": 60}]}
    assert (await api.post("street", DEMOS, bad)).status_code == 422
    created = await api.post("street", DEMOS, body)
    assert created.status_code == 201, created.text
    demo = created.json()
    assert demo["status"] == "candidate" and demo["self_total"] is None
    assert (await api.post("street", DEMOS, body)).status_code == 409
    c1, c2 = (c["id"] for c in demo["criteria"])
    url = f"{DEMOS}/{demo['id']}"

    early = await api.post(
        "street",
        f"{url}/assessment",
        {"scores": [{"criterion_id": c1, "score": 50}, {"criterion_id": c2, "score": 30}]},
    )
    assert early.status_code == 409 and early.json()["current_state"] == "candidate"
    too_high = await api.post(
        "community-b",
        f"{url}/self-assessment",
        {"scores": [{"criterion_id": c1, "score": 61}, {"criterion_id": c2, "score": 30}]},
    )
    assert too_high.status_code == 422
    missing = await api.post(
        "community-b", f"{url}/self-assessment", {"scores": [{"criterion_id": c1, "score": 50}]}
    )
    assert missing.status_code == 422
    assert (
        await api.post(
            "community-a",
            f"{url}/self-assessment",
            {"scores": [{"criterion_id": c1, "score": 1}, {"criterion_id": c2, "score": 1}]},
        )
    ).status_code == 404
    selfed = await api.post(
        "community-b",
        f"{url}/self-assessment",
        {
            "scores": [
                {
                    "criterion_id": c1,
                    "score": 58,
                    "evidence_links": ["https://example.org/evidence/ledger.pdf"],
                },
                {"criterion_id": c2, "score": 38},
            ]
        },
    )
    assert selfed.status_code == 200, selfed.text
    assert selfed.json()["status"] == "self_assessed" and selfed.json()["self_total"] == 96

    assessed = await api.post(
        "street",
        f"{url}/assessment",
        {"scores": [{"criterion_id": c1, "score": 45}, {"criterion_id": c2, "score": 30}]},
    )
    assert assessed.json()["status"] == "assessed" and assessed.json()["street_total"] == 75
    below = await api.post("street", f"{url}/name")
    assert below.status_code == 409
    assessed = await api.post(
        "street",
        f"{url}/assessment",
        {"scores": [{"criterion_id": c1, "score": 52}, {"criterion_id": c2, "score": 32}]},
    )
    named = await api.post("street", f"{url}/name")
    assert named.status_code == 200 and named.json()["status"] == "named"
    assert (await api.post("street", f"{url}/revoke", {})).status_code == 422
    revoked = await api.post("street", f"{url}/revoke", {"reason": "复核发现台账不实"})
    assert revoked.json()["status"] == "revoked"
    assert (await api.post("street", f"{url}/name")).status_code == 409

    workflows = (await api.client.get("/api/v1/meta/workflows")).json()
    assert {"demonstration", "feedback", "care_case", "activity"} <= set(workflows)

    async with api.session() as session:
        actions = list(
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(AuditEvent.object_type == "demonstration", AuditEvent.object_id == str(demo["id"]))
                    .order_by(AuditEvent.id)
                )
            ).scalars()
        )
    assert actions == [
        "demonstration.created",
        "demonstration.self_assessed",
        "demonstration.assessed",
        "demonstration.assessed",
        "demonstration.named",
        "demonstration.revoked",
    ]
