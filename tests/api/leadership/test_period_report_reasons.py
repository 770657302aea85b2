"""Why a periodic report's figure has no value: stored as the reason's code and parameters (never in
the language of the request that prepared the report), rendered in each reader's language, and in
Chinese in the district's XLSX roll-up (sheet 说明)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.clock import set_today
from app.models.leadership.period_report import PeriodReportVersion
from tests.api.leadership.period_report_helpers import (
    MONTHLY_FORM,
    REPORTS,
    SIGNED,
    define_form,
    step,
    values_of,
)

pytestmark = pytest.mark.asyncio

MARCH = "2019-03-01"
ZH = {"Accept-Language": "zh-CN"}
EN = {"Accept-Language": "en"}


@pytest.fixture(scope="module", autouse=True)
def fixed_clock() -> Iterator[None]:
    set_today(date(2019, 4, 2))
    yield
    set_today(None)


async def test_a_figures_reason_is_stored_as_a_code_and_read_in_the_callers_language(api):
    form = await define_form(api, MONTHLY_FORM | {"code": "monthly_reasons"})

    # Prepared by a caller who reads Chinese: the answer is in Chinese ...
    prepared = await api.post("street", REPORTS, {"form_id": form["id"], "period_start": MARCH}, headers=ZH)
    assert prepared.status_code == 201, prepared.text
    report = prepared.json()
    entered = values_of(report["versions"][0])["birth_statistics_accuracy"]
    assert entered["value"] is None
    assert entered["not_computable_reason"] == "填报类指标，由街道填写"
    assert entered["not_computable_reason_code"] == "entered_by_street"
    assert entered["not_computable_reason_params"] == {}
    births = values_of(report["versions"][0])["core.births"]
    assert births["not_computable_reason"] is None and births["not_computable_reason_code"] is None

    # ... but what is stored is the code, its parameters and an English copy, not the Chinese.
    async with api.session() as session:
        stored = await session.scalar(
            select(PeriodReportVersion.values).where(PeriodReportVersion.report_id == report["id"])
        )
    row = next(v for v in stored if v["code"] == "birth_statistics_accuracy")
    assert (row["not_computable_reason_code"], row["not_computable_reason_params"]) == (
        "entered_by_street",
        {},
    )
    assert row["not_computable_reason"] == "reported: the street enters it"

    # A reader in English reads the same stored version in English.
    read = await api.client.get(f"{REPORTS}/{report['id']}", headers=await api.headers("street", **EN))
    assert read.status_code == 200, read.text
    english = values_of(read.json()["versions"][0])["birth_statistics_accuracy"]
    assert english["not_computable_reason"] == "reported: the street enters it"
    assert english["not_computable_reason_code"] == "entered_by_street"

    # Submitted and accepted as prepared (the figure left empty): the district's roll-up names the
    # reason per street in its reader's language, and the XLSX in Chinese whatever the request's.
    set_today(date(2019, 4, 3))
    report = await step(api, "street", report, "submit", SIGNED | {"signed_on": "2019-04-03"})
    report = await step(api, "district", report, "accept")
    params = {"form_id": form["id"], "period_start": MARCH}
    for headers, text in ((ZH, "填报类指标，由街道填写"), (EN, "reported: the street enters it")):
        rollup = await api.client.get(
            f"{REPORTS}/rollup", params=params, headers=await api.headers("district", **headers)
        )
        assert rollup.status_code == 200, rollup.text
        item = next(i for i in rollup.json()["items"] if i["code"] == "birth_statistics_accuracy")
        assert [(c["org_id"], c["not_computable_reason"]) for c in item["streets"]] == [
            (report["org_id"], text)
        ]
    exported = await api.client.get(
        f"{REPORTS}/rollup",
        params=params | {"format": "xlsx"},
        headers=await api.headers("district", **EN),
    )
    assert exported.status_code == 200
    notes = list(load_workbook(io.BytesIO(exported.content))["说明"].iter_rows(values_only=True))
    assert notes == [
        ("代码", "指标", "街道", "无数值的原因"),
        (
            "birth_statistics_accuracy",
            form["items"][4]["name_zh"],
            report["org_name"],
            "填报类指标，由街道填写",
        ),
    ]
