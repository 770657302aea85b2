"""The examples of the printed-document operations (application/pdf answers) for
scripts/capture_examples.py: how a PDF is shown in the OpenAPI document, and which list holds a
record in the state a document needs."""

from __future__ import annotations

import io
from typing import Any

# Reads of a record in a given state: (the list that holds one, the fields it must have, the path
# parameter its id fills).
FROM_LIST: dict[str, tuple[str, dict[str, str], str]] = {
    "getServiceRequestNotificationLetter": ("/api/v1/service-requests", {"state": "returned"}, "request_id"),
    "getServiceRequestReceipt": ("/api/v1/service-requests", {"state": "submitted"}, "request_id"),
}


def pdf_example(content: bytes) -> str:
    """How the document shows a PDF answer: JSON cannot hold the bytes, so the example is the
    file's header line and what the captured file is (its pages and title as pypdf reads them; not
    its size, which follows the glyphs of the demo's random tracking codes).
    tests/api/contract/test_documents_openapi.py checks every PDF example reads so."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(content))
    header = content.split(b"\n", 1)[0].decode("latin-1")
    title = (reader.metadata or {}).get("/Title", "")
    return f"{header} … (binary, not shown: {len(reader.pages)} page(s); 《{title}》)"


async def in_state(walk: Any, operation_id: str, path: str) -> str | None:
    """``path`` for the first record of the list in the state FROM_LIST names (None: none is)."""
    list_path, where, parameter = FROM_LIST[operation_id]
    try:
        record = await walk.first(list_path, **where)
    except KeyError:
        return None
    return path.replace("{" + parameter + "}", str(record["id"]))
