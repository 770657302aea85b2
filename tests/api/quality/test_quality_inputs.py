"""Bad input to the quality-services endpoints is a 422 problem, never a 500, and writes nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.models.core.partner import Partner
from tests.api.quality.contraceptive_setup import point_ids

pytestmark = pytest.mark.asyncio
HUGE = 2**64


@pytest.mark.parametrize(
    "path",
    [
        f"/api/v1/partners/{HUGE}",
        f"/api/v1/screenings/{HUGE}",
        f"/api/v1/referrals/{HUGE}",
        f"/api/v1/distribution-points/{HUGE}/thresholds",
        f"/api/v1/stock?product_id={HUGE}",
        f"/api/v1/referrals?partner_id={HUGE}",
        "/api/v1/reports/stock-outs?date_from=2019-01-01&date_to=9999-12-31",
        "/api/v1/stock/alerts/expiring?cursor=bm9wZQ",
    ],
)
async def test_out_of_range_reads_are_422(api, path):
    response = await api.get("street", path)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"


async def test_out_of_range_ids_and_unstorable_text_in_bodies_are_422(api):
    points = await point_ids(api)
    async with api.session() as session:
        before = (await session.execute(select(func.count()).select_from(Partner))).scalar_one()
    cases = [
        (
            "/api/v1/referrals",
            {"resident_id": 1, "partner_id": HUGE, "reason": "x", "follow_up_due_on": "2099-01-01"},
        ),
        ("/api/v1/partners", {"name": "诊所\u0000", "kind": "clinic", "org_id": 1}),
        ("/api/v1/partners", {"name": "诊所\ud800", "kind": "clinic", "org_id": 1}),
        ("/api/v1/partners", {"name": "诊所", "kind": "clinic", "org_id": 1, "services": ["a\u0000"]}),
        ("/api/v1/dispensations", {"point_id": points["station-a"], "product_id": HUGE}),
        (
            "/api/v1/stock-movements",
            {
                "kind": "receipt",
                "point_id": points["station-a"],
                "product_id": 1,
                "batch_no": "\u0000",
                "expires_on": "2099-01-01",
                "quantity": 1,
            },
        ),
    ]
    for path, body in cases:
        # json.dumps escapes a lone surrogate as \\ud800, as a client's JSON encoder may
        response = await api.client.post(
            path,
            content=json.dumps(body).encode(),
            headers={**await api.headers("street"), "Content-Type": "application/json"},
        )
        assert response.status_code == 422, (path, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    async with api.session() as session:
        after = (await session.execute(select(func.count()).select_from(Partner))).scalar_one()
    assert after == before
