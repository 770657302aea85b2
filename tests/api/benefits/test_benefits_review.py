"""The review path's rules: return for correction names everything at once, reasons, illegal
transitions, one open application, eligibility at submission, and scope (community-b sees nothing)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models.benefits.benefit import BenefitApplication
from app.models.core.audit import AuditEvent
from tests.api.benefits.benefit_helpers import (
    ALL_MATERIALS,
    apply,
    child,
    new_family,
    program_ids,
    review,
    set_today,
    showcase_family,
)

pytestmark = pytest.mark.asyncio


async def test_return_for_correction_lists_every_missing_item_at_once(api):
    set_today(api, date(2019, 6, 3))
    programs = await program_ids(api)
    family = await showcase_family(api, "special_support_disability")
    created = await apply(api, "community-a", programs["special_support_disability"], family, ["id_card"])
    app_id = created["id"]

    # a draft with required materials missing is not submitted: every missing item is named at once
    refused = await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")
    assert refused.status_code == 422
    assert refused.json()["missing_materials"] == [
        "application_form",
        "household_register",
        "disability_certificate",
    ]
    current = await api.get("community-a", f"/api/v1/benefit-applications/{app_id}")
    completed = await api.patch(
        "community-a",
        f"/api/v1/benefit-applications/{app_id}",
        {"materials": ALL_MATERIALS["special_support_disability"]},
        headers={"If-Match": current.headers["etag"]},
    )
    assert completed.status_code == 200, completed.text
    assert (await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")).status_code == 200

    # the reviewer names what is wrong; the return lists it (and anything else not handed in)
    returned = await review(
        api, "community-a", app_id, "return", comment="请补正", missing_materials=["id_card"]
    )
    assert returned.status_code == 200, returned.text
    body = returned.json()
    assert body["status"] == "returned"
    expected = ["id_card"]
    assert body["missing_materials"] == expected
    assert body["reviews"][-1]["decision"] == "return"
    assert body["reviews"][-1]["missing_materials"] == expected

    # resubmitting before handing them in names them all again
    early = await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")
    assert early.status_code == 422
    assert early.json()["missing_materials"] == expected

    patched = await api.patch(
        "community-a",
        f"/api/v1/benefit-applications/{app_id}",
        {"materials": ALL_MATERIALS["special_support_disability"]},
        headers={"If-Match": f'"{body["version"]}"'},
    )
    assert patched.status_code == 200, patched.text
    stale = await api.patch(
        "community-a",
        f"/api/v1/benefit-applications/{app_id}",
        {"note": "x"},
        headers={"If-Match": f'"{body["version"]}"'},
    )
    assert stale.status_code == 412
    again = await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")
    assert again.status_code == 200 and again.json()["missing_materials"] == []
    # one return per level (一次性告知): the community cannot return the case a second time
    second = await review(api, "community-a", app_id, "return", comment="再补", missing_materials=["x"])
    assert second.status_code == 409 and second.json()["current_state"] == "submitted"
    assert (await review(api, "community-a", app_id)).json()["status"] == "in_notice"


async def test_a_return_must_name_something_and_a_rejection_needs_a_reason(api):
    programs = await program_ids(api)
    family = await new_family(
        api,
        mother_birth=date(1960, 1, 1),
        children=[child("1985-01-01", status="deceased", died="2011-01-01")],
    )
    app_id = (
        await apply(
            api,
            "community-a",
            programs["special_support_death"],
            family,
            ALL_MATERIALS["special_support_death"],
        )
    )["id"]
    await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")
    nothing = await review(api, "community-a", app_id, "return", comment="?")
    assert nothing.status_code == 422
    no_reason = await review(api, "community-a", app_id, "reject")
    assert no_reason.status_code == 422
    rejected = await review(api, "community-a", app_id, "reject", comment="户籍不在本区")
    assert rejected.json()["status"] == "rejected"
    assert rejected.json()["decision_reason"] == "户籍不在本区"
    # once closed, a new application for the same family and program may be opened
    assert (
        await api.post(
            "community-a",
            "/api/v1/benefit-applications",
            {"program_id": programs["special_support_death"], "family_id": family},
        )
    ).status_code == 201


async def test_illegal_transitions_are_409_with_the_current_state(api):
    programs = await program_ids(api)
    family = await new_family(
        api,
        mother_birth=date(1961, 1, 1),
        children=[child("1986-01-01", status="deceased", died="2012-01-01")],
    )
    app_id = (
        await apply(
            api,
            "community-a",
            programs["special_support_death"],
            family,
            ALL_MATERIALS["special_support_death"],
        )
    )["id"]
    draft_review = await review(api, "community-a", app_id)
    assert draft_review.status_code == 409
    assert draft_review.json()["current_state"] == "draft"
    assert draft_review.headers["content-type"] == "application/problem+json"

    await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")
    twice = await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")
    assert twice.status_code == 409 and twice.json()["current_state"] == "submitted"

    withdrawn = await api.post(
        "community-a", f"/api/v1/benefit-applications/{app_id}/withdraw", {"reason": "家属要求撤回"}
    )
    assert withdrawn.json()["status"] == "withdrawn"
    after = await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/withdraw", {})
    assert after.status_code == 409 and after.json()["current_state"] == "withdrawn"


async def test_one_open_application_per_family_and_program(api):
    programs = await program_ids(api)
    family = await new_family(
        api,
        mother_birth=date(1962, 2, 2),
        children=[child("1987-01-01", status="deceased", died="2013-01-01")],
    )
    await apply(api, "community-a", programs["special_support_death"], family, [])
    second = await api.post(
        "community-a",
        "/api/v1/benefit-applications",
        {"program_id": programs["special_support_death"], "family_id": family},
    )
    assert second.status_code == 409


async def test_an_ineligible_family_cannot_submit_and_nothing_changes(api):
    programs = await program_ids(api)
    family = await new_family(
        api,
        mother_birth=date(1975, 1, 1),
        children=[child("2000-01-01", status="deceased", died="2014-01-01")],
    )
    app_id = (
        await apply(
            api,
            "community-a",
            programs["special_support_death"],
            family,
            ALL_MATERIALS["special_support_death"],
        )
    )["id"]
    refused = await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")
    assert refused.status_code == 422
    unmet = [c["code"] for c in refused.json()["eligibility"]["criteria"] if not c["met"]]
    assert unmet == ["mother_age"]
    async with api.session() as session:
        stored = await session.get(BenefitApplication, app_id)
        assert stored is not None and stored.status.value == "draft" and stored.submitted_at is None


async def test_a_closed_program_takes_no_new_applications(api):
    programs = await program_ids(api)
    program = await api.get("street", f"/api/v1/benefit-programs/{programs['street_special_assistance']}")
    closed = await api.patch(
        "street",
        f"/api/v1/benefit-programs/{programs['street_special_assistance']}",
        {"open_for_applications": False},
        headers={"If-Match": program.headers["etag"]},
    )
    assert closed.status_code == 200 and closed.json()["open_for_applications"] is False
    # the street may not change the district's programs
    district_program = f"/api/v1/benefit-programs/{programs['special_support_death']}"
    assert (await api.patch("street", district_program, {"amount_fen": 1})).status_code == 403
    family = await showcase_family(api, "special_support_death")
    refused = await api.post(
        "community-a",
        "/api/v1/benefit-applications",
        {"program_id": programs["street_special_assistance"], "family_id": family},
    )
    assert refused.status_code == 409


async def test_community_b_can_neither_see_nor_act_on_community_a_cases(api):
    programs = await program_ids(api)
    family = await new_family(
        api,
        mother_birth=date(1963, 3, 3),
        children=[child("1988-01-01", status="deceased", died="2014-01-01")],
    )
    app_id = (
        await apply(
            api,
            "community-a",
            programs["special_support_death"],
            family,
            ALL_MATERIALS["special_support_death"],
        )
    )["id"]
    base = f"/api/v1/benefit-applications/{app_id}"
    assert (await api.get("community-b", base)).status_code == 404
    assert (await api.post("community-b", f"{base}/submit")).status_code == 404
    assert (await api.post("community-b", f"{base}/withdraw", {})).status_code == 404
    assert (await review(api, "community-b", app_id)).status_code == 404
    assert (await api.patch("community-b", base, {"note": "x"})).status_code == 404
    listed = (await api.get("community-b", "/api/v1/benefit-applications", params={"limit": 100})).json()
    assert app_id not in [a["id"] for a in listed["items"]]
    by_family = (
        await api.get("community-b", "/api/v1/benefit-applications", params={"family_id": family})
    ).json()
    assert by_family["items"] == []
    # community-b cannot open one for community A's family either
    assert (
        await api.post(
            "community-b",
            "/api/v1/benefit-applications",
            {"program_id": programs["special_support_death"], "family_id": family},
        )
    ).status_code == 404
    # the street sees it; the unit (no employee in this family) does not
    assert (await api.get("street", base)).status_code == 200
    assert (await api.get("unit", base)).status_code == 404
    async with api.session() as session:
        events = (
            (
                await session.execute(
                    select(AuditEvent).where(
                        AuditEvent.object_type == "benefit_application", AuditEvent.object_id == str(app_id)
                    )
                )
            )
            .scalars()
            .all()
        )
    assert [e.actor_username for e in events] == ["community-a"]


async def test_list_pages_through_every_application_once(api):
    seen: list[int] = []
    cursor = None
    while True:
        params: dict[str, object] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = (await api.get("street", "/api/v1/benefit-applications", params=params)).json()
        seen += [a["id"] for a in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) >= 5
    assert seen == sorted(seen, reverse=True)
    assert (await api.get("street", "/api/v1/benefit-applications", params={"limit": 101})).status_code == 422


async def test_eligibility_is_checked_again_at_approval(api):
    set_today(api, date(2019, 6, 3))
    programs = await program_ids(api)
    family = await new_family(
        api,
        mother_birth=date(1959, 9, 9),
        children=[child("1984-01-01", status="deceased", died="2009-01-01")],
    )
    app_id = (
        await apply(
            api,
            "community-a",
            programs["special_support_death"],
            family,
            ALL_MATERIALS["special_support_death"],
        )
    )["id"]
    assert (await api.post("community-a", f"/api/v1/benefit-applications/{app_id}/submit")).status_code == 200
    # an adopted child joins the family after submission: the family no longer qualifies
    adopted = await api.post(
        "community-a",
        f"/api/v1/families/{family}/children",
        {"name": "养子", "sex": "male", "birth_date": "2010-10-10", "adopted": True},
    )
    assert adopted.status_code == 201
    refused = await review(api, "community-a", app_id)
    assert refused.status_code == 422
    unmet = {c["code"] for c in refused.json()["eligibility"]["criteria"] if not c["met"]}
    assert unmet == {"only_one_child", "only_child_deceased", "no_living_child"}
    stored = (await api.get("community-a", f"/api/v1/benefit-applications/{app_id}")).json()
    assert stored["status"] == "submitted" and stored["reviews"] == []
    rejected = await review(api, "community-a", app_id, "reject", comment="已收养子女，不符合条件")
    assert rejected.json()["status"] == "rejected"


async def test_programs_are_seen_by_the_street_that_runs_them_and_edited_by_it(api):
    programs = await program_ids(api)
    path = f"/api/v1/benefit-programs/{programs['street_special_assistance']}"
    current = await api.get("street", path)
    changed = await api.patch(
        "street", path, {"amount_fen": 35000}, headers={"If-Match": current.headers["etag"]}
    )
    assert changed.status_code == 200 and changed.json()["amount_fen"] == 35000
    assert (
        await api.patch("street", path, {"amount_fen": 1}, headers={"If-Match": current.headers["etag"]})
    ).status_code == 412
    assert (await api.patch("community-a", path, {"amount_fen": 1})).status_code == 403
    assert (await api.get("community-a", path)).status_code == 200
    async with api.session() as session:
        events = (
            (
                await session.execute(
                    select(AuditEvent).where(AuditEvent.action == "benefit_program.standard_added")
                )
            )
            .scalars()
            .all()
        )
    # a changed amount is a standard from the current month on
    assert events[-1].detail["amount_fen"] == 35000 and events[-1].actor_username == "street"
