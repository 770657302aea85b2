"""Reproductive Care projects (issue 29, point 7), walked as the street and community A's officer:
a project with its aim, budget and intended beneficiaries, care cases joining it, an activity run
under it, its results written, and the annual report counting it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from app.clock import today
from tests.conftest import Api
from tests.demo_ids import org_ids
from tests.factories import new_id_number, resident_body

PROJECTS = "/api/v1/care-projects"
CASES = "/api/v1/care-cases"
TODAY = date(2019, 11, 20)


@pytest.fixture(autouse=True)
def fixed_day(api: Api) -> Iterator[None]:
    api.app.dependency_overrides[today] = lambda: TODAY
    yield
    api.app.dependency_overrides.pop(today, None)


async def _ok(response: Any, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json()


async def _case(api: Api, user: str, community: str) -> int:
    ids = await org_ids(api)
    body = resident_body(ids[community], id_number=new_id_number(date(1988, 4, 4), male=False))
    resident = await _ok(await api.post(user, "/api/v1/residents", body))
    case = await _ok(await api.post(user, CASES, {"resident_id": resident["id"], "kind": "childbearing_age"}))
    return int(case["id"])


def _project(org_id: int, **extra: Any) -> dict[str, Any]:
    return {
        "org_id": org_id,
        "year": 2019,
        "name": "育龄妇女“暖心助孕”关怀项目",
        "aim": "为困难育龄妇女提供孕前检查交通补助和上门健康指导",
        "beneficiaries": "辖区困难育龄妇女",
        "beneficiary_target": 10,
        "budget_fen": 2_000_000,
        **extra,
    }


async def test_a_care_project_from_aim_to_results_in_the_annual_report(api: Api) -> None:
    ids = await org_ids(api)
    project = await _ok(await api.post("street", PROJECTS, _project(ids["street"])))
    assert (project["status"], project["beneficiaries_reached"], project["spent_fen"]) == ("under_way", 0, 0)
    first, second = (
        await _case(api, "community-a", "community-a"),
        await _case(api, "community-b", "community-b"),
    )
    for case_id in (first, second):
        await _ok(await api.post("street", f"{PROJECTS}/{project['id']}/beneficiaries", {"id": case_id}), 200)
    again = await api.post("street", f"{PROJECTS}/{project['id']}/beneficiaries", {"id": first})
    assert again.status_code == 409, again.text
    await _ok(
        await api.post(
            "community-a",
            f"{CASES}/{first}/assistance",
            {
                "given_on": "2019-11-18",
                "kind": "money",
                "amount_fen": 30000,
                "description": "孕前检查交通补助",
            },
        )
    )
    lecture = await _ok(
        await api.post(
            "community-a",
            "/api/v1/activities",
            {
                "org_id": ids["community-a"],
                "kind": "lecture",
                "title": "孕前优生健康讲座",
                "held_on": "2019-11-15",
                "care_action": True,
            },
        )
    )
    linked = await _ok(
        await api.post("street", f"{PROJECTS}/{project['id']}/activities", {"id": lecture["id"]}), 200
    )
    assert (linked["beneficiaries_reached"], linked["spent_fen"], linked["activities_held"]) == (2, 30000, 1)
    results = "10月至11月为2名困难育龄妇女提供补助和健康指导，举办讲座1场"
    done = await _ok(
        await api.post(
            "street",
            f"{PROJECTS}/{project['id']}/complete",
            {"completed_on": "2019-11-19", "results": results},
        ),
        200,
    )
    assert (done["status"], done["results"], done["completed_on"]) == ("completed", results, "2019-11-19")
    late = await api.post("street", f"{PROJECTS}/{project['id']}/beneficiaries", {"id": first})
    assert late.status_code == 409, late.text
    read = await _ok(await api.get("street", f"{PROJECTS}/{project['id']}"), 200)
    assert (read["beneficiaries_reached"], read["spent_fen"], read["activities_held"]) == (2, 30000, 1)

    report = await _ok(
        await api.get("street", "/api/v1/reports/annual", params={"org_id": ids["street"], "year": 2019}), 200
    )
    care = next(s for s in report["sections"] if s["code"] == "care")
    values = {f["code"]: f["value"] for f in care["figures"]}
    assert values["grassroots.care_projects_completed"] == 1.0
    assert values["grassroots.care_project_beneficiaries"] == 2.0
    assert values["grassroots.care_project_spent_fen"] == 30000.0


async def test_a_community_runs_its_own_project_within_its_area(api: Api) -> None:
    ids = await org_ids(api)
    outside = await api.post("community-a", PROJECTS, _project(ids["community-b"]))
    assert outside.status_code == 404, outside.text
    unit = await api.post("street", PROJECTS, _project(ids["unit"]))
    assert unit.status_code == 422, unit.text
    own = await _ok(
        await api.post("community-a", PROJECTS, _project(ids["community-a"], name="社区计生专干关怀"))
    )
    theirs = await _case(api, "community-b", "community-b")
    # The street may see community B's case, but it lies outside community A's project.
    refused = await api.post("street", f"{PROJECTS}/{own['id']}/beneficiaries", {"id": theirs})
    assert refused.status_code == 422, refused.text
    early = await api.post(
        "community-a", f"{PROJECTS}/{own['id']}/complete", {"completed_on": "2019-12-01", "results": "x"}
    )
    assert early.status_code == 422, early.text
    hidden = await api.get("community-b", f"{PROJECTS}/{own['id']}")
    assert hidden.status_code == 404, hidden.text
    listed = await _ok(await api.get("community-b", PROJECTS), 200)
    assert own["id"] not in {p["id"] for p in listed["items"]}
    mine = await _ok(await api.get("community-a", PROJECTS, params={"year": 2019}), 200)
    assert own["id"] in {p["id"] for p in mine["items"]}
