"""Small builders for request bodies: valid, unique ID numbers and residents."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from app.id_numbers import make_id_number

_sequence = itertools.count(1)


def new_id_number(birth: date = date(1990, 5, 17), *, male: bool = True, address: str = "500103") -> str:
    """A valid ID number that no demo resident has (the demo uses other birth dates/sequences)."""
    n = next(_sequence)
    seq = (n * 2 + (1 if male else 0)) % 1000
    day = date(birth.year, birth.month, 1 + (n // 500) % 28)
    return make_id_number(address, day, seq)


def resident_body(community_id: int, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id_number": new_id_number(date(1988, 3, 1), male=overrides.pop("male", False)),
        "name": "测试居民",
        "phone": "13800138000",
        "household_division_code": "500103003001",
        "community_id": community_id,
        "marital_status": "married",
    }
    body.update(overrides)
    return body
