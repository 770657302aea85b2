"""What counts as English in an answer to a zh-CN caller (the zh-CN sweeps, issue 28 part 3)."""

from __future__ import annotations

import functools
import re
from typing import Any

# Three Latin words in a row; a code (one_child_award), a name (ETag, YYYY-MM-DD) is one word.
LATIN_SENTENCE = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ ,;:()]+[A-Za-z][A-Za-z'’-]*){2,}")
# Members that hold codes, paths or identifiers, never text for a reader.
NOT_TEXT = {"type", "instance", "request_id", "loc", "code", "current_state", "action", "figure_code"}


# A code (snake_case: one_child_award, street_approved) inside a Chinese sentence: a zh-CN reader
# is shown the code's label instead. Field and parameter names (granted_on) are what a developer
# types, and stay; so does a variable part standing for one (x1_from).
RAW_CODE = re.compile(r"(?<![A-Za-z0-9_.{/$-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![A-Za-z0-9_(])")
CJK = re.compile(r"[\u4e00-\u9fff]")


@functools.cache
def api_names() -> frozenset[str]:
    """Every property and parameter name of the API's OpenAPI document."""
    from app.config import get_settings
    from app.main import create_app

    names: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("properties"), dict):
                names.update(value["properties"])
            if isinstance(value.get("parameters"), list):
                names.update(p["name"] for p in value["parameters"] if isinstance(p, dict) and "name" in p)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(create_app(get_settings()).openapi())
    return frozenset(names)


def raw_codes(text: str, sample: str = "x1") -> list[str]:
    """The snake_case codes (not field names) inside ``text`` if it is Chinese, else []."""
    if not CJK.search(text):
        return []
    return [
        code
        for code in RAW_CODE.findall(text)
        if code not in api_names() and not code.startswith(f"{sample}_") and not code.endswith(f"_{sample}")
    ]


def latin_sentence(text: str) -> str | None:
    found = LATIN_SENTENCE.search(text)
    return found.group(0) if found else None


def english_in(value: Any, path: str = "") -> list[tuple[str, str]]:
    """(where, sentence) of every English sentence, and every code inside a Chinese sentence, in a
    JSON value's text members."""
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
    if isinstance(value, str) and (codes := raw_codes(value)):
        return [(path, f"code inside a Chinese sentence: {', '.join(codes)}")]
    return []
