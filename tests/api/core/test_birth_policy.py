"""Birth policy as effective-dated data: a birth is judged by the rule in force on its birth date.

A third child born in 2019 stays outside 2019's two-child policy (its registration is refused, naming
the rule and its source); one born in 2022 is within the three-child policy and is registered. A
request without a named child is for the first child on record not yet registered. The
policy-compliant birth rate counts each birth by the rule of its own date, in SQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import set_today
from app.models.core.audit import AuditEvent
from app.models.core.birth_policy import BirthPolicyRule
from app.models.core.org import Org
from app.services.core.figures import births, policy_compliant_birth_rate
from tests.api.core.birth_helpers import (
    REQUESTS,
    USER,
    ZH,
    children_of,
    documents_of,
    file_birth_request,
    register_birth,
)
from tests.api.leadership.leadership_helpers import new_community, new_family

pytestmark = pytest.mark.asyncio

TODAY = date(2026, 6, 15)  # a Monday
RULES = "/api/v1/birth-policy-rules"


@pytest.fixture(scope="module", autouse=True)
def fixed_clock() -> Iterator[None]:
    set_today(TODAY)
    yield
    set_today(None)


@pytest.fixture(scope="module")
async def community(api: Any) -> dict[str, Any]:
    return (await new_community(api, USER))["org"]


async def test_the_rules_are_listed_with_their_sources_for_anyone_signed_in(api):
    for user in ("community-a", "unit", "district"):
        response = await api.get(user, RULES)
        assert response.status_code == 200, response.text
    rules = {r["code"]: r for r in response.json()}
    assert list(rules) == [
        "national_one_child_1980",
        "national_one_child_2002",
        "national_two_child_2016",
        "national_three_child_decision_2021",
        "national_three_child_law_2021",
        "chongqing_three_child_2021",
    ]
    two = rules["national_two_child_2016"]
    assert (two["effective_from"], two["effective_to"]) == ("2016-01-01", "2021-06-25")
    assert (two["children_within_policy"], two["registration_max_order"], two["beyond_registration"]) == (
        2,
        2,
        "reapproval",
    )
    assert two["source_title"] == "《中华人民共和国人口与计划生育法》（2015年修正）"
    law = rules["national_three_child_law_2021"]
    assert (law["effective_from"], law["effective_to"], law["registration_max_order"]) == (
        "2021-08-20",
        None,
        3,
    )
    assert rules["national_three_child_decision_2021"]["effective_from"] == "2021-06-26"
    chongqing = rules["chongqing_three_child_2021"]
    assert chongqing["scope"] == "province" and chongqing["effective_from"] == "2021-11-25"
    assert chongqing["source_authority"] == "重庆市人民代表大会常务委员会"
    assert (await api.client.get(RULES)).status_code == 401
    enums = (await api.get("community-a", "/api/v1/meta/enums")).json()
    assert enums["beyond_registration"]["reapproval"]["zh-CN"] == "须办理再生育审批"
    assert enums["birth_policy_scope"]["province"]["zh-CN"] == "省（直辖市）"
    assert "child_order_within_birth_policy" in enums["precondition_rule"]


async def test_a_third_child_born_in_2019_is_refused_naming_the_rule_and_its_source(api, community):
    family = await new_family(
        api, USER, community["id"], [(date(2014, 3, 1), "male", False), (date(2016, 9, 1), "female", False)]
    )
    added = await api.post(
        USER,
        f"/api/v1/families/{family}/children",
        {"name": "三孩", "sex": "male", "birth_date": "2019-06-01"},
    )
    assert added.status_code == 201, added.text
    filed = await file_birth_request(api, family, added.json()["id"])
    refused = await api.post(USER, f"{REQUESTS}/{filed['id']}/forward", headers=ZH)
    assert refused.status_code == 409, refused.text
    [unmet] = refused.json()["unmet_preconditions"]
    assert {k: unmet[k] for k in ("rule", "expected", "actual", "born_on", "judged_on")} == {
        "rule": "child_order_within_birth_policy",
        "expected": 2,
        "actual": 3,
        "born_on": "2019-06-01",
        "judged_on": "2019-06-01",
    }
    policy = unmet["birth_policy"]
    assert policy["code"] == "national_two_child_2016" and policy["beyond_registration"] == "reapproval"
    assert policy["source"] == (
        "《中华人民共和国人口与计划生育法》（2015年修正） 中华人民共和国主席令第四十一号"
        "（全国人民代表大会常务委员会）"
    )
    detail = refused.json()["detail"]
    assert "全面两孩政策" in detail and "2015年修正" in detail
    assert "本次为第3个子女" in detail and "须办理再生育审批" in detail
    english = (await api.post(USER, f"{REQUESTS}/{filed['id']}/forward")).json()["detail"]
    assert "Universal two-child policy" in english and "this is child 3" in english
    # the street accepting it directly is refused the same, and nothing is issued
    assert (await api.post("street", f"{REQUESTS}/{filed['id']}/accept")).status_code == 409
    assert (await api.get(USER, f"{REQUESTS}/{filed['id']}")).json()["state"] == "submitted"
    assert await documents_of(api, family) == []


async def test_a_third_child_born_in_2022_is_registered_within_the_policy(api, community):
    family = await new_family(
        api,
        USER,
        community["id"],
        [
            (date(2015, 3, 1), "female", False),
            (date(2018, 9, 1), "female", False),
            (date(2022, 3, 1), "male", False),
        ],
    )
    third = (await children_of(api, family))[2]
    done = await register_birth(api, (await file_birth_request(api, family, third["id"]))["id"])
    assert done["issued_no"].startswith("SYDJ2026")
    assert await documents_of(api, family) == [(3, third["id"], done["issued_no"])]


async def test_the_third_child_on_record_is_named_child_3_not_4(api, community):
    # 2026: three children on record, the third just born; a request naming no child registers it
    family = await new_family(
        api,
        USER,
        community["id"],
        [
            (date(2016, 3, 1), "male", False),
            (date(2018, 5, 1), "female", False),
            (date(2026, 5, 1), "male", False),
        ],
    )
    third = (await children_of(api, family))[2]
    done = await register_birth(api, (await file_birth_request(api, family))["id"])
    assert await documents_of(api, family) == [(3, third["id"], done["issued_no"])]
    # registered, the next request is for a fourth child, outside the three-child policy
    fourth = await file_birth_request(api, family)
    refused = await api.post(USER, f"{REQUESTS}/{fourth['id']}/forward", headers=ZH)
    assert refused.status_code == 409
    [unmet] = refused.json()["unmet_preconditions"]
    assert (unmet["actual"], unmet["born_on"], unmet["judged_on"]) == (4, None, TODAY.isoformat())
    assert unmet["birth_policy"]["code"] == "chongqing_three_child_2021"
    assert "尚未出生" in refused.json()["detail"] and "不予登记" in refused.json()["detail"]

    # 2019: the third child just born is named child 3 and refused under 2019's rule
    set_today(date(2019, 12, 2))
    try:
        earlier = await new_family(
            api,
            USER,
            community["id"],
            [
                (date(2013, 3, 1), "male", False),
                (date(2016, 5, 1), "female", False),
                (date(2019, 10, 1), "male", False),
            ],
        )
        refused = await api.post(
            USER, f"{REQUESTS}/{(await file_birth_request(api, earlier))['id']}/forward", headers=ZH
        )
    finally:
        set_today(TODAY)
    assert refused.status_code == 409
    [unmet] = refused.json()["unmet_preconditions"]
    assert (unmet["actual"], unmet["born_on"]) == (3, "2019-10-01")
    assert "本次为第3个子女" in refused.json()["detail"] and "第4个" not in refused.json()["detail"]

    # an older child on record is no longer "just born": the request is for the next child
    another = await new_family(api, USER, community["id"], [(date(2017, 1, 1), "male", False)])
    unborn = await register_birth(api, (await file_birth_request(api, another))["id"])
    assert await documents_of(api, another) == [(2, None, unborn["issued_no"])]


async def test_the_compliant_birth_rate_judges_each_birth_by_the_rule_of_its_date(api):
    made = await new_community(api, "community-bp-figures")
    org = made["org"]
    user = "community-bp-figures"
    for children in (
        [date(2015, 3, 1), date(2017, 5, 1), date(2019, 4, 1)],  # 3rd in 2019: outside
        [date(2016, 2, 1), date(2018, 6, 1), date(2022, 3, 1)],  # 3rd in 2022: within
        [date(2019, 8, 1)],  # 1st: within
        [date(2012, 1, 1), date(2014, 1, 1), date(2017, 1, 1), date(2022, 9, 1)],  # 4th in 2022: outside
        [date(2017, 1, 1), date(2019, 1, 1), date(2021, 7, 1)],  # 2nd 2019, 3rd after 2021-06-26: within
        [date(2018, 1, 1), date(2020, 1, 1), date(2021, 6, 20)],  # 2nd within, 3rd before 2021-06-26: outside
    ):
        await new_family(api, user, org["id"], [(born, "female", False) for born in children])
    async with api.session() as session:
        path = (await session.execute(select(Org.path).where(Org.id == org["id"]))).scalar_one()
        span = await policy_compliant_birth_rate(session, path, date(2019, 1, 1), date(2022, 12, 31))
        assert (span.numerator, span.denominator, span.value) == (5, 8, 62.5)
        assert (await births(session, path, date(2019, 1, 1), date(2022, 12, 31))).numerator == 8
        year_2019 = await policy_compliant_birth_rate(session, path, date(2019, 1, 1), date(2019, 12, 31))
        assert (year_2019.numerator, year_2019.denominator) == (2, 3)
        year_2022 = await policy_compliant_birth_rate(session, path, date(2022, 1, 1), date(2022, 12, 31))
        assert (year_2022.numerator, year_2022.denominator) == (1, 2)
        # before 2016 one child was within the policy, a second needed an approval
        early = await policy_compliant_birth_rate(session, path, date(2012, 1, 1), date(2015, 12, 31))
        assert (early.numerator, early.denominator) == (2, 3)


def _rule(**overrides: Any) -> dict[str, Any]:
    return {
        "code": "yuzhong_rule_2031",
        "name": "渝中区生育政策（示例）",
        "name_en": "Yuzhong district rule (example)",
        "scope": "district",
        "effective_from": "2031-01-01",
        "children_within_policy": 4,
        "registration_max_order": 4,
        "beyond_registration": "not_available",
        "source_title": "《渝中区人口发展规定》",
        "source_authority": "渝中区人民政府",
        "source_issued_on": "2030-11-01",
        **overrides,
    }


async def test_the_district_adds_a_rule_audited_and_overlaps_are_refused(api):
    created = await api.post("district", RULES, _rule())
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["scope"] == "district" and body["effective_to"] is None and body["source_document_no"] is None
    async with api.session() as session:
        stored = (
            await session.execute(select(BirthPolicyRule).where(BirthPolicyRule.code == "yuzhong_rule_2031"))
        ).scalar_one()
        event = (
            await session.execute(select(AuditEvent).where(AuditEvent.action == "birth_policy_rule.added"))
        ).scalar_one()
    assert stored.children_within_policy == 4 and stored.created_by is not None
    assert event.object_id == str(body["id"]) and event.detail["effective_from"] == "2031-01-01"
    assert event.actor_username == "district"

    # the district rule is the most specific in force from its day: a fourth child of 2031 within
    async with api.session() as session:
        from app.services.core.birth_policy import rule_on

        assert (await rule_on(session, date(2031, 5, 1))).code == "yuzhong_rule_2031"
        assert (await rule_on(session, date(2030, 12, 31))).code == "chongqing_three_child_2021"
        assert (await rule_on(session, date(2019, 5, 1))).code == "national_two_child_2016"

    # a second open-ended district rule overlaps the first: 422, nothing written
    overlap = await api.post("district", RULES, _rule(code="yuzhong_rule_2035", effective_from="2035-01-01"))
    assert overlap.status_code == 422, overlap.text
    assert overlap.json()["overlapping"] == ["yuzhong_rule_2031"]
    national = await api.post(
        "district",
        RULES,
        _rule(code="national_2020", scope="national", effective_from="2020-01-01", effective_to="2020-12-31"),
    )
    assert national.status_code == 422 and national.json()["overlapping"] == ["national_two_child_2016"]
    # a bounded period before the district's first rule is fine; the same code again is not
    earlier = await api.post(
        "district",
        RULES,
        _rule(code="yuzhong_rule_2030", effective_from="2030-01-01", effective_to="2030-12-31"),
    )
    assert earlier.status_code == 201, earlier.text
    assert (await api.post("district", RULES, _rule(effective_from="2040-01-01"))).status_code == 422
    backwards = await api.post(
        "district", RULES, _rule(code="backwards", effective_from="2040-01-01", effective_to="2039-01-01")
    )
    assert backwards.status_code == 422
    for user in ("street", "community-a"):
        forbidden = await api.post(user, RULES, _rule(code=f"by_{user.replace('-', '_')}"))
        assert forbidden.status_code == 403
    async with api.session() as session:
        codes = set((await session.execute(select(BirthPolicyRule.code))).scalars())
    assert codes == {
        "national_one_child_1980",
        "national_one_child_2002",
        "national_two_child_2016",
        "national_three_child_decision_2021",
        "national_three_child_law_2021",
        "chongqing_three_child_2021",
        "yuzhong_rule_2030",
        "yuzhong_rule_2031",
    }
