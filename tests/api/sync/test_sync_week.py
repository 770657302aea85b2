"""A simulated device's week (issue 27): download, a week offline (the clock moved), 50 operations
of every kind, the server changing things meanwhile, then sync: each outcome as the rules say, a
re-sent batch changing nothing, the moved resident arriving as a tombstone."""

from __future__ import annotations

import itertools
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app import clock
from app.clock import CHINA
from app.models.core.audit import AuditEvent
from app.models.core.family import Family
from app.models.core.org import Org
from app.models.core.resident import Resident, ResidentStatus
from app.models.grassroots.care import CareVisit
from app.models.quality.pregnancy import PregnancyVisit
from app.models.quality.referral import Referral
from app.models.quality.screening import Screening, ScreeningProgram
from app.models.quality.stock import Dispensation
from app.models.sync.device import SyncConflict, SyncOperation
from app.services.quality.populations import eligible_condition
from tests.api.quality.contraceptive_setup import new_product, point_ids, receive
from tests.api.sync.sync_helpers import Device
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio

MONDAY = date(2019, 6, 3)
DAY = {n: MONDAY + timedelta(days=n) for n in range(8)}
_minutes = itertools.count()


@pytest.fixture(autouse=True)
def office_clock(api):
    original = api.app.state.settings
    api.app.state.settings = original.model_copy(update={"feed_settle_seconds": 0})
    clock.set_today(MONDAY, at=time(9, 0))
    yield
    clock.set_today(None)
    clock.set_time_of_day(None)
    api.app.state.settings = original


def at(day: date) -> str:
    """A moment of ``day`` (Beijing), later than every earlier one of the week."""
    return (
        datetime.combine(day, time(8, 0), tzinfo=CHINA)
        .replace(minute=0)
        .__add__(timedelta(minutes=next(_minutes)))
        .isoformat()
    )


async def _pool(api) -> dict[str, Any]:
    ids = await org_ids(api)
    async with api.session() as session:
        actives = list(
            (
                await session.execute(
                    select(Resident.id)
                    .where(
                        Resident.community_id == ids["community-a"], Resident.status == ResidentStatus.active
                    )
                    .order_by(Resident.id)
                )
            ).scalars()
        )
        program = (
            await session.execute(
                select(ScreeningProgram).where(
                    ScreeningProgram.year == 2019, ScreeningProgram.kind == "pre_pregnancy_check"
                )
            )
        ).scalar_one()
        eligible = list(
            (
                await session.execute(
                    select(Resident.id)
                    .where(
                        Resident.community_id == ids["community-a"],
                        eligible_condition(program, await session.get(Org, program.org_id)),
                    )
                    .order_by(Resident.id)
                )
            ).scalars()
        )
        wives = list(
            (
                await session.execute(
                    select(Family.wife_id)
                    .where(Family.community_id == ids["community-a"], Family.wife_id.is_not(None))
                    .order_by(Family.id.desc())
                )
            ).scalars()
        )
    return {"ids": ids, "actives": actives, "eligible": eligible, "wives": wives, "program": program.id}


async def _setup(api) -> dict[str, Any]:
    """What the worker's community holds before the week: a care case, two pregnancies followed,
    two open referrals, stock at the station."""
    pool = await _pool(api)
    used: set[int] = set()

    def take(source: list[int]) -> int:
        chosen = next(r for r in source if r not in used)
        used.add(chosen)
        return chosen

    suggestion = next(
        s
        for s in (await api.get("community-a", "/api/v1/care-cases/suggestions")).json()["items"]
        if s["community_id"] == pool["ids"]["community-a"]
    )
    case = await api.post(
        "community-a",
        "/api/v1/care-cases",
        {"family_id": suggestion["family_id"], "kind": suggestion["kind"]},
    )
    assert case.status_code == 201, case.text
    pregnancies = []
    for _ in range(2):
        wife = take(pool["wives"])
        p = await api.post(
            "community-a",
            "/api/v1/pregnancies",
            {"resident_id": wife, "registered_on": "2019-05-06", "expected_on": "2019-11-20"},
        )
        assert p.status_code == 201, p.text
        pregnancies.append(p.json()["id"])
    partner = (await api.get("community-a", "/api/v1/partners", params={"kind": "mch_hospital"})).json()[
        "items"
    ][0]["id"]
    referrals = []
    for _ in range(2):
        r = await api.post(
            "community-a",
            "/api/v1/referrals",
            {
                "resident_id": take(pool["actives"]),
                "partner_id": partner,
                "reason": "月经不调，转诊妇科",
                "follow_up_due_on": "2019-07-31",
            },
        )
        assert r.status_code == 201, r.text
        referrals.append(r.json()["id"])
    points = await point_ids(api)
    product = await new_product(api)
    assert (await receive(api, "community-a", points["station-a"], product, 100)).status_code == 201
    screened = [take(pool["eligible"]) for _ in range(8)]
    return {
        **pool,
        "case": case.json()["id"],
        "pregnancies": pregnancies,
        "referrals": referrals,
        "point": points["station-a"],
        "other_point": points["station-b"],
        "product": product,
        "screened": screened,
        "moved": take(pool["actives"]),
        "movers": [take(pool["actives"]) for _ in range(2)],
        "dead": take(pool["actives"]),
        "phones": [take(pool["actives"]) for _ in range(4)],
    }


