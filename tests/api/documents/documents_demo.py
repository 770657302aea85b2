"""Reading a printed document back as a person would see it, and the live demo's clock for the
document tests (tests/api/documents/test_documents_pdf.py lays the demo at ANCHOR)."""

from __future__ import annotations

import io
import re
from datetime import date, time

import httpx
from pypdf import PdfReader

ANCHOR = date(2026, 12, 1)
AT = time(9, 30)
# An 18-character ID number (GB 11643): 6-digit address, birth date 19xx/20xx, sequence, check.
FULL_ID_NUMBER = re.compile(r"\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]")


def pdf_text(content: bytes) -> str:
    """Every page's text as pypdf extracts it (through the font's ToUnicode map), spaces and line
    breaks removed: what a reader copying from the document gets.

    fpdf2 writes a CID font's encoding as an embedded Identity CMap stream (two-byte codes); pypdf
    7 reads such a stream's codes one byte at a time, so each character comes out after a U+0000
    (the ToUnicode map's entry for code 0). Those NULs are dropped here; poppler's ``pdftotext``
    reads the same files without them (checked by hand on every kind of document)."""
    reader = PdfReader(io.BytesIO(content))
    text = "".join((page.extract_text() or "") for page in reader.pages)
    return text.replace("\x00", "").replace(" ", "").replace("\n", "")


def assert_pdf(response: httpx.Response) -> str:
    """A 200 PDF download that holds no full ID number; its text."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    assert response.content.startswith(b"%PDF-")
    text = pdf_text(response.content)
    assert FULL_ID_NUMBER.search(text) is None, FULL_ID_NUMBER.search(text)
    return text
