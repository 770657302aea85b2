"""Shared by the benefit read tests (test_benefit_reads*.py): benefit rows built through the API
(the demo holds only the programs), so every list compared has rows to compare."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from tests.api.benefits.benefit_helpers import (
    ALL_MATERIALS,
    apply,
    child,
    new_family,
    program_ids,
    review,
    seed_enrolments,
    set_today,
)
from tests.conftest import Api
from tests.demo_ids import org_ids

DEATH = "special_support_death"
DISABILITY = "special_support_disability"


async def populate(api: Api) -> dict[str, Any]:
    """Enrolments in two communities (one suspended, one flagged), a re-verification round, two
    payment batches, applications in every early state with their reviews, public notices and an
    objection. Returns what the tests need to name."""
    ids = await org_ids(api)
    programs = await program_ids(api)
    set_today(api, date(2019, 7, 1))
    async with api.session() as session:
        enrolled = await seed_enrolments(session, DISABILITY, ids, {"community-a": 4, "community-b": 3})
        rows = (
            (await session.execute(select(Enrolment).where(Enrolment.id.in_(enrolled[:2])))).scalars().all()
        )
        rows[0].status = EnrolmentStatus.suspended
        rows[0].status_reason = "test"
        rows[1].needs_review = True
        rows[1].review_reason = "a new child"
        await session.commit()
    opened = await api.post(
        "street-officer", "/api/v1/reverifications", {"year": 2019, "deadline": "2019-12-31"}
    )
    assert opened.status_code == 201, opened.text
    for period in ("2019-05", "2019-06"):
        batch = await api.post(
            "street", "/api/v1/payment-batches", {"program_id": programs[DISABILITY], "period": period}
        )
        assert batch.status_code == 201, batch.text
    applications = []
    for n, state in enumerate(["in_notice", "in_notice", "submitted", "draft"]):
        family = await new_family(
            api,
            mother_birth=date(1958 + n, 5, 5),
            mother_name=["张晓明", "王红梅", "刘小芳", "陈秀英"][n],
            children=[child("1985-01-01", status="deceased", died="2011-01-01")],
        )
        created = await apply(api, "community-a", programs[DEATH], family, ALL_MATERIALS[DEATH])
        applications.append(created["id"])
        if state == "draft":
            continue
        submitted = await api.post("community-a", f"/api/v1/benefit-applications/{created['id']}/submit")
        assert submitted.status_code == 200, submitted.text
        if state == "in_notice":
            set_today(api, date(2019, 7, 1 + n))  # a notice a day: two notices
            assert (await review(api, "community-a", created["id"])).json()["status"] == "in_notice"
    notices = (await api.client.get("/api/v1/public/notices")).json()["items"]
    assert len(notices) >= 2
    entry = notices[0]["entries"][0]["entry_id"]
    filed = await api.client.post(
        f"/api/v1/public-notices/{notices[0]['id']}/objections",
        json={"entry_id": entry, "reason": "该户子女仍健在，见于外地", "contact": "13800000000"},
    )
    assert filed.status_code == 201, filed.text
    return {
        "round_id": opened.json()["id"],
        "applications": applications,
        "notice_ids": [n["id"] for n in notices],
        "tracking_code": filed.json()["tracking_code"],
        "programs": programs,
        "orgs": ids,
    }
