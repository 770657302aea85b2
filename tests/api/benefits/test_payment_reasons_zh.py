"""Why a payment line was dropped and why a recovery is owed (issue 28): stored as codes with their
parameters, read in the caller's language (zh-CN or English), the English kept for the audit
trail; the rows written before are converted by migration 0027 into the same codes."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import select

from app import clock
from app.models.benefits.payment import PaymentLine
from app.models.benefits.recovery import Recovery
from app.models.core.family import Family
from app.reasons import REASONS, render
from tests.api.benefits.benefit_helpers import program_ids, showcase_family
from tests.api.benefits.payment_helpers import enrol, generate, on, pay
from tests.api.contract.zh_text import english_in, latin_sentence
from tests.conftest import Api

DEATH = "special_support_death"
MIGRATION = Path(__file__).parents[3] / "migrations" / "versions" / "0027_payment_reason_codes.py"


@pytest.fixture(autouse=True)
def _real_clock_afterwards() -> Iterator[None]:
    yield
    clock.set_today(None)


async def read(api: Api, path: str, language: str, **params: object) -> dict:
    headers = {**await api.headers("street"), "Accept-Language": language}
    response = await api.client.get(path, headers=headers, params=params)
    assert response.status_code == 200, response.text
    return dict(response.json())


@pytest.mark.asyncio
async def test_a_dropped_line_and_its_recovery_read_in_chinese(api):
    programs = await program_ids(api)
    family_id = await showcase_family(api, DEATH)
    async with api.session() as session:
        father = (await session.get(Family, family_id)).husband_id
    await enrol(api, programs, DEATH, family_id)
    for month in range(3, 10):
        await pay(api, programs[DEATH], f"2019-{month:02d}")
    on(api, date(2019, 10, 5))
    october = await generate(api, programs[DEATH], "2019-10")
    on(api, date(2019, 10, 8))
    died = await api.post(
        "community-a",
        f"/api/v1/residents/{father}/status",
        {"status": "deceased", "effective_date": "2019-06-20"},
    )
    assert died.status_code == 200, died.text

    lines = f"/api/v1/payment-batches/{october['id']}/lines"
    zh = next(
        x for x in (await read(api, lines, "zh-CN", limit=100))["items"] if x["beneficiary_id"] == father
    )
    en = next(x for x in (await read(api, lines, "en", limit=100))["items"] if x["beneficiary_id"] == father)
    assert zh["status"] == "dropped"
    assert zh["reason"] == "受益人于2019-06-20死亡"
    assert en["reason"] == "beneficiary deceased on 2019-06-20"
    params = {"resident_status": "deceased", "on": "2019-06-20"}
    assert (zh["reason_code"], zh["reason_params"]) == ("beneficiary_not_active", params)

    recoveries = await read(api, "/api/v1/benefit-recoveries", "zh-CN", status="open")
    recovery = next(r for r in recoveries["items"] if r["beneficiary_id"] == father)
    assert recovery["reason"] == "受益人于2019-06-20死亡，自次月起停发"
    assert (recovery["reason_code"], recovery["reason_params"]) == ("beneficiary_died", {"on": "2019-06-20"})
    detail = await read(api, f"/api/v1/benefit-recoveries/{recovery['id']}", "zh-CN")
    assert detail["reason"] == recovery["reason"]
    enrolment = await read(api, f"/api/v1/benefit-enrolments/{recovery['enrolment_id']}", "zh-CN")
    assert [r["reason"] for r in enrolment["recoveries"]] == [recovery["reason"]]
    assert english_in({"line": zh["reason"], "recovery": detail["reason"]}) == []
    english = await read(api, f"/api/v1/benefit-recoveries/{recovery['id']}", "en")
    assert english["reason"] == "beneficiary died on 2019-06-20: payments stop from the next month"

    # stored: the code and its parameters, the English kept for the audit trail
    async with api.session() as session:
        line = (
            await session.execute(
                select(PaymentLine).where(
                    PaymentLine.batch_id == october["id"], PaymentLine.beneficiary_id == father
                )
            )
        ).scalar_one()
        assert (line.reason, line.reason_code) == (
            "beneficiary deceased on 2019-06-20",
            "beneficiary_not_active",
        )
        stored = await session.get(Recovery, recovery["id"])
        assert (stored.reason_code, stored.reason_params) == ("beneficiary_died", {"on": "2019-06-20"})


def migration() -> ModuleType:
    spec = importlib.util.spec_from_file_location("migration_0027", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The English the system wrote before the codes → what migration 0027 makes of it.
OLD = {
    "enrolment starts on 2020-01-01": ("enrolment_starts_later", "待遇自2020-01-01起始"),
    "paid by the previous system before 2019-07-01": (
        "paid_by_previous_system",
        "2019-07-01前已由原系统发放",
    ),
    "enrolment ended on 2019-05-31": ("enrolment_ended_on", "待遇已于2019-05-31终止"),
    "beneficiary moved_out on 2019-04-02": ("beneficiary_not_active", "受益人于2019-04-02迁出"),
    "beneficiary deceased on an unknown date": ("beneficiary_not_active", "受益人于日期不详死亡"),
    "not paid by decision: resumed without back pay for 2019-03 to 2019-05": (
        "not_paid_by_decision",
        "经决定不予发放：恢复发放时不补发2019-03至2019-05",
    ),
    "flagged for review: beneficiary died on 2019-06-20: payments stop from the next month": (
        "flagged_for_review",
        "待复核：受益人于2019-06-20死亡，自次月起停发",
    ),
    "enrolment suspended: re-verification 2019 not confirmed by 2019-03-31": (
        "enrolment_not_active",
        "待遇暂停发放：2019年度资格复核未在2019-03-31前确认",
    ),
    "enrolment ended: 本人申请终止": ("enrolment_not_active", "待遇终止：本人申请终止"),
    "already paid under one_child_award for 2019-05: the programs of the group award are not paid together": (
        "paid_in_exclusive_group",
        "2019-05已按one_child_award发放：award组内的项目不得同时享受",
    ),
    "a child was born on 2019-08-01: payments stop from the next month": (
        "child_born",
        "家庭于2019-08-01生育子女，自次月起停发",
    ),
}


@pytest.mark.parametrize("old", sorted(OLD))
def test_migration_0027_turns_the_old_english_into_the_same_reason(old: str) -> None:
    found = migration()._match(migration().LINES + migration().EVENTS, old)
    assert found is not None, old
    code, params = found
    assert code in REASONS
    assert (code, render(code, params, "zh-CN")) == OLD[old]
    assert render(code, params, "en") == old  # nothing lost: the English reads as before
    assert latin_sentence(render(code, params, "zh-CN")) is None


def test_a_bank_reason_keeps_no_code() -> None:
    assert migration()._match(migration().LINES + migration().EVENTS, "账户冻结") is None
