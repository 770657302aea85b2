"""Writes for scripts/capture_examples.py on the safeguards (issue 29 point 1): an invoice uploaded
and paid from this year's publicity line, the payment adjusted, a duplicate reversed; next year's
budget opened with a line; the street's funds rules recorded with their signed file and the old
ones repealed."""

from __future__ import annotations

from typing import Any

from scripts.example_writes import V1, day, made, org, write

# A small PDF (what a scanner writes is larger; the API checks the first bytes and keeps the rest).
PDF = b"%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"


@write("uploadEvidenceFile")
async def _upload(w: Any) -> Any:
    return (
        "street-officer",
        f"{V1}/evidence-files?filename=%E5%8F%91%E7%A5%A8-2026-0612.pdf",
        {"_raw": PDF, "_headers": {"Content-Type": "application/pdf"}},
    )


async def _publicity_line(w: Any) -> int:
    line = await w.first(f"{V1}/budget-lines", users=("street",), task="publicity", year=2026)
    return int(line["id"])


@write("recordBudgetSpending")
async def _spend(w: Any) -> Any:
    return (
        "street-officer",
        f"{V1}/budget-spendings",
        {
            "line_id": await _publicity_line(w),
            "spent_on": day(-3),
            "amount_fen": 186_000,
            "purpose": "计生政策宣传折页印制（5000份）",
            "payee": "重庆渝中印务有限公司",
            "evidence_file_id": made(w, "uploadEvidenceFile"),
        },
    )


@write("adjustBudgetSpending")
async def _adjust(w: Any) -> Any:
    return (
        "street-officer",
        f"{V1}/budget-spendings/{made(w, 'recordBudgetSpending')}/adjustments",
        {"adjusted_on": day(-1), "amount_fen": -6_000, "reason": "按结算单核减（实际结算1,800元）"},
    )


@write("recordBudgetSpending")
async def _spend_twice(w: Any) -> Any:
    w.made["firstSpending"] = w.made["recordBudgetSpending"]
    return await _spend(w)


@write("reverseBudgetSpending")
async def _reverse(w: Any) -> Any:
    return (
        "street-officer",
        f"{V1}/budget-spendings/{made(w, 'recordBudgetSpending')}/reversal",
        {"reversed_on": day(0), "reason": "同一发票重复录入，冲销"},
    )


@write("createBudget")
async def _budget(w: Any) -> Any:
    return (
        "street",
        f"{V1}/budgets",
        {
            "org_id": await org(w, "street"),
            "year": 2027,
            "title": "2027年度人口和计划生育工作经费预算（草案）",
            "approved_on": day(0),
            "document_number": None,
        },
    )


@write("createBudgetLine")
async def _line(w: Any) -> Any:
    return (
        "street",
        f"{V1}/budgets/{made(w, 'createBudget')}/lines",
        {
            "task": "care_action",
            "org_id": await org(w, "community-a"),
            "approved_fen": 2_200_000,
            "note": "计生特殊家庭关怀",
        },
    )


@write("createInstitution")
async def _institution(w: Any) -> Any:
    return (
        "street",
        f"{V1}/institutions",
        {
            "org_id": await org(w, "street"),
            "kind": "funds_rules",
            "title": "解放碑街道计划生育经费管理办法（修订）",
            "issued_by": "解放碑街道办事处",
            "document_number": "解放碑街道办发〔2026〕18号",
            "effective_from": day(0),
            "file_id": made(w, "uploadEvidenceFile"),
            "note": "",
        },
    )


@write("repealInstitution")
async def _repeal(w: Any) -> Any:
    old = await w.first(f"{V1}/institutions", users=("street",), kind="funds_rules", repealed_on=None)
    return (
        "street",
        f"{V1}/institutions/{old['id']}/repeal",
        {
            "repealed_on": day(0),
            "reason": "经费管理办法修订，原办法同日废止",
            "_headers": {"If-Match": f'"{old["version"]}"'},
        },
    )