def _week(s: dict[str, Any]) -> list[tuple[dict[str, Any], str, str | None]]:
    """The device's 50 operations in the order recorded, each with the outcome the rules give
    (applied / conflict / rejected) and, for a refusal, its problem type."""
    ops: list[tuple[dict[str, Any], str, str | None]] = []

    def op(day: int, kind: str, data: dict[str, Any], outcome: str, problem: str | None = None) -> None:
        ops.append(
            (
                {"op_id": uuid.uuid4().hex, "kind": kind, "recorded_at": at(DAY[day]), "data": data},
                outcome,
                problem,
            )
        )

    preg_a, preg_b = s["pregnancies"]
    r1, r2 = s["referrals"]
    for day in range(1, 6):
        on = DAY[day].isoformat()
        op(
            day,
            "care_visit",
            {"case_id": s["case"], "visited_on": on, "notes": f"第{day}天走访，情绪平稳"},
            "applied",
        )
        if day <= 5:
            op(day, "care_visit", {"case_id": s["case"], "visited_on": on, "notes": "补充走访"}, "applied")
        op(
            day,
            "pregnancy_follow_up",
            {"pregnancy_id": preg_a, "visited_on": on, "note": "血压正常"},
            "applied",
        )
        if day == 1:
            op(
                day,
                "pregnancy_follow_up",
                {"pregnancy_id": preg_a, "visited_on": on, "note": "复查"},
                "applied",
            )
        if day == 2:
            op(
                day,
                "pregnancy_follow_up",
                {"pregnancy_id": preg_a, "visited_on": on, "referral_id": r2, "referral_step": "accept"},
                "applied",
            )
        if day == 4:  # the hospital completed r1 on day 3: its state stays, the visit is kept
            op(
                day,
                "pregnancy_follow_up",
                {
                    "pregnancy_id": preg_a,
                    "visited_on": on,
                    "referral_id": r1,
                    "referral_step": "complete",
                    "referral_outcome": "已就诊",
                },
                "conflict",
            )
        if day < 5:
            op(day, "pregnancy_follow_up", {"pregnancy_id": preg_b, "visited_on": on}, "applied")
        op(
            day,
            "contraceptive_handout",
            {"point_id": s["point"], "product_id": s["product"], "quantity": 1},
            "applied",
        )
        if day in (2, 4):
            op(
                day,
                "contraceptive_handout",
                {"point_id": s["point"], "product_id": s["product"], "quantity": 2},
                "applied",
            )
        op(
            day,
            "screening_result",
            {
                "program_id": s["program"],
                "resident_id": s["screened"][day - 1],
                "screened_on": on,
                "risk_level": "low",
            },
            "applied",
        )
        if day in (2, 3, 4):
            op(
                day,
                "screening_result",
                {
                    "program_id": s["program"],
                    "resident_id": s["screened"][3 + day],
                    "screened_on": on,
                    "risk_level": "low",
                    "items": ["病史询问"],
                },
                "applied",
            )
        if day == 1:
            # the resident the street moves away on day 3: out of the worker's community by sync time
            op(
                day,
                "screening_result",
                {
                    "program_id": s["program"],
                    "resident_id": s["moved"],
                    "screened_on": on,
                    "risk_level": "low",
                },
                "rejected",
                "/problems/not-found",
            )
            op(day, "phone_correction", {"resident_id": s["phones"][0], "phone": "13900000001"}, "conflict")
            op(
                day,
                "contraceptive_handout",
                {"point_id": s["other_point"], "product_id": s["product"], "quantity": 1},
                "rejected",
                "/problems/not-found",
            )
        if day == 2:
            op(day, "life_event", {"resident_id": s["movers"][0], "event": "move_out"}, "applied")
            op(day, "life_event", {"resident_id": s["movers"][1], "event": "move_out"}, "applied")
            op(day, "phone_correction", {"resident_id": s["phones"][1], "phone": "13900000002"}, "applied")
            op(
                day,
                "phone_correction",
                {"resident_id": s["moved"], "phone": "13900000009"},
                "rejected",
                "/problems/not-found",
            )
        if day == 3:
            op(day, "life_event", {"resident_id": s["dead"], "event": "death"}, "applied")
            op(
                day,
                "phone_correction",
                {"resident_id": s["phones"][3], "phone": "123"},
                "rejected",
                "/problems/validation-error",
            )
        if day == 4:  # reported again by a colleague's note: the record already says moved out
            op(day, "life_event", {"resident_id": s["movers"][0], "event": "death"}, "conflict")
        if day == 5:
            op(day, "phone_correction", {"resident_id": s["phones"][2], "phone": "13900000003"}, "applied")
            op(
                day,
                "birth_report",
                {"pregnancy_id": preg_b, "born_on": on, "child_name": "王小宝", "child_sex": "female"},
                "applied",
            )
            op(
                day,
                "pregnancy_follow_up",
                {"pregnancy_id": preg_b, "visited_on": on},
                "rejected",
                "/problems/invalid-transition",
            )
    return ops


