"""Reading and checking the rows of a bulk import file (CSV with a header row, or NDJSON).

Every row is checked on its own: the ID number's GB 11643 check character, division codes, dates,
enumerations, and references (the community and employer unit named by code must be orgs of the
importing org's area). A row's problems are listed all at once, by field.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.id_numbers import InvalidIdNumber, parse_id_number
from app.models.core.org import OrgKind
from app.models.core.resident import MaritalStatus, Sex
from app.models.migrants.imports import ImportFormat
from app.schemas.common import DATE_MAX, DATE_MIN, date_in_range
from app.spreadsheet_cells import FORMULA_PREFIXES

DIVISION = re.compile(r"^\d{6}(\d{3}){0,2}$")
PHONE = re.compile(r"^1\d{10}$|^0\d{2,3}-?\d{7,8}$")
MAX_ERRORS_KEPT = 10_000
FORMULA_REFUSED = "starts like a spreadsheet formula (=, +, -, @); not imported"

RESIDENT_FIELDS = (
    "id_number",
    "name",
    "phone",
    "household_division_code",
    "community_code",
    "employer_unit_code",
    "marital_status",
    "sex",
    "birth_date",
)
MIGRANT_FIELDS = ("id_number", "arrival_date", "address", "employer_name", "household_division_code")


class RowErrors:
    """The bad rows of a pass: every one counted, the first ``MAX_ERRORS_KEPT`` kept for the report,
    so a file of 100,000 bad rows does not hold 100,000 reports in memory."""

    def __init__(self) -> None:
        self.kept: list[dict[str, Any]] = []
        self.total = 0

    def append(self, error: dict[str, Any]) -> None:
        self.total += 1
        if len(self.kept) < MAX_ERRORS_KEPT:
            self.kept.append(error)

    def __len__(self) -> int:
        return self.total


class FileError(ValueError):
    """The file as a whole cannot be read (encoding, header)."""


def read_rows(content: str, fmt: ImportFormat, fields: tuple[str, ...]) -> Iterator[dict[str, Any] | str]:
    """Yield each data row as a dict, or an error message for a row that is not even a record."""
    if fmt is ImportFormat.csv:
        try:
            yield from _csv_rows(content, fields)
        except csv.Error as exc:  # a field over the csv module's limit, say (checked at upload too)
            raise FileError(f"The CSV cannot be read: {exc}") from exc
        return
    for line in io.StringIO(content):  # one line at a time (splitlines() made a list of them all)
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            yield "not a JSON object"
            continue
        if not isinstance(value, dict):
            yield "not a JSON object"
            continue
        unknown = set(value) - set(fields)
        if unknown:
            yield f"unknown fields: {', '.join(sorted(unknown))}"
            continue
        yield {k: (v.strip() if isinstance(v, str) else v) for k, v in value.items()}


def _csv_rows(content: str, fields: tuple[str, ...]) -> Iterator[dict[str, Any] | str]:
    reader = csv.DictReader(io.StringIO(content))
    header = [h.strip() for h in reader.fieldnames or []]
    if "id_number" not in header:
        raise FileError("The CSV header must name the columns, id_number among them")
    unknown = set(header) - set(fields)
    if unknown:
        raise FileError(f"Unknown columns: {', '.join(sorted(unknown))}")
    reader.fieldnames = header
    for raw in reader:
        if None in raw:
            yield "more values than columns"
            continue
        yield {k: (v.strip() if isinstance(v, str) else v) for k, v in raw.items()}


@dataclass
class Problems:
    items: list[dict[str, str]] = field(default_factory=list)

    def add(self, name: str, msg: str) -> None:
        self.items.append({"field": name, "msg": msg})


def _text(
    row: dict[str, Any],
    name: str,
    problems: Problems,
    *,
    required: bool,
    max_len: int,
    free_text: bool = False,
) -> str | None:
    value = row.get(name)
    if value in (None, ""):
        if required:
            problems.add(name, "required")
        return None
    if not isinstance(value, str):
        problems.add(name, "must be text")
        return None
    if len(value) > max_len or "\x00" in value:
        problems.add(name, f"at most {max_len} characters of text")
        return None
    if free_text and value.startswith(FORMULA_PREFIXES):
        # Never evaluated, but refused: a name or address does not start like this, and the row
        # would carry a formula to every sheet that took it from the file (see app/uploads.py).
        problems.add(name, FORMULA_REFUSED)
        return None
    return value


def _date(row: dict[str, Any], name: str, problems: Problems, *, required: bool) -> date | None:
    value = _text(row, name, problems, required=required, max_len=10)
    if value is None:
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        problems.add(name, "must be a date YYYY-MM-DD")
        return None
    if not date_in_range(parsed):
        problems.add(name, f"must lie between {DATE_MIN} and {DATE_MAX}")
        return None
    return parsed


@dataclass(frozen=True)
class ResidentRow:
    id_number: str
    name: str
    phone: str | None
    sex: Sex
    birth_date: date
    household_division_code: str
    community_id: int
    employer_unit_id: int | None
    marital_status: MaritalStatus


def check_resident(
    row: dict[str, Any], orgs: dict[str, tuple[int, OrgKind]]
) -> tuple[ResidentRow | None, list[dict[str, str]]]:
    """A resident row, or its problems; ``orgs`` maps the codes of the importing area's orgs."""
    p = Problems()
    parsed = None
    raw_id = _text(row, "id_number", p, required=True, max_len=18)
    if raw_id is not None:
        try:
            parsed = parse_id_number(raw_id)
        except InvalidIdNumber as exc:
            p.add("id_number", str(exc))
    name = _text(row, "name", p, required=True, max_len=64, free_text=True)
    phone = _text(row, "phone", p, required=False, max_len=20)
    if phone is not None and not PHONE.match(phone):
        p.add("phone", "not a phone number")
    household = _text(row, "household_division_code", p, required=True, max_len=12)
    if household is not None and not DIVISION.match(household):
        p.add("household_division_code", "must be a 6, 9 or 12-digit division code")
    community = _text(row, "community_code", p, required=True, max_len=18)
    community_id = None
    if community is not None:
        found = orgs.get(community)
        if found is None or found[1] is not OrgKind.community:
            p.add("community_code", "no community with this code in your area")
        else:
            community_id = found[0]
    unit = _text(row, "employer_unit_code", p, required=False, max_len=18)
    unit_id = None
    if unit is not None:
        found = orgs.get(unit)
        if found is None or found[1] is not OrgKind.unit:
            p.add("employer_unit_code", "no unit with this code in your area")
        else:
            unit_id = found[0]
    marital = _text(row, "marital_status", p, required=True, max_len=16)
    if marital is not None and marital not in MaritalStatus.__members__:
        p.add("marital_status", f"one of {', '.join(MaritalStatus.__members__)}")
    sex = _text(row, "sex", p, required=False, max_len=8)
    birth = _date(row, "birth_date", p, required=False)
    if parsed is not None:
        if sex is not None and sex != parsed.sex.value:
            p.add("sex", "does not agree with the ID number")
        if birth is not None and birth != parsed.birth_date:
            p.add("birth_date", "does not agree with the ID number")
    if p.items or parsed is None:
        return None, p.items
    assert name and household and community_id and marital
    return (
        ResidentRow(
            id_number=parsed.value,
            name=name,
            phone=phone,
            sex=parsed.sex,
            birth_date=parsed.birth_date,
            household_division_code=household,
            community_id=community_id,
            employer_unit_id=unit_id,
            marital_status=MaritalStatus(marital),
        ),
        [],
    )


@dataclass(frozen=True)
class MigrantRow:
    id_number: str
    arrival_date: date
    address: str
    employer_name: str | None
    household_division_code: str | None


def check_migrant(row: dict[str, Any], today: date) -> tuple[MigrantRow | None, list[dict[str, str]]]:
    p = Problems()
    parsed = None
    raw_id = _text(row, "id_number", p, required=True, max_len=18)
    if raw_id is not None:
        try:
            parsed = parse_id_number(raw_id)
        except InvalidIdNumber as exc:
            p.add("id_number", str(exc))
    arrival = _date(row, "arrival_date", p, required=True)
    if arrival is not None and arrival > today:
        p.add("arrival_date", "lies in the future")
    address = _text(row, "address", p, required=True, max_len=200, free_text=True)
    employer = _text(row, "employer_name", p, required=False, max_len=200, free_text=True)
    household = _text(row, "household_division_code", p, required=False, max_len=12)
    if household is not None and not DIVISION.match(household):
        p.add("household_division_code", "must be a 6, 9 or 12-digit division code")
    if p.items or parsed is None or arrival is None or address is None:
        return None, p.items
    return MigrantRow(parsed.value, arrival, address, employer, household), []
