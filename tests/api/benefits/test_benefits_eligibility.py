"""Eligibility computed from the family record, with every criterion explained (edge cases)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.api.benefits.benefit_helpers import child, new_family, program_ids, showcase_family

pytestmark = pytest.mark.asyncio
REF = "2019-06-01"


async def check(api, program: str, family_id: int, user: str = "community-a", ref: str = REF):
    programs = await program_ids(api)
    response = await api.post(
        user,
        f"/api/v1/benefit-programs/{programs[program]}/eligibility-check",
        {"family_id": family_id, "reference_date": ref},
    )
    return response


def criteria(body) -> dict[str, dict]:
    return {c["code"]: c for c in body["criteria"]}


async def test_showcase_death_family_is_eligible_with_every_criterion_met(api):
    family = await showcase_family(api, "special_support_death")
    response = await check(api, "special_support_death", family)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["eligible"] is True
    assert set(criteria(body)) == {
        "mother_age",
        "local_registration",
        "only_one_child",
        "only_child_deceased",
        "no_living_child",
        "not_already_enrolled",
        "no_higher_support",
    }
    assert all(c["met"] for c in body["criteria"])
    assert len(body["beneficiary_ids"]) == 2  # per person: both parents


async def test_mother_48_years_364_days_is_not_yet_eligible_but_49_is(api):
    died = [child("1995-02-01", status="deceased", died="2012-08-08")]
    almost = await new_family(api, mother_birth=date(1970, 6, 2), children=died)
    exactly = await new_family(api, mother_birth=date(1970, 6, 1), children=died)

    young = (await check(api, "special_support_death", almost)).json()
    assert young["eligible"] is False
    age = criteria(young)["mother_age"]
    assert age["met"] is False
    assert "48 years 364 days" in age["detail"]
    assert [c["code"] for c in young["criteria"] if not c["met"]] == ["mother_age"]

    old = (await check(api, "special_support_death", exactly)).json()
    assert old["eligible"] is True
    assert "49 years 0 days" in criteria(old)["mother_age"]["detail"]


async def test_disability_grade_3_qualifies_and_grade_4_does_not(api):
    grade3 = await new_family(
        api, mother_birth=date(1962, 1, 1), children=[child("1990-03-03", status="disabled", grade=3)]
    )
    grade4 = await new_family(
        api, mother_birth=date(1962, 1, 1), children=[child("1990-03-03", status="disabled", grade=4)]
    )
    yes = (await check(api, "special_support_disability", grade3)).json()
    assert yes["eligible"] is True
    assert criteria(yes)["only_child_disability_grade"]["detail"].startswith("disability grade 3")
    no = (await check(api, "special_support_disability", grade4)).json()
    assert no["eligible"] is False
    grade = criteria(no)["only_child_disability_grade"]
    assert grade["met"] is False and "grade 4 does not" in grade["detail"]


async def test_second_child_born_after_the_only_child_died_ends_eligibility(api):
    family = await new_family(
        api,
        mother_birth=date(1960, 4, 4),
        children=[
            child("1986-01-01", status="deceased", died="2010-05-05", name="老大"),
            child("2012-09-09", name="老二"),
        ],
    )
    body = (await check(api, "special_support_death", family)).json()
    assert body["eligible"] is False
    c = criteria(body)
    assert c["only_one_child"]["met"] is False
    assert "after the first child died on 2010-05-05" in c["only_one_child"]["detail"]
    assert c["no_living_child"]["met"] is False
    assert c["mother_age"]["met"] is True  # the refusal is about the children, not the age


async def test_adopted_only_child_counts_as_the_only_child(api):
    family = await new_family(
        api,
        mother_birth=date(1958, 8, 8),
        children=[child("1988-02-02", status="deceased", died="2016-01-01", adopted=True)],
    )
    body = (await check(api, "special_support_death", family)).json()
    assert body["eligible"] is True
    assert "adopted" in criteria(body)["only_one_child"]["detail"]


async def test_registration_elsewhere_is_not_local(api):
    family = await new_family(
        api,
        mother_birth=date(1958, 8, 8),
        local=False,
        children=[child("1988-02-02", status="deceased", died="2016-01-01")],
    )
    body = (await check(api, "special_support_death", family)).json()
    assert body["eligible"] is False
    assert criteria(body)["local_registration"]["met"] is False


async def test_one_child_award_needs_certificate_and_child_under_18(api):
    young = await new_family(
        api, mother_birth=date(1980, 1, 1), certificate=True, children=[child("2005-06-02")]
    )
    grown = await new_family(
        api, mother_birth=date(1980, 1, 1), certificate=True, children=[child("2001-06-01")]
    )
    no_cert = await new_family(api, mother_birth=date(1980, 1, 1), children=[child("2005-06-02")])
    assert (await check(api, "one_child_award", young)).json()["eligible"] is True
    adult = (await check(api, "one_child_award", grown)).json()
    assert adult["eligible"] is False and criteria(adult)["child_under_18"]["met"] is False
    missing = (await check(api, "one_child_award", no_cert)).json()
    assert criteria(missing)["honour_certificate"]["met"] is False


async def test_another_communitys_family_is_404(api):
    family = await showcase_family(api, "special_support_death")
    assert (await check(api, "special_support_death", family, user="community-b")).status_code == 404
    assert (await check(api, "special_support_death", family, user="street")).status_code == 200


async def test_programs_carry_2019_amounts_and_enums_have_labels(api):
    programs = (await api.get("community-a", "/api/v1/benefit-programs")).json()["items"]
    amounts = {p["code"]: (p["amount_fen"], p["period"], p["basis"], p["payer"]) for p in programs}
    assert amounts["one_child_award"] == (1000, "monthly", "per_family", "unit")
    assert amounts["special_support_death"] == (45000, "monthly", "per_person", "district")
    assert amounts["special_support_disability"] == (35000, "monthly", "per_person", "district")
    assert amounts["street_special_assistance"][3] == "street"
    enums = (await api.client.get("/api/v1/meta/enums")).json()
    assert enums["benefit_application_status"]["in_notice"]["zh-CN"] == "公示中（待街道审核）"
    assert enums["payment_batch_status"]["paid"]["en"] == "Paid"


async def test_rural_reward_support_for_rural_parents_of_one_child_or_two_daughters_from_60(api):
    from sqlalchemy import select as sa_select

    from app.models.core.family import Family
    from app.models.core.resident import Resident

    amounts = {
        p["code"]: (p["amount_fen"], p["period"], p["national_floor_fen"])
        for p in (await api.get("community-a", "/api/v1/benefit-programs")).json()["items"]
    }
    assert amounts["rural_reward_support"] == (96000, "annual", 96000)  # 80 yuan a month, paid yearly

    async def rural_family(children: list) -> int:
        family_id = await new_family(api, mother_birth=date(1957, 3, 3), children=children)
        async with api.session() as session:
            family = await session.get(Family, family_id)
            parents = (
                await session.execute(
                    sa_select(Resident).where(Resident.id.in_([family.wife_id, family.husband_id]))
                )
            ).scalars()
            for parent in parents:
                parent.household_division_code = "500103003201"  # a village committee (村委会)
            await session.commit()
        return family_id

    daughter = {**child("1983-01-01"), "sex": "female"}
    two_daughters = await rural_family([daughter, {**child("1986-01-01"), "sex": "female"}])
    answer = (await check(api, "rural_reward_support", two_daughters)).json()
    assert answer["eligible"] is True, answer
    assert len(answer["beneficiary_ids"]) == 2  # both parents are 60 or more in 2019
    son_and_daughter = await rural_family([daughter, child("1986-01-01")])
    refused = (await check(api, "rural_reward_support", son_and_daughter)).json()
    assert [c["code"] for c in refused["criteria"] if not c["met"]] == ["one_child_or_two_daughters"]
    urban = await new_family(api, mother_birth=date(1957, 3, 3), children=[child("1983-01-01")])
    assert [
        c["code"]
        for c in (await check(api, "rural_reward_support", urban)).json()["criteria"]
        if not c["met"]
    ] == ["rural_registration"]
