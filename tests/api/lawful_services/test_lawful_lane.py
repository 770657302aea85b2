"""The lawful-services reads on the read lane answer exactly as FastAPI does for the same routes
(app with FPW_READ_LANE=false): good and bad parameters, other callers, no token. The single
request read is on the lane, and /statistics, declared before its template, is shown to stay
FastAPI's."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models.core.family import Child, Family
from tests.api.read_helpers import lane_answers_as_fastapi
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
REQUESTS = "/api/v1/service-requests"


async def _filed(api) -> dict:
    community = (await org_ids(api))["community-a"]
    async with api.session() as session:
        one_child = select(Child.family_id).group_by(Child.family_id).having(func.count() == 1)
        stmt = select(Family.id).where(Family.community_id == community, Family.id.in_(one_child))
        family_id = (await session.execute(stmt.order_by(Family.id).limit(1))).scalar_one()
    body = {
        "service_type": "birth_registration",
        "family_id": family_id,
        "materials": [{"code": "wife_id_card"}],
    }
    response = await api.post("community-a", REQUESTS, body)
    assert response.status_code == 201, response.text
    assert (await api.post("community-a", f"{REQUESTS}/{response.json()['id']}/return")).status_code == 200
    return response.json()


async def test_the_lane_and_fastapi_answer_alike(api):

    filed = await _filed(api)
    first = (await api.get("street", REQUESTS, params={"limit": 1})).json()
    policies = (await api.get("street", "/api/v1/policies", params={"limit": 2})).json()
    lists = [
        {},
        {"limit": 1},
        {"limit": 1, "cursor": first["next_cursor"] or ""},
        {"state": "returned"},
        {"overdue": "false", "service_type": "birth_registration"},
        {"submitted_from": "2020-01-02", "submitted_to": "2020-01-01"},
        {"updated_since": "2000-01-01T00:00:00Z", "limit": 3},
        {"limit": 0},
        {"limit": 101},
        {"cursor": "not-a-cursor"},
        {"state": "bogus"},
        {"service_type": "BAD"},
        {"org_id": 0},
        {"family_id": "x"},
        {"overdue": "maybe"},
        {"submitted_from": "yesterday"},
    ]
    cases = [(user, REQUESTS, p) for user in ("community-a", "street") for p in lists]
    cases += [("community-b", f"{REQUESTS}/overdue", {}), ("street", f"{REQUESTS}/overdue", {"limit": 0})]
    cases += [("district", f"{REQUESTS}/overdue", {"cursor": "bad"})]
    policy_lists = [
        {},
        {"limit": 2, "cursor": policies["next_cursor"]},
        {"q": "生育", "category": "birth"},
        {"q": "!!!"},
        {"status": "draft"},
        {"in_force_on": "2020-01-01"},
        {"status": "bogus"},
        {"limit": 101},
        {"cursor": "x"},
        {"effective_from": "2020-13-01"},
    ]
    cases += [("community-a", "/api/v1/policies", p) for p in policy_lists]
    cases += [(None, "/api/v1/public/policies", p) for p in policy_lists if "status" not in p]
    for policy_id in ("1", "2", "999999", "0", "x"):
        for path in ("/api/v1/policies/{}", "/api/v1/policies/{}/versions", "/api/v1/policies/{}/versions/1"):
            cases.append(("community-a", path.format(policy_id), {}))
        cases += [
            (None, f"/api/v1/public/policies/{policy_id}", {}),
            (None, f"/api/v1/public/policies/{policy_id}/versions", {}),
        ]
    cases += [
        ("street", "/api/v1/policies/1/versions/x", {}),
        ("street", "/api/v1/policies/1/versions/9", {}),
    ]
    cases += [
        ("street", "/api/v1/service-types", p)
        for p in ({}, {"include_inactive": "true"}, {"include_inactive": "maybe"})
    ]
    cases += [("street", f"/api/v1/service-types/{i}", {}) for i in ("1", "999999", "0", "x")]
    cases += [(None, "/api/v1/public/service-types", {})]
    family = str(filed["family_id"])
    cases += [
        (u, f"/api/v1/families/{i}/documents", {})
        for u in ("community-a", "community-b")
        for i in (family, "0", "x")
    ]
    code = filed["tracking_code"]
    cases += [
        (None, f"/api/v1/public/service-requests/{c}", {})
        for c in (code, code.lower(), "AAAAAAAAAAAA", "short")
    ]
    laned = [(None, path, p) for _, path, p in cases[:: max(1, len(cases) // 12)]]  # and without a token
    laned += [(None, "/api/v1/policies", {"limit": "abc"}), ("unit", REQUESTS, {})]
    cases += [
        (user, f"{REQUESTS}/{i}", {})
        for user in ("community-a", "community-b")
        for i in (filed["id"], 0, "x")
    ]
    unrouted = [
        ("street", f"{REQUESTS}/statistics", {}),
        ("street", f"{REQUESTS}/statistics", {"submitted_from": "x"}),
    ]
    statuses = await lane_answers_as_fastapi(
        api, [*cases, *laned, *((user, path, params, {}, False) for user, path, params in unrouted)]
    )
    assert {200, 401, 403, 404, 422} <= statuses
