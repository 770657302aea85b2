"""A year of activity built over the API in a new community, then its book's progress by hand count.

The office's clock is fixed at 16 June 2025 for the module (births and screenings on 1 January,
requests, benefits and dispensing "today"), so nothing depends on the real date; every expected
value below is counted by hand from what the test itself creates in a community that holds nothing
else.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from app.clock import set_today
from app.models.benefits.benefit import BenefitProgram
from app.models.core.audit import AuditEvent
from app.models.lawful_services.service import ServiceRequest
from tests.api.leadership.leadership_helpers import (
    SIGN,
    book_body,
    indicator_ids,
    new_community,
    new_family,
    new_resident,
)
from tests.api.quality.contraceptive_setup import new_product, receive

pytestmark = pytest.mark.asyncio

TODAY = date(2025, 6, 16)  # a Monday, mid-year: last year's same stretch is half a year
YEAR = TODAY.year
JAN1 = date(YEAR, 1, 1)
REQUESTS = "/api/v1/service-requests"
COMPLETE_BIRTH = [{"code": "husband_id_card"}, {"code": "wife_id_card"}, {"code": "marriage_certificate"}]
USER = "community-z"


async def _register(api: Any, request_id: int) -> str:
    """The community pre-checks and forwards; the street office registers (one visit: 即办)."""
    forwarded = await api.post(USER, f"{REQUESTS}/{request_id}/forward")
    assert forwarded.status_code == 200, forwarded.text
    accepted = await api.post("street", f"{REQUESTS}/{request_id}/accept")
    assert accepted.status_code == 200, accepted.text
    return str(accepted.json()["state"])


async def _request(api: Any, family_id: int, materials: list[dict[str, str]]) -> dict[str, Any]:
    """A birth registration (生育登记) for the family's child born this year."""
    children = (await api.get(USER, f"/api/v1/families/{family_id}/children")).json()
    child_id = next(c["id"] for c in children if c["birth_date"] == JAN1.isoformat())
    response = await api.post(
        USER,
        REQUESTS,
        {
            "service_type": "birth_registration",
            "family_id": family_id,
            "child_id": child_id,
            "materials": materials,
        },
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


@pytest.fixture(scope="module", autouse=True)
def fixed_clock() -> Iterator[None]:
    set_today(TODAY)
    yield
    set_today(None)


@pytest.fixture(scope="module")
async def activity(api: Any) -> dict[str, Any]:
    made = await new_community(api, USER)
    org_id = made["org"]["id"]

    # Births this year (not adopted): boy (2nd child), girl (1st), boy (4th: outside the three-child
    # policy in force in 2025), girl (1st); an adopted girl does not count. 4 births, 3 compliant (75%),
    # 2 boys per 2 girls (ratio 100).
    families = [
        await new_family(api, USER, org_id, [(date(2015, 3, 1), "female", False), (JAN1, "male", False)]),
        await new_family(api, USER, org_id, [(JAN1, "female", False)]),
        await new_family(
            api,
            USER,
            org_id,
            [
                (date(2009, 3, 1), "female", False),
                (date(2010, 1, 1), "male", False),
                (date(2012, 1, 1), "female", False),
                (JAN1, "male", False),
            ],
        ),
        await new_family(api, USER, org_id, [(JAN1, "female", True)]),
        await new_family(api, USER, org_id, [(JAN1, "female", False)]),
    ]

    # Birth registrations: R1 complete and accepted (on time); R2 returned once, resubmitted and
    # completed, but after its due date; R3 left open past its due date.
    r1 = await _request(api, families[0], COMPLETE_BIRTH)
    assert await _register(api, r1["id"]) == "completed"
    r2 = await _request(api, families[1], [{"code": "husband_id_card"}])
    assert (await api.post(USER, f"{REQUESTS}/{r2['id']}/return")).status_code == 200
    resubmitted = await api.post(USER, f"{REQUESTS}/{r2['id']}/resubmit", {"materials": COMPLETE_BIRTH})
    assert resubmitted.status_code == 200, resubmitted.text
    assert await _register(api, r2["id"]) == "completed"
    r3 = await _request(api, families[2], [{"code": "wife_id_card"}])
    # The clock stays on one day here, so the deadlines that ran out are set in the records.
    async with api.session() as session:
        await session.execute(
            update(ServiceRequest)
            .where(ServiceRequest.id.in_([r2["id"], r3["id"]]))
            .values(due_on=TODAY - timedelta(days=1))
        )
        await session.commit()

    # Benefits: one application for the one-child parents' award, submitted.
    award_family = await new_family(api, USER, org_id, [(date(2012, 6, 1), "male", False)], certificate=True)
    async with api.session() as session:
        award = (
            await session.execute(select(BenefitProgram.id).where(BenefitProgram.code == "one_child_award"))
        ).scalar_one()
    applied = await api.post(
        USER,
        "/api/v1/benefit-applications",
        {
            "program_id": award,
            "family_id": award_family,
            "materials": ["honour_certificate", "id_card", "household_register"],
        },
    )
    assert applied.status_code == 201, applied.text
    submitted = await api.post(USER, f"/api/v1/benefit-applications/{applied.json()['id']}/submit")
    assert submitted.status_code == 200, submitted.text

    # Screening: target 8 for the community; 3 residents screened (one of them twice).
    program = await api.post(
        "street",
        "/api/v1/screening-programs",
        {
            "year": YEAR,
            "kind": "pre_pregnancy_check",
            "name": f"{YEAR}年免费孕前优生健康检查",
            "targets": [{"org_id": org_id, "target_count": 8}],
        },
    )
    assert program.status_code == 201, program.text
    screened = [await new_resident(api, USER, org_id) for _ in range(3)]
    for resident_id in [*screened, screened[0]]:
        response = await api.post(
            USER,
            "/api/v1/screenings",
            {
                "program_id": program.json()["id"],
                "resident_id": resident_id,
                "screened_on": JAN1.isoformat(),
                "items": ["病史询问"],
                "risk_level": "low",
            },
        )
        assert response.status_code == 201, response.text

    # Contraceptives: two points; the first runs out today (1 stock-out day), the second does not.
    product = await new_product(api)
    points = []
    for name in ("测试社区药具发放站", "测试社区第二发放站"):
        point = await api.post(
            "street",
            "/api/v1/distribution-points",
            {"name": name, "kind": "community_station", "org_id": org_id},
        )
        assert point.status_code == 201, point.text
        points.append(point.json()["id"])
    for point_id, received, handed in ((points[0], 5, 5), (points[1], 10, 3)):
        assert (await receive(api, USER, point_id, product, received)).status_code == 201
        dispensed = await api.post(
            USER, "/api/v1/dispensations", {"product_id": product, "quantity": handed, "point_id": point_id}
        )
        assert dispensed.status_code == 201, dispensed.text

    codes = await indicator_ids(api)
    indicators = [
        # code, weight, target, veto
        ("sex_ratio_at_birth", 10, 107, False),
        ("birth_registration_timeliness", 10, 30, False),
        ("one_time_notification_compliance", 10, 50, False),
        ("screening_coverage", 20, 30, False),
        ("contraceptive_stock_out_days", 10, 1, False),
        ("benefit_roster_wrong_cases", 10, 0, False),
        ("birth_statistics_accuracy", 20, 95, False),
        ("policy_compliant_birth_rate", 4, 80, True),
        ("migrant_certificate_rate", 6, 90, False),
    ]
    created = await api.post(
        "street",
        "/api/v1/responsibility-books",
        book_body(org_id, YEAR, [(codes[c], w, t, v) for c, w, t, v in indicators]),
    )
    assert created.status_code == 201, created.text
    book = created.json()
    signed = await api.post("street", f"/api/v1/responsibility-books/{book['id']}/sign", SIGN)
    assert signed.status_code == 200, signed.text
    reported_id = next(
        i["id"] for i in book["indicators"] if i["indicator_code"] == "birth_statistics_accuracy"
    )
    reported = await api.post(
        USER,
        f"/api/v1/responsibility-books/{book['id']}/indicators/{reported_id}/report",
        {"value": 98, "evidence": "出生统计核查表(2019-12)"},
    )
    assert reported.status_code == 200, reported.text
    return {"org_id": org_id, "book": signed.json(), "families": families}


# Hand counts: (actual, numerator, denominator, met, score)
EXPECTED = {
    "sex_ratio_at_birth": (100.0, 2, 2, True, 10.0),
    "birth_registration_timeliness": (33.33, 1, 3, True, 10.0),
    "one_time_notification_compliance": (50.0, 1, 2, True, 10.0),
    "screening_coverage": (37.5, 3, 8, True, 20.0),
    "contraceptive_stock_out_days": (0.5, 1, 2, True, 10.0),
    "benefit_roster_wrong_cases": (0.0, 0, None, True, 10.0),
    "birth_statistics_accuracy": (98.0, None, None, True, 20.0),
    # missed: 4 × 75/80 = 3.75, and it is a veto indicator
    "policy_compliant_birth_rate": (75.0, 3, 4, False, 3.75),
    "migrant_certificate_rate": (None, 0, 0, None, 0.0),
}


async def test_progress_equals_hand_counts_and_a_missed_veto_fails_above_90(api, activity):
    book = activity["book"]
    response = await api.get(
        "street", f"/api/v1/responsibility-books/{book['id']}/progress", params={"as_of": TODAY.isoformat()}
    )
    assert response.status_code == 200, response.text
    progress = response.json()
    got = {
        i["indicator_code"]: (i["actual"], i["numerator"], i["denominator"], i["met"], i["score"])
        for i in progress["indicators"]
    }
    assert got == EXPECTED
    assert progress["total"] == 93.75 > 90
    assert progress["veto_missed"] == ["policy_compliant_birth_rate"]
    assert progress["result"] == "vetoed"
    migrant = next(i for i in progress["indicators"] if i["indicator_code"] == "migrant_certificate_rate")
    # the community has no migrants: the rate has nothing to divide by, and says so
    assert migrant["not_computable_reason"] == "no cases in the period to compute it from"
    # the community sees the same progress of its own book
    own = await api.get(
        USER, f"/api/v1/responsibility-books/{book['id']}/progress", params={"as_of": TODAY.isoformat()}
    )
    assert own.status_code == 200 and own.json()["total"] == 93.75


async def test_progress_before_the_activity_counts_nothing_of_it(api, activity):
    book = activity["book"]
    early = (
        await api.get(
            "street",
            f"/api/v1/responsibility-books/{book['id']}/progress",
            params={"as_of": JAN1.isoformat()},
        )
    ).json()
    values = {i["indicator_code"]: i["actual"] for i in early["indicators"]}
    # births and screenings were on 1 January; requests and dispensing today
    assert values["policy_compliant_birth_rate"] == 75.0 and values["screening_coverage"] == 37.5
    assert (
        values["birth_registration_timeliness"] is None and values["one_time_notification_compliance"] is None
    )


async def test_evaluation_freezes_values_adjusts_with_reason_keeps_the_veto(api, activity):
    book = activity["book"]
    created = await api.post(
        "street", "/api/v1/evaluations", {"book_id": book["id"], "as_of": TODAY.isoformat()}
    )
    assert created.status_code == 201, created.text
    evaluation = created.json()
    assert evaluation["total"] == 93.75 and evaluation["result"] == "vetoed" and evaluation["vetoed"] is True
    assert {s["indicator_code"]: s["computed_score"] for s in evaluation["scores"]} == {
        code: row[4] for code, row in EXPECTED.items()
    }
    migrant = next(s for s in evaluation["scores"] if s["indicator_code"] == "migrant_certificate_rate")
    path = f"/api/v1/evaluations/{evaluation['id']}"
    amend = await api.post(
        "street",
        f"/api/v1/responsibility-books/{book['id']}/amendments",
        {
            "reason": "取消一票否决",
            "indicators": [{"indicator_id": migrant["book_indicator_id"], "weight": 100, "target": 1}],
        },
    )
    assert amend.status_code == 409

    too_much = await api.post(
        "street",
        f"{path}/adjustments",
        {"book_indicator_id": migrant["book_indicator_id"], "adjusted_score": 7, "reason": "x"},
    )
    assert too_much.status_code == 409
    no_reason = await api.post(
        "street",
        f"{path}/adjustments",
        {"book_indicator_id": migrant["book_indicator_id"], "adjusted_score": 6},
    )
    assert no_reason.status_code == 422
    adjusted = await api.post(
        "street",
        f"{path}/adjustments",
        {
            "book_indicator_id": migrant["book_indicator_id"],
            "adjusted_score": 6,
            "reason": "流动人口系统未上线，按区卫健委核查结果给满分",
        },
    )
    assert adjusted.status_code == 200, adjusted.text
    body = adjusted.json()
    row = next(s for s in body["scores"] if s["indicator_code"] == "migrant_certificate_rate")
    assert (row["computed_score"], row["adjusted_score"]) == (0.0, 6.0) and row["adjustment_reason"]
    assert body["computed_total"] == 93.75 and body["total"] == 99.75 and body["result"] == "vetoed"

    assert (await api.post(USER, f"{path}/finalize")).status_code == 403
    final = await api.post("street", f"{path}/finalize")
    assert final.status_code == 200 and final.json()["status"] == "final"
    again = await api.post(
        "street",
        f"{path}/adjustments",
        {"book_indicator_id": migrant["book_indicator_id"], "adjusted_score": 1, "reason": "x"},
    )
    assert again.status_code == 409 and again.json()["current_state"] == "final"
    book_now = (await api.get("street", f"/api/v1/responsibility-books/{book['id']}")).json()
    assert book_now["status"] == "evaluated" and book_now["next_steps"] == []

    action = await api.post(
        "street",
        f"{path}/accountability-actions",
        {
            "kind": "award_disqualification",
            "person_name": "赵敏",
            "reason": "政策符合率未达标，一票否决",
            "decided_on": TODAY.isoformat(),
        },
    )
    assert action.status_code == 201, action.text
    shown = (await api.get(USER, path)).json()
    assert [a["kind"] for a in shown["accountability"]] == ["award_disqualification"]

    # a later birth changes the live progress, not the frozen evaluation
    await new_family(api, USER, activity["org_id"], [(JAN1, "male", False)])
    live = (
        await api.get(
            "street",
            f"/api/v1/responsibility-books/{book['id']}/progress",
            params={"as_of": TODAY.isoformat()},
        )
    ).json()
    live_rate = next(i for i in live["indicators"] if i["indicator_code"] == "policy_compliant_birth_rate")
    assert live_rate["actual"] == 80.0  # 4 of 5
    frozen = (await api.get("street", path)).json()
    assert (
        next(s for s in frozen["scores"] if s["indicator_code"] == "policy_compliant_birth_rate")["actual"]
        == 75.0
    )

    async with api.session() as session:
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action)
                    .where(AuditEvent.object_type == "evaluation")
                    .order_by(AuditEvent.id)
                )
            )
            .scalars()
            .all()
        )
    assert actions == [
        "evaluation.create",
        "evaluation.adjust",
        "evaluation.finalize",
        "evaluation.accountability",
    ]