async def _server_changes_on_day_3(api, s: dict[str, Any]) -> None:
    clock.set_today(DAY[3], at=time(9, 0))
    r1 = f"/api/v1/referrals/{s['referrals'][0]}"
    assert (await api.post("street", f"{r1}/accept")).status_code == 200
    slot = datetime.combine(DAY[3], time(8, 0), tzinfo=CHINA).isoformat()
    assert (await api.post("street", f"{r1}/schedule", {"scheduled_for": slot})).status_code == 200
    done = await api.post("street", f"{r1}/complete", {"outcome": "已就诊，予药物治疗"})
    assert done.status_code == 200, done.text
    moved = await api.post(
        "street", f"/api/v1/residents/{s['moved']}/move", {"community_id": s["ids"]["community-b"]}
    )
    assert moved.status_code == 200, moved.text
    for resident in (s["phones"][0], s["phones"][2]):
        patched = await api.patch("community-a", f"/api/v1/residents/{resident}", {"phone": "13611112222"})
        assert patched.status_code == 200, patched.text


async def _counts(api) -> dict[str, int]:
    async with api.session() as session:
        return {
            model.__name__: (await session.execute(select(func.count()).select_from(model))).scalar_one()
            for model in (
                CareVisit,
                PregnancyVisit,
                Screening,
                Dispensation,
                AuditEvent,
                SyncOperation,
                SyncConflict,
            )
        }


def _table(outcomes: list[dict[str, Any]]) -> list[tuple[str, str, str | None]]:
    return [(o["op_id"], o["outcome"], (o.get("problem") or {}).get("type")) for o in outcomes]


