"""Printed documents (issue 28, part 1) generated for the live demo and read back with pypdf: each
holds the Chinese text and the masked data its JSON shows, never a full ID number; each is read by
its record's permission and scope (another community gets 404 by every path); the same record at
the same instant gives the same bytes."""

from __future__ import annotations

import asyncio
import io
import os
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, time
from typing import Any

import httpx
import pytest_asyncio
from pypdf import PdfReader
from sqlalchemy import select

from app.clock import CHINA, parse_time_of_day, set_time_of_day, set_today, today
from app.config import get_settings
from app.db import Database, set_database
from app.models.core.audit import AuditEvent
from tests.api.documents.documents_demo import ANCHOR, AT, assert_pdf, pdf_text
from tests.conftest import Api
from tests.databases import DatabaseFactory, run_alembic
from tests.demo_ids import org_ids


@pytest_asyncio.fixture(scope="module")
async def live(db_factory: DatabaseFactory) -> AsyncIterator[Api]:
    """One database for the module: migrated, the fixed demo, then the live layer at ANCHOR; the
    office clock at ANCHOR 09:30 Beijing time."""
    from scripts.seed_demo import seed_demo

    url = await db_factory.empty("documents_live")
    await asyncio.to_thread(run_alembic, url, "upgrade", "head")
    os.environ["FPW_DATABASE_URL_UNDER_TEST"] = url
    get_settings.cache_clear()
    settings = get_settings().model_copy(update={"database_url": url})
    set_today(ANCHOR, at=AT)
    assert await seed_demo(settings, live_anchor=ANCHOR)
    database = Database(settings)
    set_database(database)
    from app.main import create_app

    app = create_app(settings)
    app.dependency_overrides[today] = lambda: ANCHOR
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield Api(client=client, app=app, settings=settings, database=database, url=url)
    set_today(None)
    set_time_of_day(
        parse_time_of_day(os.environ["FPW_TEST_BEIJING_TIME"])
        if "FPW_TEST_BEIJING_TIME" in os.environ
        else None
    )
    await database.dispose()
    set_database(None)


async def _items(api: Api, user: str, path: str, **params: Any) -> list[dict[str, Any]]:
    response = await api.get(user, path, params={"limit": 100, **params})
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def _community_a_notice(api: Api) -> dict[str, Any]:
    notices = await _items(api, "community-a", "/api/v1/public/notices")
    return next(n for n in notices if n["community_name"] == "民生路社区" and n["open_for_objections"])


async def test_the_public_notice_prints_the_masked_roster_window_and_how_to_object(live: Api) -> None:
    notice = await _community_a_notice(live)
    text = assert_pdf(await live.get("community-a", f"/api/v1/public-notices/{notice['id']}/notice.pdf"))
    ends = datetime.strptime(notice["window_ends_on"], "%Y-%m-%d").date()
    assert f"{notice['program_name']}对象公示" in text
    assert "民生路社区" in text and "如何提出异议" in text and "异议截止日" in text
    assert f"{ends.year}年{ends.month}月{ends.day}日（含当日）" in text
    assert notice["entries"], "the demo's open notice lists cases"
    for entry in notice["entries"]:
        assert "*" in entry["name"]  # masked as the public list shows it
        assert f"{entry['entry_id']}{entry['name']}" in text
    url = f"{live.settings.public_base_url}/api/v1/public-notices/{notice['id']}/objections"
    assert url in text  # printed beside the QR code that encodes it


async def test_a_notice_is_read_only_in_its_community_s_scope(live: Api) -> None:
    notice = await _community_a_notice(live)
    path = f"/api/v1/public-notices/{notice['id']}/notice.pdf"
    assert (await live.get("street", path)).status_code == 200
    for outsider in ("community-b", "unit"):
        answer = await live.get(outsider, path)
        assert answer.status_code == 404, outsider
        assert answer.headers["content-type"] == "application/problem+json"
    assert (await live.client.get(path)).status_code == 401
    assert (await live.get("community-a", "/api/v1/public-notices/999999/notice.pdf")).status_code == 404


async def test_the_same_record_at_the_same_instant_gives_the_same_bytes(live: Api) -> None:
    notice = await _community_a_notice(live)
    path = f"/api/v1/public-notices/{notice['id']}/notice.pdf"
    first = (await live.get("community-a", path)).content
    second = (await live.get("community-a", path)).content
    assert first == second
    info = PdfReader(io.BytesIO(first)).metadata
    assert info is not None and info["/CreationDate"] == "D:20261201013000Z"  # 09:30 in Beijing
    assert "生成时间：2026-12-0109:30（北京时间）" in pdf_text(first)
    try:
        set_time_of_day(time(10, 45))
        later = (await live.get("community-a", path)).content
    finally:
        set_time_of_day(AT)
    assert later != first
    moment = datetime.combine(ANCHOR, time(10, 45), tzinfo=CHINA).astimezone(UTC)
    assert PdfReader(io.BytesIO(later)).metadata["/CreationDate"] == moment.strftime("D:%Y%m%d%H%M%SZ")


