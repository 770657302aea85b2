"""Periodic reports (统计报表), the API walk: the district defines a monthly form; two streets prepare,
review, sign and submit; one is returned and resubmitted; an amendment after acceptance; the
district's roll-up is the sum of what it accepted, also as XLSX in the form's layout."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.clock import set_today
from app.models.core.audit import AuditEvent
from app.models.core.org import Org
from app.models.leadership.period_report import PeriodReportVersion
from app.services.core import figures as core_figures
from tests.api.leadership.period_report_helpers import (
    FORMS,
    MONTHLY_FORM,
    REPORTS,
    SIGNED,
    define_form,
    prepare,
    step,
    street_two_admin,
    values_of,
)
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio

MARCH = "2019-03-01"


@pytest.fixture(scope="module", autouse=True)
def fixed_clock() -> Iterator[None]:
    set_today(date(2019, 4, 2))
    yield
    set_today(None)


async def _live_births(api: Any, org_id: int) -> int:
    async with api.session() as session:
        path = await session.scalar(select(Org.path).where(Org.id == org_id))
        figure = await core_figures.births(session, path, date(2019, 3, 1), date(2019, 3, 31))
    return int(figure.numerator or 0)


async def test_forms_are_the_districts(api):
    refused = await api.post("street", FORMS, MONTHLY_FORM | {"code": "street_form"})
    assert refused.status_code == 403
    unknown = await api.post(
        "district",
        FORMS,
        MONTHLY_FORM
        | {
            "code": "bad_form",
            "items": [{"figure_code": "nowhere.figure", "name_zh": "无", "name_en": "None"}],
        },
    )
    assert unknown.status_code == 422, unknown.text
    assert unknown.json()["errors"][0]["loc"] == ["body", "items", 0]
    both = await api.post(
        "district",
        FORMS,
        MONTHLY_FORM
        | {
            "code": "bad_form",
            "items": [{"figure_code": "core.births", "indicator_code": "sex_ratio_at_birth"}],
        },
    )
    assert both.status_code == 422


async def test_the_walk(api):
    ids = await org_ids(api)
    street_2 = await street_two_admin(api)
    form = await define_form(api)
    assert [i["code"] for i in form["items"]][:2] == ["core.births", "policy_compliant_birth_rate"]
    assert form["items"][1]["name_zh"] == "政策符合率"  # the catalogue's name
    listed = (await api.get("street", FORMS)).json()
    assert [f["id"] for f in listed] == [form["id"]]

    # Not before the period has ended; a quarter does not start in March.
    set_today(date(2019, 3, 31))
    early = await api.post("street", REPORTS, {"form_id": form["id"], "period_start": MARCH})
    assert early.status_code == 422, early.text
    set_today(date(2019, 4, 2))
    assert (
        await api.post("street", REPORTS, {"form_id": form["id"], "period_start": "2019-03-02"})
    ).status_code == 422

    # Each street prepares its March report from the records: version 1.
    one = await prepare(api, "street", form["id"], MARCH)
    two = await prepare(api, street_2, form["id"], MARCH)
    assert (
        await api.post("street", REPORTS, {"form_id": form["id"], "period_start": MARCH})
    ).status_code == 409
    assert one["status"] == "prepared" and one["org_id"] == ids["street"] and one["org_name"] == "解放碑街道"
    assert one["due_on"] == "2019-04-08"  # 5 working days after 31 March: 5 April is Qingming (清明)
    first = values_of(one["versions"][0])
    assert first["core.births"]["value"] == await _live_births(api, ids["street"])
    assert first["birth_statistics_accuracy"]["value"] is None  # reported: the street enters it
    assert one["next_steps"] == ["revise", "submit"]

    # The street reviews: enters the reported figure (a new version; version 1 stays as it was).
    review = {
        "reason": "补录统计准确率(抽查台账)",
        "corrections": [{"code": "birth_statistics_accuracy", "numerator": 49, "denominator": 50}],
    }
    as_value = await api.post(
        "street",
        f"{REPORTS}/{one['id']}/revise",
        {"reason": "x", "corrections": [{"code": "birth_statistics_accuracy", "value": 98}]},
    )
    assert as_value.status_code == 422, as_value.text  # a rate is entered with its counts
    one = await step(api, "street", one, "revise", review)
    assert [v["number"] for v in one["versions"]] == [1, 2]
    entered = values_of(one["versions"][1])["birth_statistics_accuracy"]
    assert (entered["value"], entered["per"], entered["unit"], entered["corrected"]) == (
        98,
        100,
        "percent",
        True,
    )
    assert values_of(one["versions"][0])["birth_statistics_accuracy"]["value"] is None
    two = await step(
        api,
        street_2,
        two,
        "revise",
        review | {"corrections": [{"code": "birth_statistics_accuracy", "numerator": 16, "denominator": 20}]},
    )

    # Street 1 signs and submits on 3 April, on time.
    set_today(date(2019, 4, 3))
    stale = await api.post(
        "street",
        f"{REPORTS}/{one['id']}/submit",
        SIGNED | {"signed_on": "2019-04-03"},
        headers={"If-Match": '"1"'},
    )
    assert stale.status_code == 412
    one = await step(api, "street", one, "submit", SIGNED | {"signed_on": "2019-04-03"})
    assert one["status"] == "submitted" and one["first_submitted_on"] == "2019-04-03" and one["late"] is False
    assert one["versions"][1]["signatories"][1]["role"] == "leader"
    submitted = (
        await api.get(
            "district", f"{REPORTS}/submissions", params={"form_id": form["id"], "period_start": MARCH}
        )
    ).json()
    assert (submitted["streets"], submitted["submitted"], submitted["missing"], submitted["late"]) == (
        2,
        1,
        0,
        0,
    )

    # Past the due date, street 2's report is missing and late for the district.
    set_today(date(2019, 4, 20))
    submitted = (
        await api.get(
            "district", f"{REPORTS}/submissions", params={"form_id": form["id"], "period_start": MARCH}
        )
    ).json()
    rows = {r["org_id"]: r for r in submitted["rows"]}
    assert rows[ids["street-2"]]["missing"] is True and rows[ids["street-2"]]["late"] is True
    assert rows[ids["street-2"]]["status"] == "prepared" and rows[ids["street"]]["late"] is False
    assert (submitted["missing"], submitted["late"]) == (1, 1)

    # Street 2 submits late; the district returns it with reasons and accepts street 1.
    two = await step(api, street_2, two, "submit", SIGNED | {"signed_on": "2019-04-20"})
    assert two["late"] is True
    assert (await api.post("street", f"{REPORTS}/{two['id']}/return", {"reason": "x"})).status_code == 403
    two = await step(api, "district", two, "return", {"reason": "统计准确率与抽查结果不符,请核实"})
    assert two["status"] == "returned" and two["versions"][-1]["decision"] == "returned"
    assert two["versions"][-1]["decision_reason"].startswith("统计准确率")
    one = await step(api, "district", one, "accept")
    assert one["status"] == "accepted" and one["accepted_version"] == 2
    assert (await api.post("district", f"{REPORTS}/{one['id']}/accept")).status_code == 409

    # Street 2 corrects and resubmits two days later; the district accepts.
    set_today(date(2019, 4, 22))
    two = await step(
        api,
        street_2,
        two,
        "revise",
        {
            "reason": "按抽查结果更正",
            "corrections": [{"code": "birth_statistics_accuracy", "numerator": 19, "denominator": 20}],
        },
    )
    two = await step(api, street_2, two, "submit", SIGNED | {"signed_on": "2019-04-22"})
    two = await step(api, "district", two, "accept")
    assert two["accepted_version"] == 3 and two["first_submitted_on"] == "2019-04-20"

    async def rollup() -> dict[str, Any]:
        response = await api.get(
            "district", f"{REPORTS}/rollup", params={"form_id": form["id"], "period_start": MARCH}
        )
        assert response.status_code == 200, response.text
        return dict(response.json())

    accepted = {ids["street"]: values_of(one["versions"][1]), ids["street-2"]: values_of(two["versions"][2])}
    summed = await rollup()
    assert [s["org_id"] for s in summed["accepted_streets"]] == sorted([ids["street"], ids["street-2"]])
    assert summed["not_accepted_org_ids"] == []
    items = {i["code"]: i for i in summed["items"]}
    births = sum(a["core.births"]["numerator"] for a in accepted.values())
    assert items["core.births"]["value"] == births
    compliant = [a["policy_compliant_birth_rate"] for a in accepted.values()]
    if all(c["denominator"] for c in compliant):
        num, den = sum(c["numerator"] for c in compliant), sum(c["denominator"] for c in compliant)
        assert items["policy_compliant_birth_rate"]["value"] == round(num * 100 / den, 2)
    # Rates from the summed counts, never averaged: (49 + 19) / (50 + 20), not (98 % + 95 %) / 2.
    assert items["birth_statistics_accuracy"]["value"] == round(68 * 100 / 70, 2)
    ratio = [a["sex_ratio_at_birth"] for a in accepted.values()]
    assert items["sex_ratio_at_birth"]["numerator"] == sum(r["numerator"] for r in ratio)
    assert items["sex_ratio_at_birth"]["value"] == round(
        sum(r["numerator"] for r in ratio) * 100 / sum(r["denominator"] for r in ratio), 2
    )
    assert {c["org_id"]: c["value"] for c in items["core.births"]["streets"]} == {
        k: v["core.births"]["value"] for k, v in accepted.items()
    }

    # An amendment after acceptance: a new version with its reason; until the district accepts it
    # the roll-up keeps the accepted figures.
    set_today(date(2019, 4, 25))
    amended_births = accepted[ids["street"]]["core.births"]["numerator"] + 1
    one = await step(
        api,
        "street",
        one,
        "amend",
        SIGNED
        | {
            "signed_on": "2019-04-25",
            "reason": "补报一例3月出生(户籍迁入延迟登记)",
            "corrections": [{"code": "core.births", "numerator": amended_births}],
        },
    )
    assert one["status"] == "submitted" and one["current_version"] == 3 and one["accepted_version"] == 2
    assert one["versions"][2]["kind"] == "amendment" and one["versions"][2]["reason"].startswith("补报")
    assert {i["code"]: i for i in (await rollup())["items"]}["core.births"]["value"] == births
    one = await step(api, "district", one, "accept")
    summed = await rollup()
    items = {i["code"]: i for i in summed["items"]}
    assert items["core.births"]["value"] == births + 1
    # The roll-up is what was accepted, not the live records.
    live = await _live_births(api, ids["street"]) + await _live_births(api, ids["street-2"])
    assert items["core.births"]["value"] == live + 1

    # Every version is kept as it was.
    async with api.session() as session:
        kept = (
            (
                await session.execute(
                    select(PeriodReportVersion)
                    .where(PeriodReportVersion.report_id == one["id"])
                    .order_by(PeriodReportVersion.number)
                )
            )
            .scalars()
            .all()
        )
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action).where(AuditEvent.object_type == "period_report")
                )
            )
            .scalars()
            .all()
        )
    assert [(v.number, v.kind.value, v.decision) for v in kept] == [
        (1, "prepared", None),
        (2, "revision", "accepted"),
        (3, "amendment", "accepted"),
    ]
    assert {v["code"]: v["numerator"] for v in kept[1].values}["core.births"] == amended_births - 1
    assert {
        "period_report.prepare",
        "period_report.revise",
        "period_report.submit",
        "period_report.return",
        "period_report.accept",
        "period_report.amend",
    } <= set(actions)

    # The XLSX export opens and holds the accepted figures in the form's layout.
    exported = await api.get(
        "district",
        f"{REPORTS}/rollup",
        params={"form_id": form["id"], "period_start": MARCH, "format": "xlsx"},
    )
    assert exported.status_code == 200 and exported.headers["content-type"].startswith(
        "application/vnd.openxmlformats"
    )
    workbook = load_workbook(io.BytesIO(exported.content))
    sheet = workbook["汇总"]
    header = [c.value for c in sheet[3]]
    names = [s["org_name"] for s in summed["accepted_streets"]]
    assert header == ["序号", "指标", "代码", "单位", *names, "合计"]
    table = {row[2]: row for row in sheet.iter_rows(min_row=4, values_only=True)}
    assert list(table) == [i["code"] for i in form["items"]]
    births_row = table["core.births"]
    assert births_row[-1] == births + 1
    assert list(births_row[4:-1]) == [
        next(c["value"] for c in items["core.births"]["streets"] if c["org_id"] == s["org_id"])
        for s in summed["accepted_streets"]
    ]
    assert table["birth_statistics_accuracy"][-1] == round(68 * 100 / 70, 2)
    assert [r[0] for r in workbook["报送情况"].iter_rows(min_row=2, values_only=True)] == names
