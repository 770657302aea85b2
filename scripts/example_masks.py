"""What the example capture (scripts/capture_examples.py) replaces in what it records, so that the
committed examples only change when the API or the demo does: tokens, secrets and request ids by
fixed values (the sync feed's resume token too: it carries a commit time), random tracking codes and
message ids by stable ones, a row's own timestamps (taken from the real clock, not the office's) by
one fixed instant; lists are cut to two items."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from app.clock import utcnow

_MASKED_KEYS = {
    "access_token": "eyJhbGciOiJIUzI1NiJ9.example.signature",
    "refresh_token": "rt_example_0123456789abcdef",
    "secret": "whsec_example0123456789abcdef",
    "request_id": "5f0c6a2e-9d1b-4c3e-8a7f-2b6d1e9c0a14",
    # the sync feed's resume token: signed, and it carries the last change's commit time (real clock)
    "next_token": "WzEsbnVsbCwiMjAyNi0wNi0xNVQwMjozMDowMCswMDowMCIsMCwyLCJleGFtcGxlIixmYWxzZV0.example",
}
_CODE_CHARS = "K7M2Q9X4W8R3T6HN"
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


class Masker:
    """Replaces volatile values; the same tracking code gets the same stand-in throughout a walk."""

    def __init__(self, fixed_instant: str) -> None:
        self.fixed_instant = fixed_instant
        self.codes: dict[str, str] = {}
        self.real_days = {(utcnow().date() + timedelta(days=d)).isoformat() for d in (-1, 0, 1)}

    def mask(self, value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: self.mask(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.mask(v, key) for v in value[:2]]
        if not isinstance(value, str):
            return value
        if key in _MASKED_KEYS:
            return _MASKED_KEYS[key]
        if key == "sender_message_id" and value.startswith("fpw-"):
            return "fpw-3f2b9c1e0d8a4e7b9a6c5d4e3f2a1b0c"  # a random id this server gives its messages
        if key == "tracking_code":
            if value not in self.codes:
                start = len(self.codes)
                self.codes[value] = "".join(
                    _CODE_CHARS[(start + i) % len(_CODE_CHARS)] for i in range(len(value))
                )
            return self.codes[value]
        if _DATETIME.match(value) and value[:10] in self.real_days:
            return self.fixed_instant  # a row's own timestamp: the real clock, not the office's
        return value