async def test_a_week_offline_then_sync(api):
    s = await _setup(api)
    device = Device(api.client, "community-a")
    await device.sign_in()
    assert (await device.register()).status_code == 201
    first = await device.sync_down(limit=400)
    residents = {i for k, i in device.records if k == "resident"}
    assert residents == set(s["actives"]) and all(item["op"] == "upsert" for item in first)
    assert s["moved"] in residents and ("referral", s["referrals"][0]) in device.records
    assert {"enums", "contraceptive_products", "service_types"} <= set(device.lookups)
    assert device.lookups["enums"]["sync_outcome"]["applied"] == {"zh-CN": "已应用", "en": "Applied"}

    week = _week(s)
    assert len(week) == 50 and len({op["kind"] for op, _, _ in week}) == 7
    await _server_changes_on_day_3(api, s)

    clock.set_today(DAY[6], at=time(20, 0))  # Sunday evening, back in signal
    batch = [op for op, _, _ in week]
    expected = [(op["op_id"], outcome, problem) for op, outcome, problem in week]
    response = await device.upload(batch)
    assert response.status_code == 200, response.text
    outcomes = response.json()["outcomes"]
    assert _table(outcomes) == expected
    assert not any(o["replayed"] for o in outcomes)

    by_id = {o["op_id"]: o for o in outcomes}
    r1_op = next(op for op, _, _ in week if op["data"].get("referral_id") == s["referrals"][0])
    assert by_id[r1_op["op_id"]]["conflicts"][0]["server"] == {"status": "completed"}
    phone_op = next(
        op
        for op, _, _ in week
        if op["kind"] == "phone_correction" and op["data"]["resident_id"] == s["phones"][0]
    )
    assert by_id[phone_op["op_id"]]["conflicts"][0]["field"] == "phone"
    assert by_id[phone_op["op_id"]]["conflicts"][0]["server"] == "136****2222"

    async with api.session() as session:
        referral = await session.get(Referral, s["referrals"][0])
        assert referral is not None and referral.status.value == "completed"  # the server's state stayed
        visits_a = list(
            (
                await session.execute(
                    select(PregnancyVisit.visited_on).where(
                        PregnancyVisit.pregnancy_id == s["pregnancies"][0]
                    )
                )
            ).scalars()
        )
        assert DAY[4] in visits_a  # the conflicting follow-up's visit is recorded, on its own day
        days = sorted(
            (
                await session.execute(
                    select(Dispensation.dispensed_on).where(Dispensation.product_id == s["product"])
                )
            ).scalars()
        )
        assert days == [DAY[1], DAY[2], DAY[2], DAY[3], DAY[4], DAY[4], DAY[5]]  # dated when handed out
        phones = {
            r.id: r.phone_masked
            for r in (await session.execute(select(Resident).where(Resident.id.in_(s["phones"])))).scalars()
        }
        assert phones[s["phones"][0]] == "136****2222"  # the server's newer value stays
        assert phones[s["phones"][1]] == "139****0002"
        assert phones[s["phones"][2]] == "139****0003"  # the device's later correction wins
        mover = await session.get(Resident, s["movers"][0])
        assert mover is not None and mover.status is ResidentStatus.moved_out and mover.status_date == DAY[2]

    before = await _counts(api)
    again = await device.upload(batch)
    assert again.status_code == 200
    assert _table(again.json()["outcomes"]) == expected
    assert all(o["replayed"] for o in again.json()["outcomes"])
    assert await _counts(api) == before  # nothing ran twice
    half = await device.upload(batch[10:20])  # part of it, as after a dropped connection
    assert _table(half.json()["outcomes"]) == expected[10:20] and await _counts(api) == before

    changes = await device.sync_down()
    gone = {(i["kind"], i["id"]) for i in changes if i["op"] == "delete"}
    assert ("resident", s["moved"]) in gone  # moved to another community by the street
    assert {("resident", s["movers"][0]), ("resident", s["movers"][1]), ("resident", s["dead"])} <= gone
    assert ("referral", s["referrals"][0]) in gone and ("pregnancy", s["pregnancies"][1]) in gone
    assert ("resident", s["moved"]) not in device.records
    assert device.records[("resident", s["phones"][2])]["phone"] == "139****0003"

    listed = await api.get("community-a", "/api/v1/sync/conflicts", params={"state": "open"})
    assert listed.status_code == 200
    rows = {(c["object_type"], c["object_id"], c["field"]): c for c in listed.json()["items"]}
    assert set(rows) >= {
        ("referral", s["referrals"][0], None),
        ("resident", s["phones"][0], "phone"),
        ("resident", s["movers"][0], None),
    }
    phone_conflict = rows[("resident", s["phones"][0], "phone")]
    assert phone_conflict["device_value"] == "139****0001"
    refused = await api.post(
        "community-a",
        f"/api/v1/sync/conflicts/{rows[('referral', s['referrals'][0], None)]['id']}/resolve",
        {"resolution": "use_device"},
    )
    assert refused.status_code == 409
    used = await api.post(
        "community-a", f"/api/v1/sync/conflicts/{phone_conflict['id']}/resolve", {"resolution": "use_device"}
    )
    assert used.status_code == 200 and used.json()["state"] == "resolved"
    async with api.session() as session:
        resident = await session.get(Resident, s["phones"][0])
        assert resident is not None and resident.phone_masked == "139****0001"
    assert (await api.get("community-b", "/api/v1/sync/conflicts")).json()["items"] == []
