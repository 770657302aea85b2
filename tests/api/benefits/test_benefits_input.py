"""Bad input is a 4xx problem, never a 500, and leaves nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models.benefits.benefit import BenefitApplication
from tests.api.benefits.benefit_helpers import program_ids, showcase_family

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("method", "path", "body", "status"),
    [
        ("post", "/api/v1/benefit-applications", {"program_id": 999999, "family_id": 1}, 404),
        ("post", "/api/v1/benefit-applications", {"program_id": "x", "family_id": 1}, 422),
        ("post", "/api/v1/benefit-applications", {"program_id": 1, "family_id": 1, "surprise": 1}, 422),
        (
            "post",
            "/api/v1/benefit-applications",
            {"program_id": 1, "family_id": 1, "materials": [1, {}]},
            422,
        ),
        ("post", "/api/v1/benefit-applications/999999/review", {"decision": "approve"}, 404),
        ("post", "/api/v1/benefit-applications/1/review", {"decision": "maybe"}, 422),
        ("post", "/api/v1/benefit-applications/1/review", {"decision": "approve", "notice_days": 3}, 422),
        (
            "post",
            "/api/v1/benefit-applications/1/review",
            {"decision": "approve", "missing_materials": ["id_card"]},
            422,
        ),
        ("post", "/api/v1/benefit-programs/1/eligibility-check", {"family_id": 999999}, 404),
        (
            "post",
            "/api/v1/benefit-programs/1/eligibility-check",
            {"family_id": 1, "reference_date": "2019-02-30"},
            422,
        ),
        ("post", "/api/v1/payment-batches", {"program_id": 1, "period": "June"}, 422),
        ("post", "/api/v1/payment-batches", {"program_id": 999999, "period": "2019-06"}, 404),
        ("get", "/api/v1/benefit-applications?cursor=not-a-cursor", None, 422),
        ("get", "/api/v1/benefit-applications?status=approved", None, 422),
        ("post", "/api/v1/reverifications", {"year": 2019, "deadline": "yesterday"}, 422),
        ("post", "/api/v1/benefit-enrolments/999999/end", {"reason": "x"}, 404),
    ],
)
async def test_bad_requests_are_problems_not_500s(api, method, path, body, status):
    async with api.session() as session:
        before = (await session.execute(select(func.count()).select_from(BenefitApplication))).scalar_one()
    user = "street" if "payment" in path or "reverif" in path or "enrolments" in path else "community-a"
    if method == "get":
        response = await api.get(user, path)
    else:
        response = await api.post(user, path, body)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert "Traceback" not in response.text
    async with api.session() as session:
        after = (await session.execute(select(func.count()).select_from(BenefitApplication))).scalar_one()
    assert after == before


async def test_tokens_and_permissions(api):
    programs = await program_ids(api)
    family = await showcase_family(api, "special_support_death")
    body = {"program_id": programs["special_support_death"], "family_id": family}
    assert (await api.client.post("/api/v1/benefit-applications", json=body)).status_code == 401
    assert (await api.client.get("/api/v1/benefit-applications")).status_code == 401
    # the district integration account reads but cannot apply
    assert (await api.post("integration", "/api/v1/benefit-applications", body)).status_code == 403
    assert (await api.get("integration", "/api/v1/benefit-applications")).status_code == 200
    # the street reviews but does not open applications
    assert (await api.post("street", "/api/v1/benefit-applications", body)).status_code == 403
    # objections need no token, but the notice must exist
    missing = await api.client.post(
        "/api/v1/public-notices/999999/objections", json={"entry_id": 1, "reason": "没有这个公示"}
    )
    assert missing.status_code == 404