async def test_dashboard_counts_the_activity_month_by_month(api, activity):
    response = await api.get(
        USER, "/api/v1/reports/dashboard", params={"org_id": activity["org_id"], "year": YEAR}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    tasks = {t["code"]: t for t in body["tasks"]}
    month = TODAY.month - 1
    assert tasks["lawful_services.requests_submitted"]["months"][month] == 3
    assert tasks["lawful_services.requests_submitted"]["total"] == 3
    assert tasks["lawful_services.requests_completed_on_time"]["total"] == 1
    assert tasks["quality.screenings"]["months"][0] == 3
    assert tasks["quality.dispensed_units"]["total"] == 8
    assert tasks["quality.dispensed_units"]["total_last_year"] == 0
    sections = {f["code"]: f for s in body["sections"] for f in s["figures"]}
    on_time = sections["lawful_services.requests_completed_on_time"]
    assert (on_time["value"], on_time["numerator"], on_time["denominator"]) == (50.0, 1, 2)
    assert sections["quality.screening_coverage"]["value"] == 37.5
    assert sections["benefits.applications_submitted"]["value"] == 1
    assert sections["benefits.applications_open"]["value"] == 1
    assert tasks["benefits.applications_submitted"]["months"][month] == 1
    indicators = {i["code"]: i for i in body["indicators"]}
    assert indicators["quality.screening_coverage"]["value"] == 37.5
    assert indicators["migrants.migrant_certificate_rate"]["value"] is None
    assert indicators["migrants.migrant_certificate_rate"]["not_computable_reason"]
