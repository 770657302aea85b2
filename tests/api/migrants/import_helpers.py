"""Bulk import files built row by row (some rows made bad on purpose), and their upload."""

from __future__ import annotations

import csv
import io
from datetime import date

from tests.factories import new_id_number

COMMUNITY_A, COMMUNITY_B, UNIT = "500103003001", "500103003002", "91500103MA01ABCD1W"
FIELDS = [
    "id_number",
    "name",
    "phone",
    "household_division_code",
    "community_code",
    "employer_unit_code",
    "marital_status",
    "sex",
    "birth_date",
]


def spoil_row(row: dict, kind: int) -> dict:
    """Seven kinds of mistakes, each caught by a different check."""
    bad = dict(row)
    if kind == 0:
        bad["id_number"] = row["id_number"][:17] + ("0" if row["id_number"][17] != "0" else "1")
    elif kind == 1:
        bad["household_division_code"] = "12345"
    elif kind == 2:
        bad["community_code"] = "999999999999"
    elif kind == 3:
        bad["marital_status"] = "complicated"
    elif kind == 4:
        bad["birth_date"] = "1901-01-01"
    elif kind == 5:
        bad["employer_unit_code"] = COMMUNITY_B  # a community, not a unit
    else:
        bad["name"] = ""
    return bad


def import_file(n: int, bad_rows: set[int]) -> tuple[str, list[dict]]:
    rows = []
    for i in range(1, n + 1):
        row = {
            "id_number": new_id_number(date(1985, 6, 1), male=i % 2 == 0),
            "name": f"导入{i}",
            "phone": "13800138000" if i % 3 else "",
            "household_division_code": "500101001001" if i % 4 == 0 else "500103003001",
            "community_code": COMMUNITY_A if i % 2 else COMMUNITY_B,
            "employer_unit_code": UNIT if i % 10 == 0 else "",
            "marital_status": "married",
            "sex": "",
            "birth_date": "",
        }
        rows.append(spoil_row(row, i % 7) if i in bad_rows else row)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue(), rows


async def upload_import(
    api, content: str, kind="residents", mode="per_row", user="street", content_type="text/csv"
):
    return await api.client.post(
        "/api/v1/imports",
        params={"kind": kind, "mode": mode},
        content=content.encode(),
        headers={**await api.headers(user), "Content-Type": content_type},
    )
