"""What counts as English in an answer to a zh-CN caller (the zh-CN sweeps, issue 28 part 3)."""

from __future__ import annotations

import re
from typing import Any

# Three Latin words in a row; a code (one_child_award), a name (ETag, YYYY-MM-DD) is one word.
LATIN_SENTENCE = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ ,;:()]+[A-Za-z][A-Za-z'’-]*){2,}")
# Members that hold codes, paths or identifiers, never text for a reader.
NOT_TEXT = {"type", "instance", "request_id", "loc", "code", "current_state", "action", "figure_code"}


def latin_sentence(text: str) -> str | None:
    found = LATIN_SENTENCE.search(text)
    return found.group(0) if found else None


def english_in(value: Any, path: str = "") -> list[tuple[str, str]]:
    """(where, sentence) of every English sentence in a JSON value's text members."""
    if isinstance(value, dict):
        return [
            hit
            for key, item in value.items()
            if key not in NOT_TEXT and not key.endswith(("_code", "_params"))
            for hit in english_in(item, f"{path}.{key}")
        ]
    if isinstance(value, list):
        return [hit for i, item in enumerate(value) for hit in english_in(item, f"{path}[{i}]")]
    if isinstance(value, str) and (sentence := latin_sentence(value)):
        return [(path, sentence)]
    return []
