"""Reproductive Care Action beyond families (issue 29, point 7): community A's officer opens care
cases for a woman of childbearing age and for the community's own family planning worker, pairs and
visits them; the rules on who may be cared for, and community B's view, as a user sees them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import today
from app.models.core.audit import AuditEvent
from tests.conftest import Api
from tests.demo_ids import org_ids
from tests.factories import new_id_number, resident_body

CASES = "/api/v1/care-cases"
TODAY = date(2019, 5, 20)


@pytest.fixture(autouse=True)
def fixed_day(api: Api) -> Iterator[None]:
    api.app.dependency_overrides[today] = lambda: TODAY
    yield
    api.app.dependency_overrides.pop(today, None)


async def _ok(response: Any, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json()


async def _resident(api: Api, born: date) -> int:
    ids = await org_ids(api)
    body = resident_body(ids["community-a"], id_number=new_id_number(born, male=False))
    return int((await _ok(await api.post("community-a", "/api/v1/residents", body)))["id"])


async def _worker(api: Api, name: str) -> int:
    ids = await org_ids(api)
    body = {
        "org_id": ids["community-a"],
        "name": name,
        "kind": "community_worker",
        "post": "社区计生专干",
        "started_on": "2015-03-01",
    }
    return int((await _ok(await api.post("community-a", "/api/v1/workers", body)))["id"])


async def test_a_person_of_childbearing_age_and_a_worker_are_cared_for(api: Api) -> None:
    ids = await org_ids(api)
    woman = await _resident(api, date(1990, 8, 1))
    case = await _ok(
        await api.post(
            "community-a",
            CASES,
            {"resident_id": woman, "kind": "childbearing_age", "reason": "孕期失业，独自抚养老人"},
        )
    )
    assert (case["family_id"], case["resident_id"], case["cared_worker_id"]) == (None, woman, None)
    assert (case["org_id"], case["kind"], case["status"]) == (ids["community-a"], "childbearing_age", "open")
    again = await api.post(
        "community-a", CASES, {"resident_id": woman, "kind": "other_need", "reason": "再次"}
    )
    assert again.status_code == 409, again.text

    worker = await _worker(api, "刘桂兰")
    cared = await _ok(
        await api.post(
            "community-a",
            CASES,
            {"cared_worker_id": worker, "kind": "worker", "reason": "长期加班，腰伤复发"},
        )
    )
    assert (cared["cared_worker_id"], cared["org_id"], cared["family_id"]) == (
        worker,
        ids["community-a"],
        None,
    )
    # The worker's case is paired and visited like a family's.
    buddy = await _worker(api, "陈志强")
    paired = await _ok(
        await api.post(
            "community-a", f"{CASES}/{cared['id']}/pair", {"worker_id": buddy, "visit_every_days": 30}
        ),
        200,
    )
    assert paired["status"] == "paired" and paired["next_visit_due_on"] == "2019-06-19"
    await _ok(
        await api.post(
            "community-a",
            f"{CASES}/{cared['id']}/visits",
            {"visited_on": "2019-05-19", "notes": "送去理疗券"},
        )
    )
    await _ok(
        await api.post(
            "community-a",
            f"{CASES}/{case['id']}/assistance",
            {"given_on": "2019-05-20", "kind": "money", "amount_fen": 50000, "description": "临时困难补助"},
        )
    )
    listed = await _ok(await api.get("community-a", CASES, params={"limit": 100}), 200)
    by_id = {c["id"]: c for c in listed["items"]}
    assert by_id[case["id"]]["resident_id"] == woman and by_id[cared["id"]]["cared_worker_id"] == worker
    # Community B sees neither.
    for own in (case, cared):
        hidden = await api.get("community-b", f"{CASES}/{own['id']}")
        assert hidden.status_code == 404, hidden.text
    other = await _ok(await api.get("community-b", CASES, params={"limit": 100}), 200)
    assert not {case["id"], cared["id"]} & {c["id"] for c in other["items"]}
    async with api.session() as session:
        opened = (
            (
                await session.execute(
                    select(AuditEvent.detail).where(
                        AuditEvent.action == "care_case.opened",
                        AuditEvent.object_id.in_([str(case["id"]), str(cared["id"])]),
                    )
                )
            )
            .scalars()
            .all()
        )
    assert sorted(d["kind"] for d in opened) == ["childbearing_age", "worker"]


async def test_who_may_be_cared_for(api: Api) -> None:
    older = await _resident(api, date(1960, 2, 2))
    too_old = await api.post("community-a", CASES, {"resident_id": older, "kind": "childbearing_age"})
    assert too_old.status_code == 422 and too_old.json()["errors"][0]["loc"] == ["body", "resident_id"]
    # Any need of an older person is recorded as other_need, with a reason.
    await _ok(
        await api.post("community-a", CASES, {"resident_id": older, "kind": "other_need", "reason": "独居"})
    )
    families = (await api.get("community-a", "/api/v1/families", params={"limit": 1})).json()["items"]
    both = await api.post(
        "community-a", CASES, {"family_id": families[0]["id"], "resident_id": older, "kind": "other_need"}
    )
    assert both.status_code == 422, both.text
    none = await api.post("community-a", CASES, {"kind": "other_need", "reason": "x"})
    assert none.status_code == 422, none.text
    wrong = await api.post("community-a", CASES, {"resident_id": older, "kind": "bereaved"})
    assert wrong.status_code == 422, wrong.text
    # Community B cannot open a case for community A's worker or resident: not in its area.
    worker = await _worker(api, "周敏")
    for body in (
        {"cared_worker_id": worker, "kind": "worker"},
        {"resident_id": older, "kind": "other_need", "reason": "x"},
    ):
        outsider = await api.post("community-b", CASES, body)
        assert outsider.status_code == 404, outsider.text
