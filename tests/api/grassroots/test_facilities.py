"""Facilities in place and the publicity environment (issue 29, points 1 and 4), walked as community
A's worker, community B's and the street: a facility recorded and inspected (the latest inspection
sets its condition), a board's content refreshed on its schedule and listed when overdue, a
distribution point linked rather than kept twice, and the figures the books read."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import local_today, today
from app.figures import Figure
from app.models.core.audit import AuditEvent
from app.models.core.org import Org
from app.models.grassroots.facility import Facility, FacilityInspection
from app.services.grassroots.figures import FIGURES
from tests.conftest import Api
from tests.demo_ids import org_ids

FACILITIES = "/api/v1/facilities"
TODAY = date(2019, 11, 20)


@pytest.fixture(autouse=True)
def fixed_day(api: Api) -> Iterator[None]:
    api.app.dependency_overrides[today] = lambda: TODAY
    yield
    api.app.dependency_overrides.pop(today, None)


async def _ok(response: Any, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def _room(org_id: int, **extra: Any) -> dict[str, Any]:
    return {
        "org_id": org_id,
        "kind": "service_room",
        "name": "测试社区计生服务室",
        "location": "社区居委会二楼",
        "opened_on": "2015-06-01",
        **extra,
    }


async def _all(api: Api, user: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    body = await _ok(await api.get(user, FACILITIES, params={**params, "limit": 100}), 200)
    return list(body["items"])


async def test_a_community_worker_records_and_inspects_its_own_facility(api: Api) -> None:
    ids = await org_ids(api)
    room = await _ok(await api.post("community-a", FACILITIES, _room(ids["community-a"])))
    assert (room["condition"], room["org_name"], room["refresh_due_on"]) == ("good", "民生路社区", None)
    found = {
        "inspected_on": "2019-11-18",
        "inspector": "张桂兰",
        "condition": "needs_repair",
        "findings": "宣传资料架损坏，咨询桌椅缺一把",
        "photo_links": ["https://example.org/photos/room-1.jpg"],
    }
    inspection = await _ok(await api.post("community-a", f"{FACILITIES}/{room['id']}/inspections", found))
    assert (inspection["condition"], inspection["photo_links"]) == (
        "needs_repair",
        ["https://example.org/photos/room-1.jpg"],
    )
    # an older inspection recorded later does not override the latest one
    older = {"inspected_on": "2019-10-01", "inspector": "刘志强", "condition": "good"}
    await _ok(await api.post("community-a", f"{FACILITIES}/{room['id']}/inspections", older))
    read = await _ok(await api.get("community-a", f"{FACILITIES}/{room['id']}"), 200)
    assert (read["condition"], read["last_inspected_on"]) == ("needs_repair", "2019-11-18")
    listed = await _ok(await api.get("community-a", f"{FACILITIES}/{room['id']}/inspections"), 200)
    # newest recorded first
    assert [i["inspected_on"] for i in listed["items"]] == ["2019-10-01", "2019-11-18"]
    repaired = await _ok(await api.get("community-a", FACILITIES, params={"condition": "needs_repair"}), 200)
    assert room["id"] in {f["id"] for f in repaired["items"]}

    # community B neither sees nor inspects community A's facility
    hidden = await api.get("community-b", f"{FACILITIES}/{room['id']}")
    assert hidden.status_code == 404, hidden.text
    refused = await api.post("community-b", f"{FACILITIES}/{room['id']}/inspections", found)
    assert refused.status_code == 404, refused.text
    theirs = await api.get("community-b", f"{FACILITIES}/{room['id']}/inspections")
    assert theirs.status_code == 404, theirs.text
    assert room["id"] not in {f["id"] for f in await _all(api, "community-b", {})}
    outside = await api.post("community-b", FACILITIES, _room(ids["community-a"]))
    assert outside.status_code == 404, outside.text
    # the street sees it
    assert room["id"] in {f["id"] for f in await _all(api, "street", {"org_id": ids["community-a"]})}

    async with api.session() as session:
        stored = await session.get(Facility, room["id"])
        assert stored is not None and stored.condition.value == "needs_repair"
        count = len(
            (
                await session.execute(
                    select(FacilityInspection.id).where(FacilityInspection.facility_id == room["id"])
                )
            ).all()
        )
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action, AuditEvent.actor_username).where(
                        AuditEvent.object_type == "facility", AuditEvent.object_id == str(room["id"])
                    )
                )
            )
            .tuples()
            .all()
        )
    assert count == 2
    assert sorted(actions) == [
        ("facility.created", "community-a"),
        ("facility.inspected", "community-a"),
        ("facility.inspected", "community-a"),
    ]


async def test_bad_facilities_and_inspections_are_refused_whole(api: Api) -> None:
    ids = await org_ids(api)
    board_without_schedule = await api.post(
        "community-a", FACILITIES, _room(ids["community-a"], kind="publicity_board")
    )
    assert board_without_schedule.status_code == 422, board_without_schedule.text
    room_with_schedule = await api.post(
        "community-a", FACILITIES, _room(ids["community-a"], refresh_every_days=30)
    )
    assert room_with_schedule.status_code == 422, room_with_schedule.text
    future = await api.post("community-a", FACILITIES, _room(ids["community-a"], opened_on="2019-12-01"))
    assert future.status_code == 422, future.text
    district = await api.post("street", FACILITIES, _room(ids["street-2"]))
    assert district.status_code == 404, district.text
    room = await _ok(await api.post("community-a", FACILITIES, _room(ids["community-a"])))
    early = await api.post(
        "community-a",
        f"{FACILITIES}/{room['id']}/inspections",
        {"inspected_on": "2015-01-01", "inspector": "张桂兰", "condition": "good"},
        headers={"Accept-Language": "zh-CN"},
    )
    assert early.status_code == 422, early.text
    assert "须在设施启用之日至今天之间" in early.text
    not_a_board = await api.post(
        "community-a", f"{FACILITIES}/{room['id']}/refreshes", {"refreshed_on": "2019-11-01", "theme": "x"}
    )
    assert not_a_board.status_code == 409, not_a_board.text
    async with api.session() as session:
        inspections = (
            await session.execute(
                select(FacilityInspection.id).where(FacilityInspection.facility_id == room["id"])
            )
        ).all()
    assert inspections == []


async def test_boards_fall_due_for_refresh_and_the_overdue_are_listed(api: Api) -> None:
    ids = await org_ids(api)
    board = await _ok(
        await api.post(
            "community-a",
            FACILITIES,
            _room(ids["community-a"], kind="publicity_board", name="小区北门宣传栏", refresh_every_days=90),
        )
    )
    assert board["refresh_due_on"] == "2015-08-30"
    overdue = {f["id"] for f in await _all(api, "community-a", {"refresh_overdue": "true"})}
    assert board["id"] in overdue
    refresh = {
        "refreshed_on": "2019-10-15",
        "theme": "新时代婚育新风",
        "photo_links": ["https://example.org/photos/board.jpg"],
    }
    done = await _ok(await api.post("community-a", f"{FACILITIES}/{board['id']}/refreshes", refresh))
    assert done["theme"] == "新时代婚育新风"
    read = await _ok(await api.get("community-a", f"{FACILITIES}/{board['id']}"), 200)
    assert (read["last_refreshed_on"], read["refresh_due_on"]) == ("2019-10-15", "2020-01-13")
    assert board["id"] not in {f["id"] for f in await _all(api, "community-a", {"refresh_overdue": "true"})}
    assert board["id"] in {f["id"] for f in await _all(api, "community-a", {"refresh_overdue": "false"})}
    refreshes = await _ok(await api.get("community-a", f"{FACILITIES}/{board['id']}/refreshes"), 200)
    assert [r["theme"] for r in refreshes["items"]] == ["新时代婚育新风"]
    # as of a later office date it is overdue again
    api.app.dependency_overrides[today] = lambda: date(2020, 2, 1)
    assert board["id"] in {f["id"] for f in await _all(api, "community-a", {"refresh_overdue": "true"})}
    hidden = await api.get("community-b", f"{FACILITIES}/{board['id']}/refreshes")
    assert hidden.status_code == 404, hidden.text


async def test_a_distribution_point_is_linked_once_and_within_its_org(api: Api) -> None:
    ids = await org_ids(api)
    points = (await api.get("community-a", "/api/v1/distribution-points", params={"limit": 100})).json()[
        "items"
    ]
    by_name = {p["name"]: p for p in points}
    # the demo records the community's station as a facility already: a second record is refused
    station = by_name["民生路社区药具发放站"]
    again = await api.post(
        "community-a",
        FACILITIES,
        _room(ids["community-a"], kind="distribution_point", distribution_point_id=station["id"]),
    )
    assert again.status_code == 409, again.text
    # the self-service machine is not recorded yet: it is linked, once
    machine = by_name["民生路社区药具自助发放机"]
    body = _room(
        ids["community-a"], kind="distribution_point", name="自助发放机", distribution_point_id=machine["id"]
    )
    linked = await _ok(await api.post("community-a", FACILITIES, body))
    assert (linked["kind"], linked["distribution_point_id"]) == ("distribution_point", machine["id"])
    twice = await api.post("community-a", FACILITIES, body)
    assert twice.status_code == 409, twice.text
    no_point = await api.post("community-a", FACILITIES, _room(ids["community-a"], kind="distribution_point"))
    assert no_point.status_code == 422, no_point.text
    b_points = (await api.get("community-b", "/api/v1/distribution-points", params={"limit": 100})).json()
    b_point = next(p for p in b_points["items"] if p["org_id"] == ids["community-b"])
    wrong_org = await api.post(
        "community-a",
        FACILITIES,
        _room(ids["community-a"], kind="distribution_point", distribution_point_id=b_point["id"]),
    )
    assert wrong_org.status_code == 422, wrong_org.text
    listed = await _all(api, "community-a", {"kind": "distribution_point"})
    assert {f["kind"] for f in listed} == {"distribution_point"}
    assert {station["id"], machine["id"]} <= {f["distribution_point_id"] for f in listed}


async def _figures(api: Api, path: str, end: date) -> tuple[Figure, Figure]:
    async with api.session() as session:
        good = await FIGURES["facilities_good_rate"](session, path, date(2019, 1, 1), end)
        boards = await FIGURES["boards_refreshed_on_schedule_rate"](session, path, date(2019, 1, 1), end)
    return good, boards


def _pair(figure: Figure) -> tuple[int, int]:
    return (figure.numerator or 0, figure.denominator or 0)


async def test_the_facility_figures_as_of_a_date(api: Api) -> None:
    ids = await org_ids(api)
    async with api.session() as session:
        path = (await session.execute(select(Org.path).where(Org.id == ids["community-b"]))).scalar_one()
    before = {end: await _figures(api, path, end) for end in (date(2019, 10, 1), TODAY, date(2020, 6, 1))}
    good = await _ok(await api.post("community-b", FACILITIES, _room(ids["community-b"], name="B室")))
    worn = await _ok(await api.post("community-b", FACILITIES, _room(ids["community-b"], name="B站")))
    wall = await _ok(
        await api.post(
            "community-b",
            FACILITIES,
            _room(ids["community-b"], kind="cultural_wall", name="B墙", refresh_every_days=180),
        )
    )
    for facility, condition in ((good, "good"), (worn, "out_of_use")):
        body = {"inspected_on": "2019-11-01", "inspector": "王", "condition": condition}
        await _ok(await api.post("community-b", f"{FACILITIES}/{facility['id']}/inspections", body))
    await _ok(
        await api.post(
            "community-b",
            f"{FACILITIES}/{wall['id']}/refreshes",
            {"refreshed_on": "2019-09-01", "theme": "优生优育"},
        )
    )
    after = {end: await _figures(api, path, end) for end in before}

    def delta(end: date, which: int) -> tuple[int, int]:
        (n1, d1), (n0, d0) = _pair(after[end][which]), _pair(before[end][which])
        return (n1 - n0, d1 - d0)

    # good rate: two inspected by 20 November, one found good; nothing inspected by 1 October
    assert delta(TODAY, 0) == (1, 2)
    assert delta(date(2019, 10, 1), 0) == (0, 0)
    # the wall refreshed on 1 September is due on 28 February 2020: on schedule in November, late in June
    assert delta(TODAY, 1) == (1, 1)
    assert delta(date(2020, 6, 1), 1) == (0, 1)
    # as of 1 October, its refresh of 1 September already counts
    assert delta(date(2019, 10, 1), 1) == (1, 1)


async def test_the_demo_shows_facilities_everywhere_and_one_board_overdue(api: Api) -> None:
    api.app.dependency_overrides[today] = local_today  # the demo's dates follow the office's date
    ids = await org_ids(api)
    rows = await _all(api, "district", {})
    demo = {
        f["name"]: f for f in rows if f["name"] and not f["name"].startswith(("测试", "B", "小区北门宣传栏"))
    }
    assert {ids[k] for k in ("street", "community-a", "community-b", "community-c")} <= {
        f["org_id"] for f in demo.values()
    }
    overdue = {f["name"] for f in await _all(api, "district", {"refresh_overdue": "true"})}
    assert "小区北门计生宣传栏" in overdue
    assert not {"较场口婚育新风文化墙", "中山一路社区宣传栏"} & overdue
    assert demo["民生路社区计生服务室"]["condition"] == "needs_repair"
    for station in ("民生路社区药具发放站", "较场口社区药具发放站"):
        assert demo[station]["kind"] == "distribution_point" and demo[station]["distribution_point_id"]


async def test_the_catalogue_can_name_the_new_figures(api: Api) -> None:
    for code, zh, unit_ in (
        ("facilities_good_rate", "设施完好率", "percent"),
        ("boards_refreshed_on_schedule_rate", "宣传栏按期更新率", "percent"),
        ("knowledge_awareness_rate", "宣传后群众知晓率", "percent"),
    ):
        body = {
            "code": f"test_{code}",
            "name_zh": zh,
            "name_en": code.replace("_", " "),
            "unit": unit_,
            "direction": "at_least",
            "source": "computed",
            "figure_code": f"grassroots.{code}",
        }
        created = await _ok(await api.post("street", "/api/v1/indicators", body))
        assert (created["computable"], created["not_computable_reason"]) == (True, None), created