async def _service_types(api: Api) -> dict[str, dict[str, str]]:
    """Each service's material codes → names, from the public service guides."""
    answer = await api.client.get("/api/v1/public/service-types")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    types = body["items"] if isinstance(body, dict) else body
    return {t["code"]: {m["code"]: m["name"] for m in t["materials"]} for t in types}


async def test_the_notification_letter_lists_every_missing_material_at_once(live: Api) -> None:
    returned = await _items(live, "community-a", "/api/v1/service-requests", state="returned")
    assert returned, "the demo has a returned request in community A"
    request = returned[0]
    detail = (await live.get("community-a", f"/api/v1/service-requests/{request['id']}")).json()
    path = f"/api/v1/service-requests/{request['id']}/notification-letter.pdf"
    text = assert_pdf(await live.get("community-a", path))
    assert "一次性告知书" in text and "办理依据" in text and "提交地点" in text and "办理时限" in text
    assert request["tracking_code"] in text and detail["applicant_name"].replace(" ", "") in text
    materials = (await _service_types(live))[request["service_type"]]
    missing = detail["returns"][-1]["missing"]
    for code in missing:
        assert materials[code] in text
    assert (await live.get("community-b", path)).status_code == 404
    receipt = await live.get("community-a", f"/api/v1/service-requests/{request['id']}/receipt.pdf")
    assert receipt.status_code == 409  # a returned request has a letter, not a receipt


async def test_the_receipt_gives_the_tracking_code_and_the_due_date(live: Api) -> None:
    waiting = await _items(live, "community-a", "/api/v1/service-requests", state="submitted")
    assert waiting, "the demo has a request waiting in community A"
    request = waiting[0]
    path = f"/api/v1/service-requests/{request['id']}/receipt.pdf"
    text = assert_pdf(await live.get("community-a", path))
    due = datetime.strptime(request["due_on"], "%Y-%m-%d").date()
    assert "受理回执" in text and request["tracking_code"] in text
    assert f"承诺办结日期：{due.year}年{due.month}月{due.day}日" in text
    assert ("（暂定）" in text) is request["due_provisional"]
    assert f"/api/v1/public/service-requests/{request['tracking_code']}" in text
    assert (await live.get("community-b", path)).status_code == 404
    letter_path = f"/api/v1/service-requests/{request['id']}/notification-letter.pdf"
    letter = await live.get("community-a", letter_path)
    assert letter.status_code == 409 and letter.headers["content-type"] == "application/problem+json"


async def test_the_responsibility_book_has_indicators_weights_vetoes_and_signature_blocks(live: Api) -> None:
    # The demo has no book: the street draws one up for community A as it would.
    indicators = (await live.get("street", "/api/v1/indicators")).json()[:4]
    weights = (40, 30, 30, 0)
    body = {
        "org_id": (await org_ids(live))["community-a"],
        "year": ANCHOR.year + 1,
        "title": f"{ANCHOR.year + 1}年度人口和计划生育目标管理责任书",
        "indicators": [
            {"indicator_id": i["id"], "weight": w, "target": 90, "veto": w == 0}
            for i, w in zip(indicators, weights, strict=True)
        ],
    }
    created = await live.post("street", "/api/v1/responsibility-books", json=body)
    assert created.status_code == 201, created.text
    book = created.json()
    text = assert_pdf(await live.get("community-a", f"/api/v1/responsibility-books/{book['id']}/book.pdf"))
    assert book["title"].replace(" ", "") in text
    assert "考核指标与权重" in text and "一票否决" in text and "签字：" in text and "甲方" in text
    for indicator in book["indicators"]:
        assert indicator["name_zh"].replace(" ", "") in text
    assert "合计100" in text  # the weights add up to 100
    outsider = await live.get("community-b", f"/api/v1/responsibility-books/{book['id']}/book.pdf")
    assert outsider.status_code == 404


