"""Answers wholly in Chinese, asked of the running API (issue 28, part 3): with ``Accept-Language:
zh-CN`` the validation messages, a 404's record name, the conflict a member of the public sees, the
eligibility criteria, an enrolment's status and review reasons and an indicator's reason for having
no value hold no English sentence; asked in English, the same answers are English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from app import clock
from app.models.core.family import Family
from tests.api.benefits.benefit_helpers import program_ids, set_today, showcase_family
from tests.api.benefits.notice_helpers import case_in_notice
from tests.api.benefits.payment_helpers import enrol, on
from tests.api.contract.zh_text import english_in
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
ZH = {"Accept-Language": "zh-CN"}
EN = {"Accept-Language": "en"}


@pytest.fixture(autouse=True)
def _real_clock_afterwards() -> Iterator[None]:
    yield
    clock.set_today(None)


async def test_validation_messages_are_chinese(api: Api) -> None:
    bad_body = await api.post(
        "community-a", "/api/v1/service-requests", {"service_type": 5, "no_such_field": 1}, headers=ZH
    )
    bad_query = await api.client.get(
        "/api/v1/residents", params={"limit": "many"}, headers={**await api.headers("community-a"), **ZH}
    )
    programs = await program_ids(api)
    bad_values = await api.post(
        "community-a",
        f"/api/v1/benefit-programs/{programs['one_child_award']}/eligibility-check",
        {"family_id": -1, "reference_date": "2019-13-45"},
        headers=ZH,
    )
    for answer in (bad_body, bad_query, bad_values):
        assert answer.status_code == 422, answer.text
        body = answer.json()
        assert len(body["errors"]) >= 1
        assert english_in(body) == [], body
    types = {e["type"] for e in bad_body.json()["errors"]} | {e["type"] for e in bad_values.json()["errors"]}
    assert {"extra_forbidden", "greater_than_equal"} <= types
    english = await api.post(
        "community-a", "/api/v1/service-requests", {"service_type": 5, "no_such_field": 1}, headers=EN
    )
    assert any(e["msg"] == "Extra inputs are not permitted" for e in english.json()["errors"])
    zh_msgs = {e["type"]: e["msg"] for e in bad_body.json()["errors"]}
    assert zh_msgs["extra_forbidden"] == "不允许的字段"


async def test_a_404_names_the_record_in_chinese(api: Api) -> None:
    for path in ("/api/v1/responsibility-books/999999", "/api/v1/benefit-enrolments/999999"):
        missing = await api.client.get(path, headers={**await api.headers("community-a"), **ZH})
        assert missing.status_code == 404
        assert re.search(r"[A-Za-z]", missing.json()["detail"]) is None, missing.json()["detail"]
    book = await api.client.get(
        "/api/v1/responsibility-books/999999", headers={**await api.headers("community-a"), **ZH}
    )
    assert book.json()["detail"] == "未找到该目标管理责任书，或不在您的管辖范围内"


async def test_the_conflict_a_member_of_the_public_sees_is_chinese(api: Api) -> None:
    set_today(api, date(2019, 7, 1))
    _, notice_id, entry_id = await case_in_notice(api, date(1960, 7, 7), "赵秀英")
    set_today(api, date(2019, 8, 1))  # the window is over
    late = await api.client.post(
        f"/api/v1/public-notices/{notice_id}/objections",
        json={"entry_id": entry_id, "reason": "该户另有子女"},
        headers=ZH,
    )
    assert late.status_code == 409, late.text
    assert english_in(late.json()) == [], late.json()
    assert "2019-07-01" in late.json()["detail"]


async def test_eligibility_criteria_are_explained_in_chinese(api: Api) -> None:
    programs = await program_ids(api)
    family = await showcase_family(api, "special_support_death")
    path = f"/api/v1/benefit-programs/{programs['special_support_death']}/eligibility-check"
    body = {"family_id": family, "reference_date": "2019-06-01"}
    zh = (await api.post("community-a", path, body, headers=ZH)).json()
    assert len(zh["criteria"]) >= 4
    assert english_in(zh) == [], zh
    en = (await api.post("community-a", path, body, headers=EN)).json()
    assert [c["code"] for c in en["criteria"]] == [c["code"] for c in zh["criteria"]]
    assert all(english_in(c) for c in en["criteria"] if c["code"] == "mother_age")


async def test_an_enrolment_s_reasons_are_chinese(api: Api) -> None:
    programs = await program_ids(api)
    family_id = await showcase_family(api, "special_support_death")
    async with api.session() as session:
        father = (await session.get(Family, family_id)).husband_id
    await enrol(api, programs, "special_support_death", family_id)
    on(api, date(2019, 6, 25))
    died = await api.post(
        "community-a",
        f"/api/v1/residents/{father}/status",
        {"status": "deceased", "effective_date": "2019-06-20"},
    )
    assert died.status_code == 200, died.text
    headers = {**await api.headers("street"), **ZH}
    listed = await api.client.get(
        "/api/v1/benefit-enrolments", params={"family_id": family_id}, headers=headers
    )
    enrolment = next(e for e in listed.json()["items"] if e["beneficiary_id"] == father)
    assert enrolment["status"] == "suspended" and enrolment["status_reason"] and enrolment["review_reason"]
    assert english_in(enrolment) == [], enrolment
    assert "2019-06-20" in enrolment["status_reason"]
    one = await api.client.get(f"/api/v1/benefit-enrolments/{enrolment['id']}", headers=headers)
    assert english_in(one.json()) == [] and one.json()["status_reason"] == enrolment["status_reason"]
    english = await api.client.get(
        f"/api/v1/benefit-enrolments/{enrolment['id']}", headers={**await api.headers("street"), **EN}
    )
    assert (
        english.json()["status_reason"] == "beneficiary died on 2019-06-20: payments stop from the next month"
    )


async def test_an_indicator_without_a_value_says_why_in_chinese(api: Api) -> None:
    created = await api.post(
        "street",
        "/api/v1/indicators",
        {
            "code": "zh_sweep_future",
            "name_zh": "尚未提供的指标",
            "name_en": "A figure still to come",
            "unit": "percent",
            "direction": "at_least",
            "source": "computed",
            "figure_code": "nosuch.figure",
        },
        headers=ZH,
    )
    assert created.status_code == 201, created.text
    assert created.json()["computable"] is False and created.json()["not_computable_reason"]
    assert english_in(created.json()["not_computable_reason"]) == [], created.json()
    listed = await api.client.get("/api/v1/indicators", headers={**await api.headers("street"), **ZH})
    row = next(i for i in listed.json() if i["code"] == "zh_sweep_future")
    assert row["not_computable_reason"] == created.json()["not_computable_reason"]
