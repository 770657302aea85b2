"""The live demo for the printed-document tests, and reading a PDF back as a person would see it.

The module fixture lays the fixed demo and the live layer at an anchor date (never the real date),
as ``./scripts/run.sh`` does on the day it is started, so each document is the one the demo shows.
"""

from __future__ import annotations

import asyncio
import io
import os
import re
from collections.abc import AsyncIterator
from datetime import date, time

import httpx
import pytest_asyncio
from pypdf import PdfReader

from app.clock import set_today, today
from app.config import get_settings
from app.db import Database, set_database
from tests.conftest import Api
from tests.databases import DatabaseFactory, run_alembic

ANCHOR = date(2026, 12, 1)
AT = time(9, 30)
# An 18-character ID number (GB 11643): 6-digit address, birth date 19xx/20xx, sequence, check.
FULL_ID_NUMBER = re.compile(r"\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]")


@pytest_asyncio.fixture(scope="module")
async def live(db_factory: DatabaseFactory) -> AsyncIterator[Api]:
    """One database for the module: migrated, the fixed demo, then the live layer at ANCHOR; the
    office clock at ANCHOR 09:30 Beijing time."""
    from scripts.seed_demo import seed_demo

    url = await db_factory.empty("documents_live")
    await asyncio.to_thread(run_alembic, url, "upgrade", "head")
    os.environ["FPW_DATABASE_URL_UNDER_TEST"] = url
    get_settings.cache_clear()
    settings = get_settings().model_copy(update={"database_url": url})
    set_today(ANCHOR, at=AT)
    assert await seed_demo(settings, live_anchor=ANCHOR)
    database = Database(settings)
    set_database(database)
    from app.main import create_app

    app = create_app(settings)
    app.dependency_overrides[today] = lambda: ANCHOR
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield Api(client=client, app=app, settings=settings, database=database, url=url)
    set_today(None)
    await database.dispose()
    set_database(None)


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
