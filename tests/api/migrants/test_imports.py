"""Bulk import: every bad row reported by number, the rest imported (per row) or nothing (all or
nothing), re-importing changes nothing, progress as rows done of total, migrants by NDJSON."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from app.clock import set_today
from app.models.core.resident import Resident
from app.models.migrants.imports import ImportJob
from app.models.migrants.migrant import Migrant
from app.services.migrants import imports
from app.worker import Worker
from tests.api.migrants.import_helpers import import_file, upload_import

pytestmark = pytest.mark.asyncio


@pytest.fixture(autouse=True)
def fixed_today():
    set_today(date(2026, 3, 10))
    yield
    set_today(None)


async def _residents(api) -> int:
    async with api.session() as session:
        return (await session.execute(select(func.count()).select_from(Resident))).scalar_one()


async def test_per_row_reports_exactly_the_bad_rows_and_reimport_changes_nothing(api):
    bad = {3, 50, 51, 200, 333, 499, 500} | set(range(600, 630))  # 37 bad rows
    assert len(bad) == 37
    content, rows = import_file(800, bad)
    content += (
        rows[9]["id_number"] + ",重复,,500103003001,500103003001,,married,,\n"
    )  # row 801: twice in the file
    before = await _residents(api)
    queued = await upload_import(api, content)
    assert queued.status_code == 202, queued.text
    job = queued.json()
    assert job["status"] == "queued" and queued.headers["location"] == f"/api/v1/imports/{job['id']}"
    assert await Worker(api.database, api.settings).run_imports() == 1
    report = (await api.get("street", f"/api/v1/imports/{job['id']}")).json()
    assert report["status"] == "done"
    assert (report["total_rows"], report["rows_done"]) == (801, 801)
    assert sorted(e["row"] for e in report["errors"]) == sorted(bad | {801})
    assert (report["created"], report["failed"]) == (763, 38)
    by_row = {e["row"]: e["errors"] for e in report["errors"]}
    expected_field = {
        0: "id_number",
        1: "household_division_code",
        2: "community_code",
        3: "marital_status",
        4: "birth_date",
        5: "employer_unit_code",
        6: "name",
    }
    assert {r: by_row[r][0]["field"] for r in bad} == {r: expected_field[r % 7] for r in bad}
    assert by_row[801] == [{"field": "id_number", "msg": "appears twice in the file"}]
    assert "check character" in by_row[602][0]["msg"]
    assert await _residents(api) == before + 763

    async with api.session() as session:
        stamp = (await session.execute(select(func.max(Resident.updated_at)))).scalar_one()
    again = await upload_import(api, content)
    await Worker(api.database, api.settings).run_imports()
    second = (await api.get("street", f"/api/v1/imports/{again.json()['id']}")).json()
    assert (second["created"], second["updated"], second["unchanged"], second["failed"]) == (0, 0, 763, 38)
    assert await _residents(api) == before + 763
    async with api.session() as session:
        assert (await session.execute(select(func.max(Resident.updated_at)))).scalar_one() == stamp

    # a changed row is updated, the others stay
    changed = content.replace(f"{rows[0]['id_number']},导入1,", f"{rows[0]['id_number']},改名1,", 1)
    third = await upload_import(api, changed)
    await Worker(api.database, api.settings).run_imports()
    result = (await api.get("street", f"/api/v1/imports/{third.json()['id']}")).json()
    assert (result["updated"], result["unchanged"]) == (1, 762)


async def test_all_or_nothing_writes_nothing_when_a_row_is_bad(api):
    content, _ = import_file(300, {7, 150})
    before = await _residents(api)
    job = (await upload_import(api, content, mode="all_or_nothing")).json()
    await Worker(api.database, api.settings).run_imports()
    report = (await api.get("street", f"/api/v1/imports/{job['id']}")).json()
    assert report["status"] == "rejected" and report["created"] == 0
    assert sorted(e["row"] for e in report["errors"]) == [7, 150]
    assert await _residents(api) == before
    good, _ = import_file(300, set())
    job = (await upload_import(api, good, mode="all_or_nothing")).json()
    await Worker(api.database, api.settings).run_imports()
    assert (await api.get("street", f"/api/v1/imports/{job['id']}")).json()["created"] == 300
    assert await _residents(api) == before + 300


async def test_progress_and_migrants_by_ndjson(api, monkeypatch):
    monkeypatch.setattr(imports, "CHUNK", 25)
    content, rows = import_file(100, set())
    job = (await upload_import(api, content)).json()
    job_id = await imports.claim_next(api.database.sessionmaker)
    assert job_id == job["id"]
    seen: list[tuple[int, int]] = []
    await imports.run_job(
        api.database.sessionmaker, api.settings, job_id, date(2026, 3, 10), lambda d, t: seen.append((d, t))
    )
    assert seen == [(25, 100), (50, 100), (75, 100), (100, 100)]

    outside = [r for r in rows if r["household_division_code"] == "500101001001"]
    lines = [
        json.dumps(
            {
                "id_number": r["id_number"],
                "arrival_date": "2026-02-01",
                "address": "幸福路",
                "employer_name": "某厂",
            }
        )
        for r in outside
    ]
    lines.append(
        json.dumps({"id_number": rows[0]["id_number"], "arrival_date": "2026-02-01", "address": "x"})
    )  # local
    lines.append(
        json.dumps({"id_number": outside[0]["id_number"], "arrival_date": "2027-01-01", "address": "x"})
    )
    lines.append("[1, 2]")
    ndjson = "\n".join(lines) + "\n"
    first = (await upload_import(api, ndjson, kind="migrants", content_type="application/x-ndjson")).json()
    assert first["format"] == "ndjson"
    await Worker(api.database, api.settings).run_imports()
    report = (await api.get("street", f"/api/v1/imports/{first['id']}")).json()
    n = len(outside)
    assert (report["created"], report["failed"]) == (n, 3)
    assert sorted(e["row"] for e in report["errors"]) == [n + 1, n + 2, n + 3]
    again = (await upload_import(api, ndjson, kind="migrants", content_type="application/x-ndjson")).json()
    await Worker(api.database, api.settings).run_imports()
    assert (await api.get("street", f"/api/v1/imports/{again['id']}")).json()["unchanged"] == n
    async with api.session() as session:
        assert (await session.execute(select(func.count()).select_from(Migrant))).scalar_one() == n


async def test_refusals(api):
    assert (await upload_import(api, "id_number\n1\n", user="community-a")).status_code == 403
    assert (await upload_import(api, "   ")).status_code == 422
    # a file that is not what it says is refused at once, before any job is queued
    async with api.session() as session:
        jobs_before = (await session.execute(select(func.count()).select_from(ImportJob))).scalar_one()
    bad_header = await upload_import(api, "who,what\n1,2\n")
    assert bad_header.status_code == 422 and "header" in bad_header.json()["detail"]
    not_ndjson = await api.client.post(
        "/api/v1/imports",
        params={"kind": "residents", "format": "ndjson"},
        content=b"[1, 2]\n",
        headers={**await api.headers("street"), "Content-Type": "application/x-ndjson"},
    )
    assert not_ndjson.status_code == 422, not_ndjson.text
    async with api.session() as session:
        jobs_after = (await session.execute(select(func.count()).select_from(ImportJob))).scalar_one()
    assert jobs_after == jobs_before
    # GB18030/GBK text (Excel's CSV on Chinese Windows) is read since issue 23's third round (see
    # test_security_imports.py); bytes that are neither UTF-8 nor GB18030 are still refused
    not_text = await api.client.post(
        "/api/v1/imports",
        params={"kind": "residents"},
        content=b"id_number\n" + b"\x80\xff\xfe",
        headers={**await api.headers("street"), "Content-Type": "text/csv"},
    )
    assert not_text.status_code == 422


async def test_imports_take_files_larger_than_other_bodies(api):
    big = "id_number,name\n" + "110105199001010011,名\n" * 100_000  # about 2.2 MiB
    assert len(big.encode()) > api.settings.max_body_bytes
    accepted = await upload_import(api, big)
    assert accepted.status_code == 202
    other = await api.client.post(
        "/api/v1/residents",
        content=big.encode(),
        headers={**await api.headers("street"), "Content-Type": "application/json"},
    )
    assert other.status_code == 413
