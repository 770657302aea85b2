"""A street office walked from 2019 to 2027 with the clock controlled (no sleeping, no real date), as
its users would, through the API (issue 22, "What it must show"):

- 2019: a family's third child is refused birth registration under the two-child policy of its date;
  a special-support family (特别扶助, both parents) is enrolled in March; in May the district raises
  the standard from April, and June's batch alone carries the differences (补发差额); the father dies
  in July, recorded in October (three months late): the overpayment is listed, refunded and closed;
- 2022: a third child born within the three-child policy is registered;
- 2023: an exclusive pair is refused on import (特别扶助 伤残, then 死亡 for the same mother), nothing
  written;
- 2024–2027: a rural couple on reward support (奖励扶助) turning 60 in different months, each paid from
  their own year, the wife joining her husband's case;
- December 2026, 2027 unknown: a service request (15th) and a complaint (28th) taken with
  provisional deadlines, counted again when the district enters 2027.

At the end the paid, due and recovered fen per person, program and period held in the database equal
a table computed by hand below (from docs/benefits.md's standards), not by the code under test.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date

import pytest
from sqlalchemy import delete, func, select

from app import clock
from app.models.benefits.enrolment import Enrolment
from app.models.benefits.payment import LineKind, LineStatus, PaymentLine
from app.models.benefits.recovery import Recovery, RecoveryLine, RecoverySettlement
from app.models.core.calendar import CalendarDay, CalendarYear
from app.models.core.family import Family
from app.models.grassroots.sunshine import Feedback
from app.schemas.common import PROVISIONAL_DUE_NOTE
from app.services.core import working_days
from tests.api.benefits.benefit_helpers import (
    apply,
    child,
    new_family,
    program_ids,
    review,
    showcase_family,
)
from tests.api.benefits.payment_helpers import approve_and_pay, enrol, generate, lines_of, on, pay
from tests.api.benefits.per_person_helpers import RURAL_MATERIALS, parents
from tests.api.core.birth_helpers import (
    REQUESTS,
    USER,
    ZH,
    children_of,
    documents_of,
    file_birth_request,
    register_birth,
)
from tests.api.core.deadline_helpers import NEW_YEAR_2027, org_code_of, special_support_request
from tests.api.leadership.leadership_helpers import new_community
from tests.api.leadership.leadership_helpers import new_family as new_family_of
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio

DEATH, DISABILITY, RURAL = "special_support_death", "special_support_disability", "rural_reward_support"
UNKNOWN = 2027
_real_arrangement = working_days.package_arrangement


@pytest.fixture(autouse=True)
async def _2027_unknown_then_the_real_clock(api: Api, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[None]:
    """2027 as the office met it in December 2026, whatever chinesecalendar knows: not in the
    package, not entered (as in test_provisional_deadlines)."""
    monkeypatch.setattr(
        working_days, "package_arrangement", lambda year: None if year >= UNKNOWN else _real_arrangement(year)
    )
    async with api.session() as session:
        await session.execute(delete(CalendarDay).where(CalendarDay.day >= date(UNKNOWN, 1, 1)))
        await session.execute(delete(CalendarYear).where(CalendarYear.year >= UNKNOWN))
        await session.commit()
    yield
    clock.set_today(None)
    api.app.dependency_overrides.clear()


async def mine(api: Api, batch: dict, people: set[int]) -> list[tuple[int, str, str, int]]:
    """(person, period, kind, fen) of a batch's lines for these people."""
    return sorted(
        (x["beneficiary_id"], x["period"], x["kind"], x["amount_fen"])
        for x in await lines_of(api, batch["id"])
        if x["beneficiary_id"] in people
    )


