"""docs/plan-coverage.md: every commitment of the work plan, in the plan's order, with the endpoints
that serve it; every endpoint it names exists in the OpenAPI document with that method."""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[3] / "docs" / "plan-coverage.md"
ENDPOINT = re.compile(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`\s]*)`")
ROW = re.compile(r"^\| (\d+(?:\.\d+)*) \| (.+?) \| (.*?) \| (.+) \|$")


def _rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            rows.append(match.groups())
    return rows


def _key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


async def test_every_endpoint_named_exists_in_the_openapi_document(api) -> None:
    spec = api.app.openapi()
    named = [(m, p) for row in _rows() for m, p in ENDPOINT.findall(row[2])]
    assert len(named) > 100
    missing = [
        f"{method} {path}"
        for method, path in named
        if method.lower() not in spec["paths"].get(f"/api/v1{path}", {})
    ]
    assert not missing, missing


def test_commitments_are_in_the_plans_order_and_each_says_how_far_it_is_served() -> None:
    rows = _rows()
    numbers = [_key(n) for n, *_ in rows]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    # the plan's four parts, after its introduction, each present
    assert {n[0] for n in numbers} == {0, 1, 2, 3, 4}
    # Task 1 to Task 8 of the second part
    assert {n[1] for n in numbers if n[0] == 2} == set(range(1, 9))
    for number, _, endpoints, status in rows:
        served = status.startswith(("served", "partly"))
        assert served or status.startswith("**not yet served**"), (number, status)
        # a served commitment names its endpoints; one not served names none
        assert bool(ENDPOINT.findall(endpoints)) is served, (number, endpoints)
    text = DOC.read_text(encoding="utf-8")
    assert "../shared" not in text and "/work/" not in text
