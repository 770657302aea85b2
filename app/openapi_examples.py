"""Examples in the document: one real request and answer per operation, taken from the demo.

``app/openapi_examples.json`` is written by ``python -m scripts.capture_examples``, which lays the
demo at a fixed date and drives the API as the demo users (``"source": "captured"``); an operation
the walk cannot reach keeps an entry written by hand (``"source": "hand"``). ``add_examples`` puts
them in the document: the request body's ``example`` (JSON or form) and the success
answer's ``example``, and one problem per status (the first the walk met, in zh-CN) on every
problem answer of that status. tests/api/contract/test_openapi_examples.py checks each against its schema.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

EXAMPLES_FILE = Path(__file__).with_name("openapi_examples.json")
_METHODS = ("get", "post", "put", "patch", "delete")


@cache
def load_examples() -> dict[str, Any]:
    if not EXAMPLES_FILE.exists():
        return {}
    examples: dict[str, Any] = json.loads(EXAMPLES_FILE.read_text(encoding="utf-8"))
    return examples


def _request_example(operation: dict[str, Any], request: Any) -> None:
    """On the JSON or form body. A file upload (the imports' NDJSON or CSV) shows none: with an example
    there, Schemathesis sent ``{}`` as the file and called its acceptance a schema violation, but any
    text is a file the import job then reports on row by row (tests/api/contract/test_fuzz.py, as street)."""
    content = operation.get("requestBody", {}).get("content", {})
    for media_type, media in content.items():
        if media_type in ("application/json", "application/x-www-form-urlencoded"):
            media["example"] = request
            return


def _response_example(operation: dict[str, Any], response: dict[str, Any]) -> None:
    if "body" not in response:
        return  # 204: nothing to show
    declared = operation.get("responses", {}).get(str(response["status"]), {})
    for media in declared.get("content", {}).values():
        media["example"] = response["body"]
        return


def add_examples(schema: dict[str, Any]) -> None:
    examples = load_examples()
    problems = examples.get("_problems", {})
    for item in schema["paths"].values():
        for method, operation in item.items():
            if method not in _METHODS:
                continue
            entry = examples.get(operation.get("operationId", ""))
            if entry is not None:
                if "request" in entry:
                    _request_example(operation, entry["request"])
                _response_example(operation, entry["response"])
            for status, response in operation.get("responses", {}).items():
                media = response.get("content", {}).get("application/problem+json")
                if media is not None and status in problems:
                    media["example"] = problems[status]