async def test_the_demo_s_responsibility_book_prints_for_signing(live: Api) -> None:
    """The live demo's own book (app/demo/activity_leadership.py): community B's for the anchor's
    year, copied from last year's and signed by the street in January, the migrants' certificate rate
    its one veto item; its PDF holds every indicator in order with its weight, the veto item in its
    own section and both parties' signature blocks with the signatories the book records."""
    books = await _items(live, "community-b", "/api/v1/responsibility-books", year=ANCHOR.year)
    assert [b["org_id"] for b in books] == [(await org_ids(live))["community-b"]]
    assert books[0]["status"] == "signed"
    book = (await live.get("community-b", f"/api/v1/responsibility-books/{books[0]['id']}")).json()
    text = assert_pdf(await live.get("community-b", f"/api/v1/responsibility-books/{book['id']}/book.pdf"))
    assert book["title"].replace(" ", "") in text and "较场口社区" in book["title"]
    signed = date.fromisoformat(book["signed_on"])
    assert (signed.year, signed.month) == (ANCHOR.year, 1) or signed == ANCHOR
    assert "甲方：解放碑街道乙方：较场口社区" in text
    assert f"签订日期：{signed.year}年{signed.month}月{signed.day}日" in text
    rows = sorted(book["indicators"], key=lambda i: i["position"])
    assert [i["indicator_code"] for i in rows if i["veto"]] == ["migrant_certificate_rate"]
    assert sum(i["weight"] for i in rows) == 100 and "合计100" in text
    # the table, row by row: number, indicator, its target, its weight, 是 for the veto item
    table = text[text.index("一、考核指标与权重") : text.index("合计100")]
    starts = [table.index(f"{n}{row['name_zh']}") for n, row in enumerate(rows, start=1)]
    assert starts == sorted(starts)
    for row, begin, end in zip(rows, starts, [*starts[1:], len(table)], strict=True):
        cell = table[begin:end]
        assert cell.endswith(f"{row['weight']:g}是" if row["veto"] else f"{row['weight']:g}"), (row, cell)
    veto = next(i for i in rows if i["veto"])
    assert f"二、一票否决事项序号事项要求1{veto['name_zh']}" in text
    # both parties' signature blocks: the street's party leader for 甲方, the community's signatory
    # for 乙方, as the book records them
    signers = {s["role"]: s for s in book["signatories"]}
    for role, party in (
        ("party_leader", "甲方：解放碑街道（盖章）"),
        ("counterpart", "乙方：较场口社区（盖章）"),
    ):
        assert f"{party}{signers[role]['title']}{signers[role]['name']}签字：" in text, signers[role]
    assert text.count("签字：＿＿＿＿＿＿＿＿日期：") == 2
    outsider = await live.get("community-a", f"/api/v1/responsibility-books/{book['id']}/book.pdf")
    assert outsider.status_code == 404


async def test_the_payment_list_masks_every_id_number_and_printing_it_is_audited(live: Api) -> None:
    batches = await _items(live, "street", "/api/v1/payment-batches")
    batch = next(b for b in batches if b["line_count"] > 0)
    path = f"/api/v1/payment-batches/{batch['id']}/signature-list.pdf"
    text = assert_pdf(await live.get("street", path))  # street holds pii:read: still masked
    assert "发放花名册" in text and "领款人签字" in text and "合计" in text
    lines = await _items(live, "street", f"/api/v1/payment-batches/{batch['id']}/lines")
    for line in lines[:5]:
        resident = (await live.get("street", f"/api/v1/residents/{line['beneficiary_id']}")).json()
        assert "*" in resident["id_number"] and resident["id_number"] in text
    async with live.session() as session:
        events = (
            await session.execute(
                select(AuditEvent).where(
                    AuditEvent.action == "payment_batch.printed", AuditEvent.object_id == str(batch["id"])
                )
            )
        ).scalars()
        assert [e.detail["id_numbers"] for e in events] == ["masked"]
    other_street = await live.get("community-b", path)
    assert other_street.status_code in (403, 404)


async def test_the_annual_report_prints_its_sections_and_charts(live: Api) -> None:
    params = {"year": ANCHOR.year}
    report = (await live.get("community-a", "/api/v1/reports/annual", params=params)).json()
    answer = await live.get("community-a", "/api/v1/reports/annual.pdf", params=params)
    text = assert_pdf(answer)
    assert report["title"].replace(" ", "") in text and "民生路社区" in text
    for section in report["sections"]:
        assert section["title_zh"].replace(" ", "") in text
    assert (
        f"{ANCHOR.year}年各项工作月度趋势" in text and "与上年同期比较" in text and "已筛查与目标数" in text
    )
    for series in report["monthly"]:  # the trend chart's legend names every series
        assert series["name_zh"].replace(" ", "") in text
    other = await live.get(
        "community-b", "/api/v1/reports/annual.pdf", params={**params, "org_id": report["org_id"]}
    )
    assert other.status_code == 404
