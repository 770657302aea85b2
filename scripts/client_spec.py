"""The spec the Python client is generated from: openapi/openapi.json with ASCII tag names.

openapi-python-client names its modules after the tags; "Task 3 · Interest orientation (利益导向)"
becomes "Task 3 Interest orientation", so that `from fpwork_client.api.task_3_interest_orientation
import ...` needs no Chinese. python -m scripts.client_spec SRC DST
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def ascii_tag(tag: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\x20-\x7e]|[()·]", " ", tag)).strip()


def write_python_spec(source: Path, target: Path) -> None:
    spec = json.loads(source.read_text(encoding="utf-8"))
    for tag in spec.get("tags", []):
        tag["name"] = ascii_tag(tag["name"])
    for path in spec["paths"].values():
        for operation in path.values():
            if isinstance(operation, dict) and "tags" in operation:
                operation["tags"] = [ascii_tag(t) for t in operation["tags"]]
    target.write_text(json.dumps(spec, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    write_python_spec(Path(sys.argv[1]), Path(sys.argv[2]))
