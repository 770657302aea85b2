"""Work style (作风建设), the three activities (三项活动) and political style (政风行风) (issue 29,
point 3), walked as the street office that runs the activities and community A's officer whose team
rectifies; community B sees none of it; the conduct view and the catalogue's indicators compute it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import today
from app.models.core.audit import AuditEvent
from app.models.core.user import User
from app.models.grassroots.conduct import ConductFinding
from app.models.grassroots.network import Worker
from tests.conftest import Api
from tests.demo_ids import org_ids

KINDS = "/api/v1/conduct-activity-kinds"
ACTIVITIES = "/api/v1/conduct-activities"
FINDINGS = "/api/v1/conduct-findings"
TODAY = date(2019, 11, 20)


@pytest.fixture(autouse=True)
def fixed_day(api: Api) -> Iterator[None]:
    api.app.dependency_overrides[today] = lambda: TODAY
    yield
    api.app.dependency_overrides.pop(today, None)


async def _ok(response: Any, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json()


async def _people(api: Api) -> tuple[int, int]:
    async with api.session() as session:
        worker = (await session.execute(select(Worker.id).where(Worker.name == "张桂兰"))).scalar_one()
        user = (await session.execute(select(User.id).where(User.username == "community-a"))).scalar_one()
    return worker, user


async def _actions(api: Api, object_type: str, object_id: int) -> list[str]:
    async with api.session() as session:
        rows = await session.execute(
            select(AuditEvent.action)
            .where(AuditEvent.object_type == object_type, AuditEvent.object_id == str(object_id))
            .order_by(AuditEvent.id)
        )
    return list(rows.scalars())


async def test_the_conduct_view_and_the_catalogue_compute_the_measures(api: Api) -> None:
    """On the demo's records (the module's first test: the later ones add more)."""
    ids = await org_ids(api)
    view = await _ok(
        await api.get("street", "/api/v1/conduct-view", params={"org_id": ids["street"], "on": "2019-11-20"}),
        200,
    )
    figures = {f["code"]: f for f in view["figures"]}
    assert (view["org_name"], view["start"], view["on"]) == ("解放碑街道", "2019-01-01", "2019-11-20")
    assert figures["grassroots.conduct_activities_held"]["value"] == 2.0
    assert figures["grassroots.conduct_participations"]["value"] == 4.0
    on_time = figures["grassroots.conduct_findings_rectified_on_time"]
    assert (on_time["numerator"], on_time["denominator"], on_time["value"]) == (1, 2, 50.0)
    assert figures["grassroots.conduct_findings_overdue"]["value"] == 1.0
    assert figures["grassroots.staff_complaints"]["value"] == 1.0
    assert figures["grassroots.staff_complaints_upheld"]["value"] == 1.0
    assert figures["grassroots.feedback_response_days"]["unit"] == "days"
    # As of a day before the second finding fell due, nothing was overdue.
    before = await _ok(
        await api.get(
            "community-a", "/api/v1/conduct-view", params={"org_id": ids["community-a"], "on": "2019-10-01"}
        ),
        200,
    )
    assert {f["code"]: f["value"] for f in before["figures"]}["grassroots.conduct_findings_overdue"] == 0.0
    b = await _ok(
        await api.get(
            "community-b", "/api/v1/conduct-view", params={"org_id": ids["community-b"], "on": "2019-11-20"}
        ),
        200,
    )
    assert {f["code"]: f["value"] for f in b["figures"]}["grassroots.conduct_activities_held"] == 0.0
    catalogue = {i["code"]: i for i in await _ok(await api.get("street", "/api/v1/indicators"), 200)}
    for code in (
        "conduct_findings_rectified_on_time",
        "staff_complaints_upheld",
        "feedback_answered_on_time",
    ):
        assert catalogue[code]["computable"] is True, code
    assert catalogue["staff_complaints_upheld"]["figure_code"] == "grassroots.staff_complaints_upheld"


async def test_the_street_runs_an_activity_and_community_a_rectifies_what_it_found(api: Api) -> None:
    ids = await org_ids(api)
    worker, user = await _people(api)
    kind = await _ok(
        await api.post(
            "street",
            KINDS,
            {
                "org_id": ids["street"],
                "code": "window_check",
                "name_zh": "窗口作风暗访",
                "name_en": "Window visit",
            },
        )
    )
    again = await api.post(
        "street", KINDS, {"org_id": ids["street"], "code": "window_check", "name_zh": "重复", "name_en": "x"}
    )
    assert again.status_code == 409, again.text
    seen = await _ok(await api.get("community-a", KINDS), 200)
    assert {"window_check", "style_review"} <= {k["code"] for k in seen["items"]}

    body = {
        "org_id": ids["community-a"],
        "kind_id": kind["id"],
        "title": "民生路社区窗口作风暗访",
        "held_on": "2019-10-08",
        "participants": [{"worker_id": worker}, {"user_id": user}],
    }
    activity = await _ok(await api.post("street", ACTIVITIES, body))
    assert (activity["org_name"], activity["kind_name_zh"], activity["findings_count"]) == (
        "民生路社区",
        "窗口作风暗访",
        0,
    )
    assert [p["name"] for p in activity["participants"]] == ["张桂兰", "民生路 张专干"]
    twice = await api.post("street", f"{ACTIVITIES}/{activity['id']}/participants", {"worker_id": worker})
    assert twice.status_code == 409, twice.text

    finding = await _ok(
        await api.post(
            "street",
            f"{ACTIVITIES}/{activity['id']}/findings",
            {"problem": "窗口人员未佩戴工作牌", "rectification": "统一亮牌上岗", "due_on": "2019-10-31"},
        )
    )
    assert (finding["status"], finding["org_id"], finding["overdue"]) == ("open", ids["community-a"], True)
    read = await _ok(await api.get("community-a", f"{ACTIVITIES}/{activity['id']}"), 200)
    assert (read["findings_count"], read["findings_open"], len(read["participants"])) == (1, 1, 2)

    early = await api.post(
        "community-a", f"{FINDINGS}/{finding['id']}/rectify", {"rectified_on": "2019-10-01", "note": "已整改"}
    )
    assert early.status_code == 422, early.text
    done = await api.post(
        "community-a",
        f"{FINDINGS}/{finding['id']}/rectify",
        {"rectified_on": "2019-10-20", "note": "已统一制作工作牌，亮牌上岗"},
        headers={"If-Match": f'"{finding["version"]}"'},
    )
    done_body = await _ok(done, 200)
    assert (done_body["status"], done_body["rectified_on_time"], done_body["overdue"]) == (
        "rectified",
        True,
        False,
    )
    repeat = await api.post(
        "community-a", f"{FINDINGS}/{finding['id']}/rectify", {"rectified_on": "2019-10-21", "note": "x"}
    )
    assert repeat.status_code == 409, repeat.text
    async with api.session() as session:
        stored = await session.get(ConductFinding, finding["id"])
        assert stored is not None and stored.rectified_on == date(2019, 10, 20)
    assert await _actions(api, "conduct_activity", activity["id"]) == ["conduct_activity.create"]
    assert await _actions(api, "conduct_finding", finding["id"]) == [
        "conduct_finding.create",
        "conduct_finding.rectify",
    ]


async def test_community_b_sees_none_of_community_a_and_only_the_street_runs_activities(api: Api) -> None:
    ids = await org_ids(api)
    findings = await _ok(await api.get("community-a", FINDINGS), 200)
    own = findings["items"][0]
    assert own["org_name"] == "民生路社区"
    assert (await api.get("community-b", f"{FINDINGS}/{own['id']}")).status_code == 404
    assert (await api.get("community-b", f"{ACTIVITIES}/{own['activity_id']}")).status_code == 404
    assert (await _ok(await api.get("community-b", FINDINGS), 200))["items"] == []
    assert (await _ok(await api.get("community-b", ACTIVITIES), 200))["items"] == []
    rectify = await api.post(
        "community-b", f"{FINDINGS}/{own['id']}/rectify", {"rectified_on": "2019-11-01", "note": "x"}
    )
    assert rectify.status_code == 404, rectify.text
    kinds = (await _ok(await api.get("street", KINDS), 200))["items"]
    body = {"org_id": ids["community-a"], "kind_id": kinds[0]["id"], "title": "自查", "held_on": "2019-11-01"}
    assert (await api.post("community-a", ACTIVITIES, body)).status_code == 403
    assert (
        await api.post(
            "community-a", KINDS, {"org_id": ids["street"], "code": "own", "name_zh": "自", "name_en": "x"}
        )
    ).status_code == 403
    assert (await api.post("street", ACTIVITIES, {**body, "org_id": ids["unit"]})).status_code == 422
    view = await api.get("community-b", "/api/v1/conduct-view", params={"org_id": ids["community-a"]})
    assert view.status_code == 404, view.text


async def test_a_retired_kind_takes_no_new_activity(api: Api) -> None:
    ids = await org_ids(api)
    kind = (await _ok(await api.get("street", KINDS, params={"active": "true"}), 200))["items"][0]
    retired = await api.patch(
        "street", f"{KINDS}/{kind['id']}", {"active": False}, headers={"If-Match": f'"{kind["version"]}"'}
    )
    assert (await _ok(retired, 200))["active"] is False
    body = {"org_id": ids["street"], "kind_id": kind["id"], "title": "专题会", "held_on": "2019-11-01"}
    refused = await api.post("street", ACTIVITIES, body, headers={"Accept-Language": "zh-CN"})
    assert refused.status_code == 422, refused.text
    assert "已停用" in refused.json()["detail"]
    inactive = (await _ok(await api.get("community-a", KINDS, params={"active": "false"}), 200))["items"]
    assert [k["id"] for k in inactive] == [kind["id"]]
