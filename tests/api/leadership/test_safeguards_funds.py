"""Funds in place (经费到位, issue 29 point 1), walked as the street's office, community A's officer
and community B's: the year's budget by the plan's tasks, a line allotted to community A, spending
with an uploaded invoice, a reversal and an adjustment in the open, execution per line and task, the
figure a responsibility book measures, and what a community may see and do."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from app.clock import today
from app.models.core.audit import AuditEvent
from app.models.core.org import Org
from app.models.leadership.safeguards import BudgetSpending, EvidenceFile
from app.services.leadership.figures import budget_execution_rate
from tests.conftest import Api
from tests.demo_ids import org_ids

TODAY = date(2019, 11, 20)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def fixed_day(api: Api) -> Iterator[None]:
    api.app.dependency_overrides[today] = lambda: TODAY
    yield
    api.app.dependency_overrides.pop(today, None)


def _ok(response: Any, status: int = 201) -> Any:
    assert response.status_code == status, response.text
    return response.json()


async def upload(api: Api, user: str, body: bytes = PDF, kind: str = "application/pdf") -> Any:
    return await api.client.post(
        "/api/v1/evidence-files",
        content=body,
        params={"filename": "发票 2019-11.pdf"},
        headers=await api.headers(user, **{"Content-Type": kind}),
    )


async def _budget(api: Api) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    ids = await org_ids(api)
    budget = _ok(
        await api.post(
            "street",
            "/api/v1/budgets",
            {
                "org_id": ids["street"],
                "year": 2019,
                "title": "2019年度计生经费预算",
                "approved_on": "2019-01-10",
            },
        )
    )
    own = _ok(
        await api.post(
            "street",
            f"/api/v1/budgets/{budget['id']}/lines",
            {"task": "publicity", "org_id": ids["street"], "approved_fen": 5_000_000},
        )
    )
    allotted = _ok(
        await api.post(
            "street",
            f"/api/v1/budgets/{budget['id']}/lines",
            {
                "task": "care_action",
                "org_id": ids["community-a"],
                "approved_fen": 2_000_000,
                "note": "关怀走访",
            },
        )
    )
    return budget, own, allotted


async def test_budget_spending_corrections_and_execution(api: Api) -> None:
    ids = await org_ids(api)
    budget, own, allotted = await _budget(api)
    assert (budget["approved_fen"], budget["spent_fen"], budget["execution_rate"]) == (0, 0, None)
    assert allotted["org_id"] == ids["community-a"] and allotted["year"] == 2019 and allotted["org_name"]
    again = await api.post(
        "street",
        f"/api/v1/budgets/{budget['id']}/lines",
        {"task": "publicity", "org_id": own["org_id"], "approved_fen": 1},
    )
    assert again.status_code == 409, again.text

    invoice = _ok(await upload(api, "street-officer"))
    assert invoice["content_type"] == "application/pdf" and invoice["size_bytes"] == len(PDF)
    paid = _ok(
        await api.post(
            "street-officer",
            "/api/v1/budget-spendings",
            {
                "line_id": own["id"],
                "spent_on": "2019-05-29",
                "amount_fen": 1_200_000,
                "purpose": "“5·29”会员活动日宣传品印制",
                "payee": "重庆某印务有限公司",
                "evidence_file_id": invoice["id"],
            },
        )
    )
    assert (paid["kind"], paid["task"], paid["evidence_filename"]) == (
        "spending",
        "publicity",
        "发票 2019-11.pdf",
    )
    assert paid["recorded_by_name"]
    care = _ok(
        await api.post(
            "street",
            "/api/v1/budget-spendings",
            {
                "line_id": allotted["id"],
                "spent_on": "2019-09-10",
                "amount_fen": 500_000,
                "purpose": "计生特殊家庭中秋慰问品",
                "payee": "较场口社区居委会",
                "evidence_file_id": invoice["id"],
            },
        )
    )
    wrong = _ok(
        await api.post(
            "street",
            "/api/v1/budget-spendings",
            {
                "line_id": own["id"],
                "spent_on": "2019-07-11",
                "amount_fen": 300_000,
                "purpose": "“7·11”宣传展板",
                "payee": "重复录入",
                "evidence_file_id": invoice["id"],
            },
        )
    )
    reversal = _ok(
        await api.post(
            "street",
            f"/api/v1/budget-spendings/{wrong['id']}/reversal",
            {"reversed_on": "2019-07-12", "reason": "重复录入，冲销"},
        )
    )
    assert (reversal["kind"], reversal["amount_fen"], reversal["corrects_id"]) == (
        "reversal",
        -300_000,
        wrong["id"],
    )
    twice = await api.post(
        "street",
        f"/api/v1/budget-spendings/{wrong['id']}/reversal",
        {"reversed_on": "2019-07-12", "reason": "再冲"},
    )
    assert twice.status_code == 409, twice.text
    adjusted = _ok(
        await api.post(
            "street",
            f"/api/v1/budget-spendings/{paid['id']}/adjustments",
            {"adjusted_on": "2019-06-03", "amount_fen": -200_000, "reason": "发票金额核减"},
        )
    )
    assert adjusted["amount_fen"] == -200_000
    below = await api.post(
        "street",
        f"/api/v1/budget-spendings/{paid['id']}/adjustments",
        {"adjusted_on": "2019-06-03", "amount_fen": -2_000_000, "reason": "过多"},
    )
    assert below.status_code == 422, below.text

    line = _ok(await api.get("street", f"/api/v1/budget-lines/{own['id']}"), 200)
    assert (line["spent_fen"], line["remaining_fen"], line["execution_rate"]) == (1_000_000, 4_000_000, 20.0)
    read = _ok(await api.get("street", f"/api/v1/budgets/{budget['id']}"), 200)
    assert (read["approved_fen"], read["spent_fen"], read["execution_rate"]) == (7_000_000, 1_500_000, 21.43)
    execution = _ok(
        await api.client.get(
            f"/api/v1/budgets/{budget['id']}/execution",
            params={"as_of": "2019-06-30"},
            headers=await api.headers("street", **{"Accept-Language": "zh-CN"}),
        ),
        200,
    )
    tasks = {t["task"]: t for t in execution["tasks"]}
    assert tasks["publicity"]["spent_fen"] == 1_000_000 and tasks["publicity"]["task_label"] == "加强宣传教育"
    assert tasks["care_action"]["spent_fen"] == 0  # its spending is dated September
    assert execution["spent_fen"] == 1_000_000 and execution["execution_rate"] == round(100 / 7, 2)

    async with api.session() as session:
        entries = (await session.execute(select(func.count()).select_from(BudgetSpending))).scalar_one()
        actions = (
            (await session.execute(select(AuditEvent.action).where(AuditEvent.action.like("budget%"))))
            .scalars()
            .all()
        )
        path = (await session.execute(select(Org.path).where(Org.id == ids["community-a"]))).scalar_one()
        figure = await budget_execution_rate(session, path, date(2019, 1, 1), TODAY)
    assert entries == 5  # three spendings, a reversal, an adjustment: nothing overwritten
    assert sorted(actions).count("budget_spending.record") == 3
    assert {
        "budget.create",
        "budget_line.create",
        "budget_spending.reverse",
        "budget_spending.adjust",
    } <= set(actions)
    assert (figure.value, figure.numerator, figure.denominator) == (25.0, 500_000, 2_000_000)

    # community A sees the line allotted to it and its spending, nothing of the street's own
    lines = _ok(await api.get("community-a", "/api/v1/budget-lines"), 200)["items"]
    assert [x["id"] for x in lines] == [allotted["id"]]
    spent = _ok(await api.get("community-a", "/api/v1/budget-spendings"), 200)["items"]
    assert [x["id"] for x in spent] == [care["id"]]
    download = await api.get("community-a", f"/api/v1/evidence-files/{invoice['id']}/content")
    assert download.status_code == 200 and download.content == PDF
    assert download.headers["content-type"] == "application/octet-stream"
    assert (await api.get("community-a", f"/api/v1/budgets/{budget['id']}")).status_code == 404
    assert (await api.get("community-a", f"/api/v1/budget-spendings/{paid['id']}")).status_code == 404
    # community B sees none of it
    assert _ok(await api.get("community-b", "/api/v1/budget-lines"), 200)["items"] == []
    assert _ok(await api.get("community-b", "/api/v1/budget-spendings"), 200)["items"] == []
    assert (await api.get("community-b", f"/api/v1/budget-lines/{allotted['id']}")).status_code == 404
    assert (await api.get("community-b", f"/api/v1/evidence-files/{invoice['id']}")).status_code == 404
    # and no community records spending
    refused = await api.post(
        "community-a",
        "/api/v1/budget-spendings",
        {
            "line_id": allotted["id"],
            "spent_on": "2019-09-10",
            "amount_fen": 1,
            "purpose": "x",
            "payee": "x",
            "evidence_file_id": invoice["id"],
        },
    )
    assert refused.status_code == 403, refused.text


async def test_evidence_must_be_a_pdf_or_image_and_spending_in_the_year(api: Api) -> None:
    async with api.session() as session:
        before = (await session.execute(select(func.count()).select_from(EvidenceFile))).scalar_one()
    disguised = await upload(api, "street", b"PK\x03\x04 not a pdf")
    assert disguised.status_code == 422, disguised.text  # a PDF's Content-Type, a zip's bytes
    text = await upload(api, "street", b"hello", "text/plain")
    assert text.status_code == 415, text.text
    zh = await api.client.post(
        "/api/v1/evidence-files",
        content=b"hello",
        params={"filename": "a.txt"},
        headers=await api.headers("street", **{"Content-Type": "text/plain", "Accept-Language": "zh-CN"}),
    )
    assert "佐证材料" in zh.json()["detail"]
    assert (await upload(api, "community-a")).status_code == 403
    async with api.session() as session:
        after = (await session.execute(select(func.count()).select_from(EvidenceFile))).scalar_one()
    assert after == before

    ids = await org_ids(api)
    budget = _ok(
        await api.post(
            "street",
            "/api/v1/budgets",
            {
                "org_id": ids["street"],
                "year": 2018,
                "title": "2018年度计生经费预算",
                "approved_on": "2018-01-10",
            },
        )
    )
    line = _ok(
        await api.post(
            "street",
            f"/api/v1/budgets/{budget['id']}/lines",
            {"task": "network", "org_id": ids["street"], "approved_fen": 100_000},
        )
    )
    community_budget = await api.post(
        "street",
        "/api/v1/budgets",
        {"org_id": ids["community-a"], "year": 2018, "title": "x", "approved_on": "2018-01-10"},
    )
    assert community_budget.status_code == 422, community_budget.text
    invoice = _ok(await upload(api, "street"))
    late = await api.post(
        "street",
        "/api/v1/budget-spendings",
        {
            "line_id": line["id"],
            "spent_on": "2019-01-02",
            "amount_fen": 100,
            "purpose": "培训",
            "payee": "某培训中心",
            "evidence_file_id": invoice["id"],
        },
        headers={"Accept-Language": "zh-CN"},
    )
    assert late.status_code == 422 and "预算年度" in late.json()["detail"], late.text
    other = _ok(await upload(api, "street"))
    foreign = await api.post(
        "street",
        "/api/v1/budget-spendings",
        {
            "line_id": line["id"],
            "spent_on": "2018-03-02",
            "amount_fen": 100,
            "purpose": "培训",
            "payee": "某培训中心",
            "evidence_file_id": other["id"] + 1000,
        },
    )
    assert foreign.status_code == 422, foreign.text


async def test_a_file_sent_as_octet_stream_takes_the_type_its_first_bytes_show(api: Api) -> None:
    """The document declares application/octet-stream (what generated clients send): a PDF sent so
    is stored as a PDF; bytes of no accepted kind are 422 and nothing is stored."""
    stored = await upload(api, "street", PDF, "application/octet-stream")
    assert stored.status_code == 201, stored.text
    assert stored.json()["content_type"] == "application/pdf"
    download = await api.get("street", f"/api/v1/evidence-files/{stored.json()['id']}/content")
    assert download.status_code == 200 and download.content == PDF
    async with api.session() as session:
        before = (await session.execute(select(func.count()).select_from(EvidenceFile))).scalar_one()
    refused = await upload(api, "street", b"PK\x03\x04 a zip", "application/octet-stream")
    assert refused.status_code == 422, refused.text
    assert "PDF, JPEG or PNG" in refused.json()["detail"]
    async with api.session() as session:
        after = (await session.execute(select(func.count()).select_from(EvidenceFile))).scalar_one()
    assert after == before
