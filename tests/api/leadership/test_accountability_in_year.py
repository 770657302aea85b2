"""In-year accountability (issue 29, point 2), walked as the office does it: the street reads the
indicators behind plan at the end of the first quarter, opens cases against a person and a
department, the community records what it did, and the street closes the case.

The clock is fixed at 16 June 2025: the first quarter has ended, the second has not. The new
community holds two migrants who arrived on 1 February without a certificate, so at 31 March its
certificate rate is 0 of 2 against a target of 90%; its reported birth statistics accuracy (99
against 95) is on plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import set_today
from app.models.core.audit import AuditEvent
from app.models.leadership.accountability import AccountabilityCase
from tests.api.leadership.leadership_helpers import SIGN, book_body, indicator_ids, new_community
from tests.conftest import Api
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio

TODAY = date(2025, 6, 16)
USER = "community-q"
CASES = "/api/v1/accountability-cases"
OUTSIDE = "500101001001"  # registered outside the district: a migrant


@pytest.fixture(scope="module", autouse=True)
def fixed_clock() -> Iterator[None]:
    set_today(TODAY)
    yield
    set_today(None)


async def _ok(response: Any, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json()


@pytest.fixture(scope="module")
async def book(api: Api) -> dict[str, Any]:
    made = await new_community(api, USER)
    org_id = made["org"]["id"]
    for _ in range(2):
        resident = await _ok(
            await api.post(USER, "/api/v1/residents", resident_body(org_id, household_division_code=OUTSIDE))
        )
        await _ok(
            await api.post(
                USER,
                "/api/v1/migrants",
                {"resident_id": resident["id"], "arrival_date": "2025-02-01", "address": "幸福路12号"},
            )
        )
    codes = await indicator_ids(api)
    body = book_body(
        org_id,
        TODAY.year,
        [
            (codes["migrant_certificate_rate"], 50, 90, False),
            (codes["birth_statistics_accuracy"], 50, 95, False),
        ],
    )
    created = await _ok(await api.post("street", "/api/v1/responsibility-books", body))
    signed = await _ok(
        await api.post(
            "street",
            f"/api/v1/responsibility-books/{created['id']}/sign",
            {**SIGN, "signed_on": "2025-01-10"},
            headers={"If-Match": f'"{created["version"]}"'},
        ),
        200,
    )
    by_code = {i["indicator_code"]: i["id"] for i in signed["indicators"]}
    await _ok(
        await api.post(
            USER,
            f"/api/v1/responsibility-books/{created['id']}/indicators/{by_code['birth_statistics_accuracy']}/report",
            {"value": 99, "evidence": "出生统计核对表"},
        ),
        200,
    )
    return {
        **signed,
        "by_code": by_code,
        "user_id": made["user"]["id"],
        "org_id": org_id,
        "org_name": made["org"]["name"],
    }


def _case(book: dict[str, Any], code: str, **extra: Any) -> dict[str, Any]:
    return {
        "book_id": book["id"],
        "book_indicator_id": book["by_code"][code],
        "quarter": 1,
        "measure": "reminder_talk",
        "reason": "一季度流动人口婚育证明查验率为0，进度严重滞后",
        "opened_on": "2025-04-08",
        **extra,
    }


async def test_the_quarter_end_flags_what_is_behind_plan(api: Api, book: dict[str, Any]) -> None:
    flags = await _ok(await api.get("street", f"{CASES}/flags", params={"year": 2025, "quarter": 1}), 200)
    assert flags["quarter_end"] == "2025-03-31"
    mine = [f for f in flags["flags"] if f["book_id"] == book["id"]]
    assert [(f["indicator_code"], f["actual"], f["target"]) for f in mine] == [
        ("migrant_certificate_rate", 0.0, 90.0)
    ]
    assert mine[0]["org_name"] == book["org_name"] and mine[0]["case_ids"] == []
    # By default the last quarter ended; the community sees its own book's flags, community B none of them.
    default = await _ok(await api.get(USER, f"{CASES}/flags"), 200)
    assert (default["year"], default["quarter"]) == (2025, 1)
    assert [f["book_id"] for f in default["flags"]] == [book["id"]]
    other = await _ok(await api.get("community-b", f"{CASES}/flags"), 200)
    assert all(f["book_id"] != book["id"] for f in other["flags"])
    # The second quarter has not ended on 16 June.
    early = await api.get("street", f"{CASES}/flags", params={"year": 2025, "quarter": 2})
    assert early.status_code == 422 and early.json()["errors"][0]["loc"] == ["query", "quarter"], early.text


async def test_the_street_opens_cases_the_community_follows_up_and_the_street_closes(
    api: Api, book: dict[str, Any]
) -> None:
    person = _case(
        book,
        "migrant_certificate_rate",
        subject="person",
        person_name="测试计生专干",
        user_id=book["user_id"],
    )
    # Only the street holds people to account; the community cannot open a case.
    refused = await api.post(USER, CASES, person)
    assert refused.status_code == 403, refused.text
    case = await _ok(await api.post("street", CASES, person))
    assert (case["status"], case["actual"], case["target"], case["quarter_end"]) == (
        "open",
        0.0,
        90.0,
        "2025-03-31",
    )
    assert (case["subject"], case["user_id"], case["org_id"]) == ("person", book["user_id"], book["org_id"])
    department = await _ok(
        await api.post(
            "street",
            CASES,
            _case(book, "migrant_certificate_rate", subject="department", department="街道计生办"),
        )
    )
    unit = await _ok(
        await api.post(
            "street",
            CASES,
            _case(
                book,
                "migrant_certificate_rate",
                subject="unit",
                subject_org_id=book["org_id"],
                measure="criticism",
            ),
        )
    )
    flags = await _ok(await api.get("street", f"{CASES}/flags", params={"year": 2025, "quarter": 1}), 200)
    flagged = next(f for f in flags["flags"] if f["book_id"] == book["id"])
    assert flagged["case_ids"] == [case["id"], department["id"], unit["id"]]

    # The community records what it did; it cannot close the case.
    note = {"on": "2025-05-10", "note": "已逐户上门，2人承诺6月底前补交婚育证明"}
    follow_up = await _ok(await api.post(USER, f"{CASES}/{case['id']}/follow-ups", note))
    assert follow_up["closes"] is False and follow_up["recorded_by"] == book["user_id"]
    closing = {"on": "2025-06-12", "note": "约谈已完成，整改措施落实，办结"}
    refused = await api.post(USER, f"{CASES}/{case['id']}/close", closing)
    assert refused.status_code == 403, refused.text
    closed = await _ok(await api.post("street", f"{CASES}/{case['id']}/close", closing), 200)
    assert (closed["status"], closed["closed_on"], closed["outcome"]) == (
        "closed",
        "2025-06-12",
        closing["note"],
    )
    late = await api.post(USER, f"{CASES}/{case['id']}/follow-ups", note)
    assert late.status_code == 409, late.text
    notes = await _ok(await api.get(USER, f"{CASES}/{case['id']}/follow-ups"), 200)
    assert [(n["note"], n["closes"]) for n in notes] == [(note["note"], False), (closing["note"], True)]

    # Community A's worker sees none of it; the community sees its three cases, one closed.
    hidden = await api.get("community-a", f"{CASES}/{case['id']}")
    assert hidden.status_code == 404, hidden.text
    listed = await _ok(await api.get("community-a", CASES), 200)
    assert all(c["org_id"] != book["org_id"] for c in listed["items"])
    own = await _ok(await api.get(USER, CASES, params={"book_id": book["id"]}), 200)
    assert sorted((c["id"], c["status"]) for c in own["items"]) == sorted(
        [(case["id"], "closed"), (department["id"], "open"), (unit["id"], "open")]
    )
    still_open = await _ok(await api.get("street", CASES, params={"status": "open", "year": 2025}), 200)
    assert {c["id"] for c in still_open["items"]} >= {department["id"], unit["id"]}
    assert case["id"] not in {c["id"] for c in still_open["items"]}
    async with api.session() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(
                        AuditEvent.object_type == "accountability_case",
                        AuditEvent.object_id == str(case["id"]),
                    )
                    .order_by(AuditEvent.id)
                )
            )
            .scalars()
            .all()
        )
    assert actions == ["accountability.open", "accountability.follow_up", "accountability.close"]


async def test_a_case_needs_an_indicator_behind_plan_and_a_named_subject(
    api: Api, book: dict[str, Any]
) -> None:
    on_plan = await api.post(
        "street",
        CASES,
        _case(book, "birth_statistics_accuracy", subject="department", department="街道计生办"),
    )
    assert on_plan.status_code == 409, on_plan.text
    not_ended = await api.post(
        "street",
        CASES,
        _case(book, "migrant_certificate_rate", subject="department", department="计生办", quarter=2),
    )
    assert not_ended.status_code == 422 and not_ended.json()["errors"][0]["loc"] == ["body", "quarter"]
    nameless = await api.post("street", CASES, _case(book, "migrant_certificate_rate", subject="unit"))
    assert nameless.status_code == 422, nameless.text
    before_quarter_end = await api.post(
        "street",
        CASES,
        _case(
            book,
            "migrant_certificate_rate",
            subject="department",
            department="计生办",
            opened_on="2025-03-01",
        ),
    )
    assert before_quarter_end.status_code == 422, before_quarter_end.text
    # Community B's worker cannot even see the book to open a case on it (and holds no right to).
    outsider = await api.post(
        "community-b", CASES, _case(book, "migrant_certificate_rate", subject="department", department="x")
    )
    assert outsider.status_code == 403, outsider.text
    async with api.session() as session:
        written = (
            (
                await session.execute(
                    select(AccountabilityCase.indicator_code).where(AccountabilityCase.book_id == book["id"])
                )
            )
            .scalars()
            .all()
        )
    assert "birth_statistics_accuracy" not in written
