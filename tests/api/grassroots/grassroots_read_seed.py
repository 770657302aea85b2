"""Rows for the grassroots read tests, made through the API on top of the demo: the demo holds no care
case and one branch, member, agreement and demonstration, too few to walk in several pages."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.clock import today
from tests.api.leadership.leadership_helpers import new_family
from tests.conftest import Api
from tests.demo_ids import org_ids

SEEDED_ON = date(2019, 12, 20)
CASES = "/api/v1/care-cases"


async def _ok(response: Any, status: int = 201) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


async def _bereaved_family(api: Api, user: str, community_id: int) -> int:
    """A new family whose only child has died: the records suggest it for care."""
    family_id = await new_family(api, user, community_id, [(date(2000, 3, 1), "male", False)])
    child = (await api.get(user, f"/api/v1/families/{family_id}/children")).json()[0]
    url = f"/api/v1/families/{family_id}/children/{child['id']}"
    await _ok(await api.patch(user, url, {"status": "deceased", "deceased_on": "2018-01-01"}), 200)
    return family_id


async def seed(api: Api) -> None:
    """Care cases (open, paired, closed) with visits and assistance, suggestions left over, branches,
    members, agreements with reviews and demonstrations with scores, in several orgs."""
    ids = await org_ids(api)
    api.app.dependency_overrides[today] = lambda: SEEDED_ON
    try:
        await _care(api, ids)
        await _association(api, ids)
        await _demonstrations(api, ids)
    finally:
        api.app.dependency_overrides.pop(today, None)


async def _care(api: Api, ids: dict[str, int]) -> None:
    for user in ("community-a", "community-a", "community-b", "community-b", "community-b"):
        await _bereaved_family(api, user, ids[user])
    suggested = (await api.get("street", f"{CASES}/suggestions", params={"limit": 100})).json()["items"]
    # only the bereaved are opened here: the disabled only child's family stays a suggestion
    bereaved = [s for s in suggested if s["kind"] == "bereaved"]
    a_family = [s for s in bereaved if s["community_id"] == ids["community-a"]]
    b_family = [s for s in bereaved if s["community_id"] == ids["community-b"]]
    worker = (
        await api.get("community-a", "/api/v1/workers", params={"serving_on": SEEDED_ON.isoformat()})
    ).json()["items"][0]
    cases = []
    for user, suggestion in (
        ("community-a", a_family[0]),
        ("community-a", a_family[1]),
        ("community-b", b_family[0]),
        ("community-b", b_family[1]),
    ):
        body = {"family_id": suggestion["family_id"], "kind": suggestion["kind"]}
        cases.append((user, await _ok(await api.post(user, CASES, body))))
    other = {"family_id": a_family[2]["family_id"], "kind": "other_need", "reason": "老人独居，需要照看"}
    cases.append(("community-a", await _ok(await api.post("community-a", CASES, other))))
    (_, first), (_, second), (_, third), (_, fourth), _ = cases
    for case, every in ((first, 90), (second, 30)):
        url = f"{CASES}/{case['id']}/pair"
        headers = {"If-Match": f'"{case["version"]}"'}
        await _ok(
            await api.post(
                "community-a", url, {"worker_id": worker["id"], "visit_every_days": every}, headers=headers
            ),
            200,
        )
    for case, visited_on in ((first, "2019-11-02"), (second, "2019-06-01")):
        body = {"visited_on": visited_on, "worker_id": worker["id"], "notes": "入户走访"}
        await _ok(await api.post("community-a", f"{CASES}/{case['id']}/visits", body))
    closing = await api.post(
        "community-b",
        f"{CASES}/{fourth['id']}/close",
        {"reason": "家庭迁出"},
        headers={"If-Match": f'"{fourth["version"]}"'},
    )
    await _ok(closing, 200)
    gifts = [
        (
            first,
            "community-a",
            {"given_on": "2019-06-01", "kind": "money", "amount_fen": 50000, "description": "慰问金"},
        ),
        (
            first,
            "community-a",
            {"given_on": "2019-09-09", "kind": "goods", "amount_fen": 0, "description": "米、油"},
        ),
        (
            first,
            "community-a",
            {"given_on": "2019-10-01", "kind": "service", "amount_fen": 1200, "description": "陪同就医"},
        ),
        (
            second,
            "community-a",
            {"given_on": "2019-07-07", "kind": "money", "amount_fen": 20000, "description": "节日慰问"},
        ),
        (
            third,
            "community-b",
            {"given_on": "2019-08-08", "kind": "goods", "amount_fen": 3000, "description": "生活用品"},
        ),
        (
            third,
            "community-b",
            {"given_on": "2019-08-09", "kind": "service", "amount_fen": 0, "description": "心理疏导"},
        ),
    ]
    for case, user, body in gifts:
        await _ok(await api.post(user, f"{CASES}/{case['id']}/assistance", body))


async def _association(api: Api, ids: dict[str, int]) -> None:
    branches = "/api/v1/association/branches"
    b_branch = await _ok(
        await api.post("community-b", branches, {"org_id": ids["community-b"], "name": "较场口社区计生协会"})
    )
    await _ok(
        await api.post(
            "unit", branches, {"org_id": ids["unit"], "name": "商圈计生协", "founded_on": "2010-05-29"}
        )
    )
    a_branch = (await api.get("community-a", branches)).json()["items"][0]
    members = "/api/v1/association/members"
    for user, branch, role in (
        ("community-b", b_branch, "chair"),
        ("community-b", b_branch, "member"),
        ("community-a", a_branch, "vice_chair"),
        ("community-a", a_branch, "member"),
    ):
        residents = (await api.get(user, "/api/v1/residents", params={"limit": 5})).json()["items"]
        resident = residents[1 if role == "member" else 0]
        body = {
            "branch_id": branch["id"],
            "resident_id": resident["id"],
            "joined_on": "2019-05-29",
            "role": role,
        }
        await _ok(await api.post(user, members, body))
    agreements = "/api/v1/integrity-agreements"
    signed = []
    for user, index, signed_on, term in (
        ("community-b", 0, "2019-03-01", 3),
        ("community-b", 1, "2018-01-15", 1),
        ("community-a", 3, "2019-07-01", 5),
    ):
        family = (await api.get(user, "/api/v1/families", params={"limit": 5})).json()["items"][index]
        body = {
            "family_id": family["id"],
            "signed_on": signed_on,
            "term_years": term,
            "commitments": ["依法生育", '"如实" \\ 提供'],
        }
        signed.append((user, await _ok(await api.post(user, agreements, body))))
    demo_agreement = (await api.get("community-a", agreements)).json()["items"][0]
    reviews = [
        ("community-a", demo_agreement, {"year": 2019, "outcome": "kept"}),
        (*signed[2], {"year": 2019, "outcome": "broken", "reason": "未按时参加孕检"}),
        (*signed[0], {"year": 2019, "outcome": "kept"}),
        (*signed[1], {"year": 2018, "outcome": "kept"}),
    ]
    for user, agreement, body in reviews:
        await _ok(await api.post(user, f"{agreements}/{agreement['id']}/reviews", body))


async def _demonstrations(api: Api, ids: dict[str, int]) -> None:
    demos = "/api/v1/demonstrations"
    made = []
    for org, theme, year in (
        ("community-b", "floating_population", 2019),
        ("community-a", "floating_population", 2020),
        ("community-b", "publicity", 2021),
    ):
        body = {
            "org_id": ids[org],
            "theme": theme,
            "year": year,
            "pass_score": 80,
            "criteria": [
                {"title": "流动人口信息采集及时", "weight": 60},
                {"title": "均等化服务台账", "weight": 40},
            ],
        }
        made.append(await _ok(await api.post("street", demos, body)))
    first = made[0]
    c1, c2 = (c["id"] for c in first["criteria"])
    selfed = await api.post(
        "community-b",
        f"{demos}/{first['id']}/self-assessment",
        {
            "scores": [
                {
                    "criterion_id": c1,
                    "score": 58,
                    "evidence_links": ["https://example.org/evidence/ledger.pdf", "https://example.org/b"],
                },
                {"criterion_id": c2, "score": 38},
            ]
        },
        headers={"If-Match": f'"{first["version"]}"'},
    )
    selfed_body = await _ok(selfed, 200)
    assessed = await api.post(
        "street",
        f"{demos}/{first['id']}/assessment",
        {"scores": [{"criterion_id": c1, "score": 45}, {"criterion_id": c2, "score": 30}]},
        headers={"If-Match": f'"{selfed_body["version"]}"'},
    )
    await _ok(assessed, 200)
