"""Per-person programs and exclusive groups (issue 22, item 4): each parent enrolled and paid from
their own month, the second one joining the family's case without a second application; imports
checked as applications are, an exclusive pair refused per row unless the street overrides it with a
reason; and the database refusing two paying lines of one group for a person and period."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.models.benefits.benefit import BenefitApplication
from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from app.models.benefits.payment import PaymentLine
from app.models.core.audit import AuditEvent
from app.models.core.family import Child, ChildStatus, Family
from tests.api.benefits.benefit_helpers import apply, child, new_family, program_ids, review, set_today
from tests.api.benefits.per_person_helpers import RURAL_MATERIALS, parents

pytestmark = pytest.mark.asyncio

RURAL, DEATH, DISABILITY = "rural_reward_support", "special_support_death", "special_support_disability"


async def pay(api, program_id: int, period: str) -> dict:
    """Generate, approve (street, then district: these programs are district-paid) and mark paid."""
    made = await api.post("street", "/api/v1/payment-batches", {"program_id": program_id, "period": period})
    assert made.status_code == 201, made.text
    batch_id = made.json()["id"]
    assert (await api.post("street", f"/api/v1/payment-batches/{batch_id}/approve")).status_code == 200
    assert (await api.post("district", f"/api/v1/payment-batches/{batch_id}/approve")).status_code == 200
    paid = await api.post("district", f"/api/v1/payment-batches/{batch_id}/mark-paid")
    assert paid.status_code == 200, paid.text
    return dict(paid.json())


async def lines_of(api, batch_id: int) -> list[dict]:
    response = await api.get("street", f"/api/v1/payment-batches/{batch_id}/lines")
    assert response.status_code == 200
    return list(response.json()["items"])


async def check(api, program_id: int, family_id: int, on: str) -> dict:
    response = await api.post(
        "community-a",
        f"/api/v1/benefit-programs/{program_id}/eligibility-check",
        {"family_id": family_id, "reference_date": on},
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_a_rural_couple_is_paid_each_from_their_own_month_without_a_second_application(api):
    programs = await program_ids(api)
    rural = programs[RURAL]
    set_today(api, date(2025, 12, 1))
    family_id = await new_family(api, mother_birth=date(1966, 4, 10), children=[child("1990-06-06")])
    # he turns 60 on 2025-11-20, she on 2026-04-10
    wife, husband = await parents(
        api, family_id, wife_birth=date(1966, 4, 10), husband_birth=date(1965, 11, 20), rural=True
    )

    # December 2025: the family applies; only he is 60, so only he is to be enrolled
    first = await check(api, rural, family_id, "2025-12-01")
    assert first["eligible"] is True and first["beneficiary_ids"] == [husband]
    application = await apply(api, "community-a", rural, family_id, RURAL_MATERIALS)
    assert (
        await api.post("community-a", f"/api/v1/benefit-applications/{application['id']}/submit")
    ).status_code == 200
    assert (await review(api, "community-a", application["id"])).status_code == 200
    set_today(api, date(2025, 12, 8))
    assert (await review(api, "street-officer", application["id"])).status_code == 200
    done = await review(api, "district", application["id"])
    assert done.json()["status"] == "enrolled", done.text
    listed = (await api.get("street", f"/api/v1/benefit-enrolments?family_id={family_id}")).json()["items"]
    assert [(e["beneficiary_id"], e["starts_on"]) for e in listed] == [(husband, "2025-12-01")]
    his_enrolment = listed[0]["id"]

    set_today(api, date(2025, 12, 20))
    paid_2025 = await pay(api, rural, "2025")
    set_today(api, date(2026, 1, 10))
    paid_2026_first = await pay(api, rural, "2026")

    # March 2026: she is 59; the family check says no one is left to enrol, and she cannot join yet
    set_today(api, date(2026, 3, 15))
    march = await check(api, rural, family_id, "2026-03-15")
    not_enrolled = next(c for c in march["criteria"] if c["code"] == "not_already_enrolled")
    assert march["eligible"] is False and march["beneficiary_ids"] == []
    assert not_enrolled["met"] is False and "this person is already enrolled" in not_enrolled["detail"]
    early = await api.post("street", f"/api/v1/benefit-enrolments/{his_enrolment}/other-parent", {})
    assert early.status_code == 422 and early.json()["eligible_from"] == "2026-04-10", early.text
    too_soon = await api.post(
        "street",
        f"/api/v1/benefit-enrolments/{his_enrolment}/other-parent",
        {"eligible_from": "2026-03-01"},
    )
    assert too_soon.status_code == 422
    assert too_soon.json()["eligibility"]["beneficiary_ids"] == []  # she is not 60 on 2026-03-01

    # April 2026: she turned 60 on the 10th; the street adds her to the family's case
    set_today(api, date(2026, 4, 20))
    april = await check(api, rural, family_id, "2026-04-20")
    assert april["eligible"] is True and april["beneficiary_ids"] == [wife]
    assert (
        await api.post("community-a", f"/api/v1/benefit-enrolments/{his_enrolment}/other-parent", {})
    ).status_code == 403
    joined = await api.post(
        "street",
        f"/api/v1/benefit-enrolments/{his_enrolment}/other-parent",
        {"note": "女方2026年4月满60周岁"},
    )
    assert joined.status_code == 201, joined.text
    hers = joined.json()
    assert (hers["beneficiary_id"], hers["starts_on"], hers["source"], hers["status"]) == (
        wife,
        "2026-04-01",
        "joined",
        "active",
    )
    assert hers["application_id"] == application["id"]
    again = await api.post("street", f"/api/v1/benefit-enrolments/{hers['id']}/other-parent", {})
    assert again.status_code == 409  # he is already enrolled
    twice = await api.post("street", f"/api/v1/benefit-enrolments/{his_enrolment}/other-parent", {})
    assert twice.status_code == 409 and "already enrolled" in twice.json()["detail"]

    paid_2026_second = await pay(api, rural, "2026")  # her year: only her line is new
    set_today(api, date(2027, 1, 8))
    paid_2027 = await pay(api, rural, "2027")

    ours = {wife: "wife", husband: "husband"}
    got: dict[tuple[str, str], int] = {}
    for batch in (paid_2025, paid_2026_first, paid_2026_second, paid_2027):
        for line in await lines_of(api, batch["id"]):
            if line["beneficiary_id"] in ours and line["status"] == "paid":
                key = (ours[line["beneficiary_id"]], line["period"])
                assert key not in got, key
                got[key] = line["amount_fen"]
    # by hand: 96000 fen a person a year (80 yuan a month), paid yearly for each year from the
    # year of the person's own month (due.py pays an annual period once the enrolment has started)
    assert got == {
        ("husband", "2025"): 96000,
        ("husband", "2026"): 96000,
        ("wife", "2026"): 96000,
        ("husband", "2027"): 96000,
        ("wife", "2027"): 96000,
    }
    assert [line["beneficiary_id"] for line in await lines_of(api, paid_2026_second["id"])] == [wife]

    async with api.session() as session:
        applications = (
            await session.execute(
                select(func.count())
                .select_from(BenefitApplication)
                .where(BenefitApplication.family_id == family_id)
            )
        ).scalar_one()
        audited = (
            await session.execute(
                select(AuditEvent).where(
                    AuditEvent.action == "benefit_enrolment.created", AuditEvent.object_id == str(hers["id"])
                )
            )
        ).scalar_one()
    assert applications == 1  # she joined without a second family application
    assert audited.actor_username == "street"
    assert {
        k: audited.detail[k] for k in ("joined_enrolment_id", "eligible_from", "starts_on", "beneficiary_id")
    } == {
        "joined_enrolment_id": his_enrolment,
        "eligible_from": "2026-04-10",
        "starts_on": "2026-04-01",
        "beneficiary_id": wife,
    }


async def test_special_support_is_per_person_too_the_other_parent_joins_an_imported_case(api):
    programs = await program_ids(api)
    set_today(api, date(2019, 9, 3))
    died = [child("1992-02-01", status="deceased", died="2015-08-08")]
    family_id = await new_family(api, mother_birth=date(1965, 1, 1), children=died)
    async with api.session() as session:
        family = await session.get(Family, family_id)
        mother, father = family.wife_id, family.husband_id
    row = {
        "family_id": family_id,
        "beneficiary_id": mother,
        "approval_document_no": "渝特扶〔2016〕3号",
        "approved_on": "2016-03-01",
        "starts_on": "2016-03-01",
        "paid_through": "2019-08",
    }
    imported = await api.post(
        "street", "/api/v1/benefit-enrolments/import", {"program_id": programs[DEATH], "rows": [row]}
    )
    assert imported.status_code == 201, imported.text
    her_enrolment = imported.json()["created"][0]["id"]
    # the family check no longer says "the family is already enrolled": he is still to be enrolled
    answer = await check(api, programs[DEATH], family_id, "2019-09-03")
    assert answer["eligible"] is True and answer["beneficiary_ids"] == [father]
    joined = await api.post("street", f"/api/v1/benefit-enrolments/{her_enrolment}/other-parent", {})
    assert joined.status_code == 201, joined.text
    assert (joined.json()["beneficiary_id"], joined.json()["starts_on"]) == (father, "2019-09-01")
    paid = await pay(api, programs[DEATH], "2019-09")
    amounts = {
        (line["beneficiary_id"], line["period"]): line["amount_fen"]
        for line in await lines_of(api, paid["id"])
        if line["beneficiary_id"] in (mother, father)
    }
    assert amounts == {(mother, "2019-09"): 45000, (father, "2019-09"): 45000}
    # a per-family program has no second person to add
    award_family = await new_family(
        api, mother_birth=date(1985, 5, 5), certificate=True, children=[child("2012-03-03")]
    )
    async with api.session() as session:
        award_mother = (await session.get(Family, award_family)).wife_id
    award = await api.post(
        "street",
        "/api/v1/benefit-enrolments/import",
        {
            "program_id": programs["one_child_award"],
            "rows": [{**row, "family_id": award_family, "beneficiary_id": award_mother}],
        },
    )
    assert award.status_code == 201, award.text
    refused = await api.post(
        "street", f"/api/v1/benefit-enrolments/{award.json()['created'][0]['id']}/other-parent", {}
    )
    assert refused.status_code == 409 and "per family" in refused.json()["detail"]


async def test_import_refuses_an_exclusive_pair_per_row_and_takes_a_reasoned_override(api):
    programs = await program_ids(api)
    set_today(api, date(2019, 9, 3))
    died = [child("1992-02-01", status="deceased", died="2019-07-08")]
    family_id = await new_family(api, mother_birth=date(1965, 1, 1), children=died)
    living = await new_family(api, mother_birth=date(1965, 1, 1), children=[child("1992-02-01")])
    async with api.session() as session:
        family = await session.get(Family, family_id)
        mother, father = family.wife_id, family.husband_id
        living_mother = (await session.get(Family, living)).wife_id
    # she has been on 特别扶助(伤残) since January (her only child was disabled, and died in July):
    # that enrolment is imported while the record still shows the disability
    common = {
        "approval_document_no": "渝特扶〔2019〕1号",
        "approved_on": "2019-01-01",
        "starts_on": "2019-01-01",
    }
    async with api.session() as session:
        only = (await session.execute(select(Child).where(Child.family_id == family_id))).scalar_one()
        only.status, only.deceased_on, only.disability_grade = ChildStatus.disabled, None, 2
        await session.commit()
    before = await api.post(
        "street",
        "/api/v1/benefit-enrolments/import",
        {
            "program_id": programs[DISABILITY],
            "rows": [{"family_id": family_id, "beneficiary_id": mother, **common}],
        },
    )
    assert before.status_code == 201, before.text
    disability_enrolment = before.json()["created"][0]["id"]
    async with api.session() as session:
        only = (await session.execute(select(Child).where(Child.family_id == family_id))).scalar_one()
        only.status, only.deceased_on, only.disability_grade = ChildStatus.deceased, date(2019, 7, 8), None
        await session.commit()
    disability_batch = await pay(api, programs[DISABILITY], "2019-09")  # she is paid 伤残 for September

    rows = [
        {"family_id": family_id, "beneficiary_id": mother, **common, "paid_through": "2019-08"},
        {"family_id": family_id, "beneficiary_id": father, **common, "paid_through": "2019-08"},
        {"family_id": living, "beneficiary_id": living_mother, **common},
    ]
    body = {"program_id": programs[DEATH], "rows": rows}
    refused = await api.post("street", "/api/v1/benefit-enrolments/import", body)
    assert refused.status_code == 422, refused.text
    problem = refused.json()
    assert [(r["row"], r["code"], r["overridable"]) for r in problem["refused"]] == [
        (0, "exclusive_group", True),
        (2, "ineligible", True),
    ]
    assert "special_support_disability" in problem["refused"][0]["reason"]
    assert "互斥" in problem["refused"][0]["reason_zh"]
    assert "only_child_deceased" in problem["refused"][1]["reason"]
    assert "独生子女死亡" in problem["refused"][1]["reason_zh"]
    assert [e["loc"] for e in problem["errors"]] == [["body", "rows", 0], ["body", "rows", 2]]
    async with api.session() as session:
        death_enrolments = (
            await session.execute(
                select(func.count())
                .select_from(Enrolment)
                .where(Enrolment.program_id == programs[DEATH], Enrolment.family_id == family_id)
            )
        ).scalar_one()
    assert death_enrolments == 0  # nothing half-written: not even the father's good row

    # the street overrides her row with a reason; the ineligible family is left out
    rows[0]["override_reason"] = "独生子女2019年7月死亡，改享特别扶助(死亡)，伤残扶助8月底终止"
    accepted = await api.post("street", "/api/v1/benefit-enrolments/import", {**body, "rows": rows[:2]})
    assert accepted.status_code == 201, accepted.text
    result = accepted.json()
    assert sorted(e["beneficiary_id"] for e in result["created"]) == sorted([mother, father])
    assert result["overridden"] == [
        {
            "row": 0,
            "beneficiary_id": mother,
            "codes": ["exclusive_group"],
            "reasons": [problem["refused"][0]["reason"]],
            "override_reason": rows[0]["override_reason"],
        }
    ]
    ended = (await api.get("street", f"/api/v1/benefit-enrolments/{disability_enrolment}")).json()
    assert (ended["status"], ended["ends_on"]) == ("ended", "2019-08-31")
    assert "import override" in ended["status_reason"]
    async with api.session() as session:
        overrides = (
            (
                await session.execute(
                    select(AuditEvent).where(AuditEvent.action == "benefit_enrolment.import_overridden")
                )
            )
            .scalars()
            .all()
        )
    assert [(o.actor_username, o.detail["override_reason"], o.detail["overridden"]) for o in overrides] == [
        ("street", rows[0]["override_reason"], ["exclusive_group"])
    ]

    # September: her 伤残 line is paid; the 死亡 batch does not try a second line for her
    made = await api.post(
        "street", "/api/v1/payment-batches", {"program_id": programs[DEATH], "period": "2019-09"}
    )
    assert made.status_code == 201, made.text
    lines = {
        line["beneficiary_id"]: line
        for line in await lines_of(api, made.json()["id"])
        if line["beneficiary_id"] in (mother, father)
    }
    assert (lines[father]["status"], lines[father]["amount_fen"]) == ("included", 45000)
    assert lines[mother]["status"] == "dropped"
    assert "already paid under special_support_disability for 2019-09" in lines[mother]["reason"]
    assert made.json()["line_count"] == 1 and made.json()["total_fen"] == 45000
    mother_paid = [
        line for line in await lines_of(api, disability_batch["id"]) if line["beneficiary_id"] == mother
    ]
    assert [(line["period"], line["status"]) for line in mother_paid] == [("2019-09", "paid")]

    # whatever path writes it, the database refuses a second paying line of the group
    async with api.session() as session:
        held = (
            await session.execute(
                select(PaymentLine).where(PaymentLine.beneficiary_id == mother, PaymentLine.status == "paid")
            )
        ).scalar_one()
        death_enrolment = (
            await session.execute(
                select(Enrolment).where(
                    Enrolment.program_id == programs[DEATH],
                    Enrolment.beneficiary_id == mother,
                    Enrolment.status == EnrolmentStatus.active,
                )
            )
        ).scalar_one()
        session.add(
            PaymentLine(
                batch_id=made.json()["id"],
                enrolment_id=death_enrolment.id,
                program_id=programs[DEATH],
                period="2019-09",
                beneficiary_id=mother,
                community_id=held.community_id,
                amount_fen=45000,
                exclusive_group="special_support",
            )
        )
        with pytest.raises(IntegrityError):
            await session.flush()
        await session.rollback()


async def test_a_parent_joined_late_is_paid_back_from_her_own_year_and_an_import_checks_her_age(api):
    programs = await program_ids(api)
    rural = programs[RURAL]
    set_today(api, date(2026, 2, 10))
    family_id = await new_family(api, mother_birth=date(1965, 9, 9), children=[child("1990-06-06")])
    # he turned 60 on 2024-07-05, she on 2025-09-09
    wife, husband = await parents(
        api, family_id, wife_birth=date(1965, 9, 9), husband_birth=date(1964, 7, 5), rural=True
    )
    common = {
        "family_id": family_id,
        "approval_document_no": "渝奖扶〔2024〕7号",
        "approved_on": "2024-07-20",
    }
    rows = [
        {**common, "beneficiary_id": husband, "starts_on": "2024-07-01", "paid_through": "2025"},
        {**common, "beneficiary_id": wife, "starts_on": "2024-07-01", "paid_through": "2024"},
    ]
    refused = await api.post(
        "street", "/api/v1/benefit-enrolments/import", {"program_id": rural, "rows": rows}
    )
    assert refused.status_code == 422, refused.text
    assert [(r["row"], r["code"]) for r in refused.json()["refused"]] == [(1, "person_not_eligible")]
    assert "2025-01-01" in refused.json()["refused"][0]["reason"]  # she was 59 when it would pay her
    imported = await api.post(
        "street", "/api/v1/benefit-enrolments/import", {"program_id": rural, "rows": rows[:1]}
    )
    assert imported.status_code == 201, imported.text
    joined = await api.post(
        "street", f"/api/v1/benefit-enrolments/{imported.json()['created'][0]['id']}/other-parent", {}
    )
    assert joined.status_code == 201, joined.text
    assert (joined.json()["starts_on"], joined.json()["arrears_from"]) == ("2025-09-01", "2025-09-01")
    paid = await pay(api, rural, "2026")
    got = {
        (line["beneficiary_id"], line["period"]): line["amount_fen"]
        for line in await lines_of(api, paid["id"])
        if line["beneficiary_id"] in (wife, husband)
    }
    # by hand: his 2025 was paid by the previous system; her own year 2025 is back pay (补发)
    assert got == {(husband, "2026"): 96000, (wife, "2025"): 96000, (wife, "2026"): 96000}