async def test_an_office_walks_from_2019_to_2027_and_the_money_equals_the_hand_table(api: Api) -> None:
    programs = await program_ids(api)

    # --- 2019-02-18: a third child born 2019-01-20 is outside 2019's two-child policy -------------
    on(api, date(2019, 2, 18))
    community = (await new_community(api, USER))["org"]
    two = await new_family_of(
        api, USER, community["id"], [(date(2014, 3, 1), "male", False), (date(2016, 9, 1), "female", False)]
    )
    third = await api.post(
        USER, f"/api/v1/families/{two}/children", {"name": "三孩", "sex": "male", "birth_date": "2019-01-20"}
    )
    assert third.status_code == 201, third.text
    filed = await file_birth_request(api, two, third.json()["id"])
    refused = await api.post(USER, f"{REQUESTS}/{filed['id']}/forward", headers=ZH)
    assert refused.status_code == 409, refused.text
    assert refused.json()["type"].endswith("/precondition-not-met")
    [unmet] = refused.json()["unmet_preconditions"]
    assert (unmet["rule"], unmet["expected"], unmet["actual"], unmet["born_on"]) == (
        "child_order_within_birth_policy",
        2,
        3,
        "2019-01-20",
    )
    assert unmet["birth_policy"]["code"] == "national_two_child_2016"
    assert "《中华人民共和国人口与计划生育法》（2015年修正）" in unmet["birth_policy"]["source"]
    assert "本次为第3个子女" in refused.json()["detail"]
    assert await documents_of(api, two) == []

    # --- 2019: special support (死亡), both parents, from March; paid March to May at 45000 --------
    family_id = await showcase_family(api, DEATH)
    async with api.session() as session:
        family = await session.get(Family, family_id)
        assert family is not None and family.wife_id and family.husband_id
        mother, father = family.wife_id, family.husband_id
    couple = {mother, father}
    await enrol(api, programs, DEATH, family_id)
    for month in (3, 4, 5):
        await pay(api, programs[DEATH], f"2019-{month:02d}")
    # 10 May: the district raises the standard to 50000 from April
    on(api, date(2019, 5, 10))
    raised = await api.post(
        "district",
        f"/api/v1/benefit-programs/{programs[DEATH]}/standards",
        {"effective_from": "2019-04", "amount_fen": 50000, "basis_document": "渝中区文〔2019〕8号"},
    )
    assert raised.status_code == 201, raised.text
    june = await pay(api, programs[DEATH], "2019-06")
    assert await mine(api, june, couple) == sorted(
        (person, period, kind, fen)
        for person in couple
        for period, kind, fen in (
            ("2019-04", "difference", 5000),
            ("2019-05", "difference", 5000),
            ("2019-06", "regular", 50000),
        )
    )
    for month in (7, 8, 9):  # the difference is paid once: these batches are regular lines only
        batch = await pay(api, programs[DEATH], f"2019-{month:02d}")
        assert await mine(api, batch, couple) == sorted(
            (person, f"2019-{month:02d}", "regular", 50000) for person in couple
        )

    # --- 2019-10-12: the father's death on 10 July is recorded, three months late ----------------
    on(api, date(2019, 10, 12))
    died = await api.post(
        "community-a",
        f"/api/v1/residents/{father}/status",
        {"status": "deceased", "effective_date": "2019-07-10"},
    )
    assert died.status_code == 200, died.text
    listed = await api.get("street", "/api/v1/benefit-recoveries", params={"beneficiary_id": father})
    assert listed.status_code == 200, listed.text
    [recovery] = listed.json()["items"]
    assert (recovery["status"], recovery["total_fen"], recovery["event_date"]) == (
        "open",
        100000,
        "2019-07-10",
    )
    detail = (await api.get("street", f"/api/v1/benefit-recoveries/{recovery['id']}")).json()
    assert [(x["period"], x["amount_fen"]) for x in detail["lines"]] == [
        ("2019-08", 50000),
        ("2019-09", 50000),
    ]
    on(api, date(2019, 10, 21))
    refund = await api.post(
        "district",
        f"/api/v1/benefit-recoveries/{recovery['id']}/refunds",
        {"amount_fen": 100000, "refunded_on": "2019-10-20", "reference": "退款收据 2019-031"},
    )
    assert refund.status_code == 200, refund.text
    assert (refund.json()["status"], refund.json()["outstanding_fen"]) == ("refunded", 0)
    october = await pay(api, programs[DEATH], "2019-10")
    assert await mine(api, october, couple) == [(mother, "2019-10", "regular", 50000)]

    # --- 2022-05-10: a third child born 2022-03-01 is within the three-child policy -------------
    on(api, date(2022, 5, 10))
    three = await new_family_of(
        api,
        USER,
        community["id"],
        [
            (date(2015, 3, 1), "female", False),
            (date(2018, 9, 1), "female", False),
            (date(2022, 3, 1), "male", False),
        ],
    )
    youngest = (await children_of(api, three))[2]
    registered = await register_birth(api, (await file_birth_request(api, three, youngest["id"]))["id"])
    assert registered["issued_no"].startswith("SYDJ2022")
    assert await documents_of(api, three) == [(3, youngest["id"], registered["issued_no"])]

    # --- 2023-03-01: 特别扶助 伤残 imported; the child dies; 死亡 for the same mother is refused -----
    on(api, date(2023, 3, 1))
    disabled = await new_family(
        api, mother_birth=date(1970, 2, 2), children=[child("1996-05-05", status="disabled", grade=2)]
    )
    async with api.session() as session:
        her = (await session.get(Family, disabled)).wife_id
    row = {
        "family_id": disabled,
        "beneficiary_id": her,
        "approval_document_no": "渝特扶〔2021〕5号",
        "approved_on": "2021-01-10",
        "starts_on": "2021-01-01",
        "paid_through": "2023-02",
    }
    imports = "/api/v1/benefit-enrolments/import"
    first = await api.post("street", imports, {"program_id": programs[DISABILITY], "rows": [row]})
    assert first.status_code == 201, first.text
    only = (await api.get("community-a", f"/api/v1/families/{disabled}/children")).json()[0]
    dead = await api.patch(
        "community-a",
        f"/api/v1/families/{disabled}/children/{only['id']}",
        {"status": "deceased", "deceased_on": "2023-02-14"},
    )
    assert dead.status_code == 200, dead.text
    pair = await api.post("street", imports, {"program_id": programs[DEATH], "rows": [row]})
    assert pair.status_code == 422, pair.text
    assert [(r["row"], r["code"]) for r in pair.json()["refused"]] == [(0, "exclusive_group")]
    assert DISABILITY in pair.json()["refused"][0]["reason"]
    async with api.session() as session:
        written = await session.scalar(
            select(func.count())
            .select_from(Enrolment)
            .where(Enrolment.program_id == programs[DEATH], Enrolment.family_id == disabled)
        )
    assert written == 0

    # --- 2024-12 to 2027-01: a rural couple, he turns 60 on 2024-11-20, she on 2025-04-10 ------
    rural = programs[RURAL]
    on(api, date(2024, 12, 2))
    farm = await new_family(api, mother_birth=date(1965, 4, 10), children=[child("1990-06-06")])
    wife, husband = await parents(
        api, farm, wife_birth=date(1965, 4, 10), husband_birth=date(1964, 11, 20), rural=True
    )
    application = (await apply(api, "community-a", rural, farm, RURAL_MATERIALS))["id"]
    submitted = await api.post("community-a", f"/api/v1/benefit-applications/{application}/submit")
    assert submitted.status_code == 200, submitted.text
    assert (await review(api, "community-a", application)).status_code == 200
    on(api, date(2024, 12, 9))  # after the 7-day public notice
    assert (await review(api, "street-officer", application)).status_code == 200
    assert (await review(api, "district", application)).json()["status"] == "enrolled"
    his = (await api.get("street", "/api/v1/benefit-enrolments", params={"family_id": farm})).json()["items"]
    assert [(e["beneficiary_id"], e["starts_on"]) for e in his] == [(husband, "2024-12-01")]
    farmers = {wife, husband}
    yearly: dict[str, list[dict]] = {}
    for day, year in ((date(2024, 12, 20), "2024"), (date(2025, 1, 10), "2025")):
        on(api, day)
        yearly.setdefault(year, []).append(
            await approve_and_pay(api, (await generate(api, rural, year))["id"])
        )
    on(api, date(2025, 4, 20))
    joined = await api.post(
        "street", f"/api/v1/benefit-enrolments/{his[0]['id']}/other-parent", {"note": "女方满60周岁"}
    )
    assert joined.status_code == 201, joined.text
    assert (joined.json()["beneficiary_id"], joined.json()["starts_on"]) == (wife, "2025-04-01")
    on(api, date(2025, 4, 25))
    hers = await approve_and_pay(api, (await generate(api, rural, "2025"))["id"])
    assert await mine(api, hers, farmers) == [(wife, "2025", "regular", 96000)]
    on(api, date(2026, 1, 10))
    both = await approve_and_pay(api, (await generate(api, rural, "2026"))["id"])
    assert await mine(api, both, farmers) == sorted((p, "2026", "regular", 96000) for p in farmers)

    # --- December 2026, 2027 not published: a request on the 15th, a complaint on the 28th ------
    on(api, date(2026, 12, 15))
    request = await special_support_request(api)
    # Tuesday 15 December + 20 working days by the weekday rule (1 January counted as working)
    assert (request["due_on"], request["due_provisional"]) == ("2027-01-12", True)
    assert request["due_note"] == PROVISIONAL_DUE_NOTE
    on(api, date(2026, 12, 28))
    ids = await org_ids(api)
    complaint = await api.client.post(
        "/api/v1/public/feedback",
        json={
            "org_code": await org_code_of(api, ids["community-a"]),
            "category": "complaint",
            "subject": "年底办证",
            "content": "元旦前后窗口是否办理？",
            "anonymous": True,
        },
    )
    assert complaint.status_code == 201, complaint.text
    receipt = complaint.json()
    # 29, 30, 31 December, 1 January (weekday rule), 4 January: the fifth working day
    assert (receipt["due_on"], receipt["due_provisional"], receipt["due_note"]) == (
        "2027-01-04",
        True,
        PROVISIONAL_DUE_NOTE,
    )
    on(api, date(2026, 12, 30))
    entered = await api.client.put(
        "/api/v1/working-calendar/2027", json=NEW_YEAR_2027, headers=await api.headers("district")
    )
    assert entered.status_code == 200, entered.text
    again = (await api.get("street", f"/api/v1/service-requests/{request['id']}")).json()
    assert (again["due_on"], again["due_provisional"], again["due_note"]) == ("2027-01-13", False, None)
    assert again["version"] == request["version"] + 1
    seen = (await api.client.get(f"/api/v1/public/feedback/{receipt['tracking_code']}")).json()
    assert (seen["due_on"], seen["due_provisional"]) == ("2027-01-05", False)
    async with api.session() as session:
        stored = await session.scalar(
            select(Feedback).where(Feedback.tracking_code == receipt["tracking_code"])
        )
        assert stored is not None and stored.due_on == date(2027, 1, 5)

    on(api, date(2027, 1, 8))
    last = await approve_and_pay(api, (await generate(api, rural, "2027"))["id"])
    assert await mine(api, last, farmers) == sorted((p, "2027", "regular", 96000) for p in farmers)

    # --- the hand table: fen per (person, program, period) -------------------------------------
    # (regular paid, difference paid, recovered, due = regular + difference - recovered)
    M, F, W, H = "mother", "father", "wife", "husband"
    expected = {
        # 2019 standard 45000 a month per parent (docs/benefits.md); enrolled 12 March, paid from March
        (M, DEATH, "2019-03"): (45000, 0, 0, 45000),
        (F, DEATH, "2019-03"): (45000, 0, 0, 45000),
        # paid at 45000; 50000 from April entered on 10 May: 50000 - 45000 = 5000 in June's batch
        (M, DEATH, "2019-04"): (45000, 5000, 0, 50000),
        (F, DEATH, "2019-04"): (45000, 5000, 0, 50000),
        (M, DEATH, "2019-05"): (45000, 5000, 0, 50000),
        (F, DEATH, "2019-05"): (45000, 5000, 0, 50000),
        # June onwards paid at the new standard, 50000
        (M, DEATH, "2019-06"): (50000, 0, 0, 50000),
        (F, DEATH, "2019-06"): (50000, 0, 0, 50000),
        (M, DEATH, "2019-07"): (50000, 0, 0, 50000),
        # he died on 10 July: July, the month of the death, is still due to him
        (F, DEATH, "2019-07"): (50000, 0, 0, 50000),
        (M, DEATH, "2019-08"): (50000, 0, 0, 50000),
        # August and September were paid before the death was recorded: recovered (refunded 100000)
        (F, DEATH, "2019-08"): (50000, 0, 50000, 0),
        (M, DEATH, "2019-09"): (50000, 0, 0, 50000),
        (F, DEATH, "2019-09"): (50000, 0, 50000, 0),
        # October: only the mother; no line at all for him
        (M, DEATH, "2019-10"): (50000, 0, 0, 50000),
        # rural reward: 96000 a person a year, each from the year of their own month of turning 60
        (H, RURAL, "2024"): (96000, 0, 0, 96000),  # 60 on 2024-11-20, enrolled from December 2024
        (H, RURAL, "2025"): (96000, 0, 0, 96000),
        (W, RURAL, "2025"): (96000, 0, 0, 96000),  # 60 on 2025-04-10, joined from April 2025
        (H, RURAL, "2026"): (96000, 0, 0, 96000),
        (W, RURAL, "2026"): (96000, 0, 0, 96000),
        (H, RURAL, "2027"): (96000, 0, 0, 96000),
        (W, RURAL, "2027"): (96000, 0, 0, 96000),
    }
    who = {mother: M, father: F, wife: W, husband: H}
    code = {programs[DEATH]: DEATH, programs[RURAL]: RURAL}
    held: dict[tuple[str, str, str], list[int]] = {}
    async with api.session() as session:
        lines = (
            await session.execute(
                select(
                    PaymentLine.beneficiary_id,
                    PaymentLine.program_id,
                    PaymentLine.period,
                    PaymentLine.kind,
                    PaymentLine.status,
                    func.sum(PaymentLine.amount_fen),
                )
                .where(PaymentLine.beneficiary_id.in_(who))
                .group_by(
                    PaymentLine.beneficiary_id,
                    PaymentLine.program_id,
                    PaymentLine.period,
                    PaymentLine.kind,
                    PaymentLine.status,
                )
            )
        ).all()
        recovered = (
            await session.execute(
                select(
                    Recovery.beneficiary_id, Recovery.program_id, RecoveryLine.period, RecoveryLine.amount_fen
                )
                .join(RecoveryLine, RecoveryLine.recovery_id == Recovery.id)
                .where(Recovery.beneficiary_id.in_(who))
            )
        ).all()
        recoveries = (
            (await session.execute(select(Recovery).where(Recovery.beneficiary_id.in_(who)))).scalars().all()
        )
        settled = await session.scalar(
            select(func.sum(RecoverySettlement.amount_fen)).where(
                RecoverySettlement.recovery_id.in_([r.id for r in recoveries])
            )
        )
    for person, program, period, kind, status, fen in lines:
        # no line of theirs dropped, returned or waiting: each was paid
        assert LineStatus(status) is LineStatus.paid, (who[person], period, kind, status)
        row = held.setdefault((who[person], code[program], period), [0, 0, 0, 0])
        row[0 if LineKind(kind) is LineKind.regular else 1] += int(fen)
    for person, program, period, fen in recovered:
        held[(who[person], code[program], period)][2] += fen
    for row in held.values():
        row[3] = row[0] + row[1] - row[2]
    assert {key: tuple(row) for key, row in held.items()} == expected
    # every fen owed back was refunded: one recovery, closed
    assert [(r.status.value, r.total_fen, r.refunded_fen, r.closed_on) for r in recoveries] == [
        ("refunded", 100000, 100000, date(2019, 10, 20))
    ]
    assert settled == 100000
