"""Every cell of every CSV and XLSX file the API writes passes through here.

Text from people (a resident's name, an org's name, a bank's name, an indicator's name) can start
like a formula. A spreadsheet program that opens the file would run it: `=HYPERLINK(...)` sends the
row (full ID numbers included) to another site, `=cmd|...` used to start programs. OWASP's rule for
CSV injection is applied to every text cell: one that starts with `=`, `+`, `-`, `@`, a tab or a
carriage return gets a single quote in front, so it is shown as the text it is. Numbers (int,
float, Decimal, fen amounts) stay numbers: written as numbers, never prefixed, numeric cells in
XLSX, negative ones included. Booleans, dates and None pass as they are; anything else is written
as its text, neutralised the same way.

* ``csv_writer(out)``: like ``csv.writer(out)``, every row neutralised.
* ``new_workbook()``: an openpyxl workbook whose sheets neutralise every value given to
  ``append``, ``cell(..., value=...)`` and ``ws["A1"] = ...``. XLSX cannot hold most control
  characters (openpyxl refuses them); they become U+FFFD there instead of failing the export.

No other module under app/ may use ``csv.writer``, ``csv.DictWriter`` or openpyxl's ``Workbook``
(tests/test_spreadsheet_cells.py reads every module to hold that), so a new export cannot skip this
module by accident.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, TextIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""How a text cell that a spreadsheet program could read as a formula starts (OWASP)."""

Cell = str | int | float | Decimal | bool | date | datetime | time | None
_PASS_THROUGH = (int, float, Decimal, bool, date, datetime, time)


def neutralise(value: object) -> Cell:
    """The value to write into a cell: numbers, booleans, dates and None as they are; text (and
    anything else, as its text) with a single quote in front when it starts like a formula."""
    if value is None or isinstance(value, _PASS_THROUGH):
        return value
    text = value if isinstance(value, str) else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def row(values: Iterable[object]) -> list[Cell]:
    return [neutralise(v) for v in values]


class SafeCsvWriter:
    """``csv.writer`` whose rows are neutralised cell by cell."""

    def __init__(self, out: TextIO, **fmtparams: Any) -> None:
        self._writer = csv.writer(out, **fmtparams)

    def writerow(self, values: Iterable[object]) -> None:
        self._writer.writerow(row(values))

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for values in rows:
            self.writerow(values)


def csv_writer(out: TextIO, **fmtparams: Any) -> SafeCsvWriter:
    return SafeCsvWriter(out, **fmtparams)


def xlsx_value(value: object) -> Cell:
    """``neutralise`` for an XLSX cell: characters XLSX cannot hold become U+FFFD first."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return neutralise(value)


class SafeWorksheet(Worksheet):
    """A worksheet that neutralises what is written through it."""

    def append(self, iterable: Any) -> None:
        if isinstance(iterable, dict):
            super().append({k: xlsx_value(v) for k, v in iterable.items()})
        else:
            super().append([xlsx_value(v) for v in iterable])

    def cell(self, row: int, column: int, value: Any = None) -> Any:
        return super().cell(row, column, None if value is None else xlsx_value(value))

    def __setitem__(self, key: str, value: Any) -> None:
        self[key].value = xlsx_value(value)


class SafeWorkbook(Workbook):
    """An openpyxl workbook whose sheets (the first one and every one created) are SafeWorksheets."""

    def __init__(self) -> None:
        super().__init__()
        self._sheets = [SafeWorksheet(self)]

    def create_sheet(self, title: str | None = None, index: int | None = None) -> SafeWorksheet:
        sheet = SafeWorksheet(parent=self, title=title)
        self._add_sheet(sheet=sheet, index=index)
        return sheet


def new_workbook() -> SafeWorkbook:
    return SafeWorkbook()
