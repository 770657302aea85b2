"""Tracking codes (查询码) that the public uses to follow a case without signing in.

Twelve characters from an alphabet without 0/O and 1/I, so a code can be read over the phone;
about 60 bits of randomness, so a code cannot be guessed. Service requests and feedback use the
same scheme.
"""

from __future__ import annotations

import secrets

TRACKING_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
TRACKING_CODE_LENGTH = 12


def new_tracking_code() -> str:
    return "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(TRACKING_CODE_LENGTH))


def normalise_tracking_code(code: str) -> str:
    """What a person typed, as stored: upper case, spaces and dashes dropped."""
    return code.strip().upper().replace("-", "").replace(" ", "")
