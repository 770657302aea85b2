"""The HTTP side of printed documents, shared by every route that serves one.

Convention (docs/api.md, "Files"): a file is a sub-resource of its record named for what it is,
with its type's extension (``/payment-batches/{id}/export.csv``,
``/public-notices/{id}/notice.pdf``), read with the record's permission and scope.
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import Response

from app.documents.blocks import Document
from app.documents.pdf import render
from app.schemas.common import AUTHED, problems

PDF = "application/pdf"


def pdf_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` of a document route: the PDF (binary) and the problems."""
    return {
        **problems(*AUTHED, 404, *codes),
        200: {
            "description": "The document (PDF, A4, Chinese text in an embedded Noto Sans SC subset)",
            "content": {PDF: {"schema": {"type": "string", "format": "binary"}}},
        },
    }


def pdf_headers(filename: str) -> dict[str, str]:
    """Download as ``filename``; never cached (it holds personal data and the record may change)."""
    return {"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"}


async def pdf_response(document: Document, filename: str) -> Response:
    """The rendered document as the answer. Setting a document is CPU work (tens to hundreds of
    milliseconds): it runs in a worker thread so the event loop keeps serving other requests."""
    content = await asyncio.to_thread(render, document)
    return Response(content=content, media_type=PDF, headers=pdf_headers(filename))
