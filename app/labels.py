"""zh-CN and English labels for every enumeration the API exposes (GET /meta/enums).

Each area registers its enumerations with ``register`` in ``app/models/<area>/labels.py`` (the
roles in ``app/authz.py``); a test checks that every value of every registered enum has both labels.
This module imports nothing of the app, so any module may register without an import cycle.
Codes that are data rather than an enum (e.g. the materials of the service guides, which the street
edits) register a loader with ``register_data``; /meta/enums reads them from the database on each
request.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from typing import Any

ENUMS: dict[str, dict[str, dict[str, str]]] = {}
# name → async loader(session) returning code → {"zh-CN": ..., "en": ...}
DATA_LABELS: dict[str, Callable[[Any], Awaitable[dict[str, dict[str, str]]]]] = {}


def register_data(name: str, loader: Callable[[Any], Awaitable[dict[str, dict[str, str]]]]) -> None:
    DATA_LABELS[name] = loader


async def all_labels(session: Any) -> dict[str, dict[str, dict[str, str]]]:
    """The enums and the data-defined codes, for /meta/enums."""
    return {**ENUMS, **{name: await loader(session) for name, loader in sorted(DATA_LABELS.items())}}


def register(name: str, enum_cls: type[enum.Enum], labels: dict[str, tuple[str, str]]) -> None:
    missing = {str(m.value) for m in enum_cls} - set(labels)
    if missing:
        raise ValueError(f"enum {name} lacks labels for {sorted(missing)}")
    entry = {
        str(m.value): {"zh-CN": labels[str(m.value)][0], "en": labels[str(m.value)][1]} for m in enum_cls
    }
    if ENUMS.get(name, entry) != entry:  # two enumerations under one name: the second hid the first
        raise ValueError(f"enum labels {name} are registered twice with different values")
    ENUMS[name] = entry


# Task 3 benefits (利益导向)

# Task 1 and Task 6: partners, screening, referrals, contraceptives.
