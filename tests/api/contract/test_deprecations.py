"""The deprecation table (app/deprecations.py) marks an operation in the document and in its answers:
``deprecated: true`` with the three headers declared, and ``Deprecation`` (RFC 9745), ``Sunset``
(RFC 8594) and ``Link: rel="deprecation"`` on every answer, errors included. Nothing in /api/v1 is
deprecated today, so a route registered only in this test's app stands for one."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

import httpx
import pytest
from fastapi import HTTPException

from app.deprecations import DEPRECATED_OPERATIONS, Deprecation
from app.main import create_app

NOTICE = "https://fpwork.example/CHANGELOG.md#deprecated"
OLD = Deprecation(since=date(2026, 12, 1), sunset=date(2027, 6, 1), link=NOTICE)


def _app_with_an_old_operation():
    app = create_app(deprecations={"getOldGreeting": OLD})

    @app.get("/api/v1/test-only/greetings/{number}", operation_id="getOldGreeting", tags=["test"])
    async def old_greeting(number: int) -> dict[str, str]:
        if number != 1:
            raise HTTPException(status_code=404, detail="No such greeting")
        return {"greeting": "你好"}

    @app.get("/api/v1/test-only/new-greetings/{number}", operation_id="getNewGreeting", tags=["test"])
    async def new_greeting(number: int) -> dict[str, str]:
        return {"greeting": "你好"}

    return app


@pytest.mark.asyncio
async def test_a_deprecated_operation_answers_with_deprecation_sunset_and_link():
    app = _app_with_an_old_operation()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        ok = await client.get("/api/v1/test-only/greetings/1")
        missing = await client.get("/api/v1/test-only/greetings/2")
        invalid = await client.get("/api/v1/test-only/greetings/x")
        current = await client.get("/api/v1/test-only/new-greetings/1")
    assert ok.status_code == 200 and ok.json() == {"greeting": "你好"}
    # 2026-12-01 00:00 in Beijing
    assert ok.headers["Deprecation"] == f"@{int(datetime(2026, 11, 30, 16, tzinfo=UTC).timestamp())}"
    assert ok.headers["Sunset"] == "Mon, 31 May 2027 16:00:00 GMT"
    assert parsedate_to_datetime(ok.headers["Sunset"]) == datetime(2027, 5, 31, 16, tzinfo=UTC)
    assert ok.headers["Link"] == f'<{NOTICE}>; rel="deprecation"; type="text/html"'
    for answer in (missing, invalid):
        assert answer.status_code in (404, 422), answer.text
        assert answer.headers["Deprecation"] == ok.headers["Deprecation"]
        assert answer.headers["Sunset"] == ok.headers["Sunset"]
    assert current.status_code == 200
    assert not {"Deprecation", "Sunset", "Link"} & set(current.headers)


@pytest.mark.asyncio
async def test_the_document_marks_the_operation_and_declares_its_headers():
    document = _app_with_an_old_operation().openapi()
    old = document["paths"]["/api/v1/test-only/greetings/{number}"]["get"]
    new = document["paths"]["/api/v1/test-only/new-greetings/{number}"]["get"]
    assert old["deprecated"] is True
    assert "Deprecated** since 2026-12-01" in old["description"] and "from 2027-06-01" in old["description"]
    assert NOTICE in old["description"]
    for response in old["responses"].values():
        for name in ("Deprecation", "Sunset", "Link"):
            assert response["headers"][name] == {"$ref": f"#/components/headers/{name}"}
    assert {"Deprecation", "Sunset", "Link"} <= set(document["components"]["headers"])
    assert "deprecated" not in new
    assert not {"Deprecation", "Sunset", "Link"} & set(new["responses"]["200"].get("headers", {}))


def test_a_removal_is_announced_at_least_six_months_ahead():
    with pytest.raises(ValueError, match="six months"):
        Deprecation(since=date(2026, 12, 1), sunset=date(2027, 5, 1), link=NOTICE)


def test_only_the_table_deprecates_operations_of_the_real_api():
    """The API's own document: an operation is deprecated exactly when the table lists it."""
    document = create_app().openapi()
    operations = [op for ops in document["paths"].values() for op in ops.values()]
    marked = {op["operationId"] for op in operations if op.get("deprecated")}
    assert marked == set(DEPRECATED_OPERATIONS)
    assert set(DEPRECATED_OPERATIONS) <= {op["operationId"] for op in operations}
