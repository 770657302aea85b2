"""The org ids a list row names, wherever it names them (the scope sweeps read them)."""

from __future__ import annotations

from typing import Any

ORG_KEYS = {"community_id", "org_id", "counted_org_id", "residence_community_id"}


def org_values(value: Any) -> list[int]:
    """Every org reference in a response body, however deeply nested."""
    found: list[int] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ORG_KEYS and isinstance(item, int):
                found.append(item)
            else:
                found += org_values(item)
    elif isinstance(value, list):
        for item in value:
            found += org_values(item)
    return found
