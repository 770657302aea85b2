"""Problem types resolve, problems say their language, and the document types them as tools read it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.deps import CURSOR_PATTERN, IF_MATCH_PATTERN
from app.errors import AppError
from app.problem_types import CATALOGUE, CODE_BY_STATUS
from tests.conftest import Api

pytestmark = pytest.mark.asyncio
ROOT = Path(__file__).resolve().parents[3]
MAX_ID = 2**63 - 1


def _subclasses(cls: type) -> list[type]:
    return [c for s in cls.__subclasses__() for c in (s, *_subclasses(s))]


async def test_every_error_the_code_can_raise_has_a_page(api: Api):
    """``api`` built the app, so every service module (and its error classes) is imported."""
    codes = {cls.code for cls in _subclasses(AppError)} | {AppError.code}
    codes |= set(CODE_BY_STATUS.values()) | {"concurrent-update", "method-not-allowed"}
    assert sorted(codes - set(CATALOGUE)) == []
    for cls in _subclasses(AppError):
        entry = CATALOGUE[cls.code]
        assert entry.status == cls.status_code, cls


async def test_a_problem_type_uri_resolves_to_its_page_in_both_languages(api: Api):
    unknown_path = await api.client.get("/api/v1/no-such-thing", headers={"Accept-Language": "zh-CN"})
    assert unknown_path.status_code == 404
    problem = unknown_path.json()
    assert problem["type"] == "/problems/not-found" and problem["title"] == "未找到"
    page = await api.client.get(problem["type"])
    assert page.status_code == 200
    body = page.json()
    assert body["code"] == "not-found" and body["status"] == 404 and body["type"] == problem["type"]
    assert body["title"] == {"zh-CN": "未找到", "en": "Not found"}
    assert body["meaning"]["zh-CN"] and body["meaning"]["en"] and body["action"]["zh-CN"]

    listed = (await api.client.get("/problems")).json()
    assert [p["code"] for p in listed] == [
        p["code"] for p in sorted(listed, key=lambda p: (p["status"], p["code"]))
    ]
    assert {p["code"] for p in listed} == set(CATALOGUE)
    for entry in listed:
        assert (await api.client.get(entry["type"])).json() == entry


async def test_every_problem_type_uri_in_the_document_answers_its_page(api: Api):
    """Each ``/problems/<code>`` the served document names (examples, descriptions, declared
    problem types) is a page that answers 200, in both the served and the committed document."""
    served = (await api.client.get("/openapi.json")).text
    committed = (ROOT / "openapi" / "openapi.json").read_text()
    named = set(re.findall(r"/problems/([a-z0-9-]+)", served + committed))
    assert {"validation-error", "not-found"} <= named
    for code in sorted(named):
        page = await api.client.get(f"/problems/{code}")
        assert page.status_code == 200, code
        assert page.json()["code"] == code and page.json()["type"] == f"/problems/{code}"


async def test_an_unknown_or_malformed_problem_code_is_a_problem_itself(api: Api):
    missing = await api.client.get("/problems/no-such-problem")
    assert missing.status_code == 404 and missing.json()["type"] == "/problems/not-found"
    malformed = await api.client.get("/problems/NOT_A_CODE")
    assert malformed.status_code == 422 and malformed.json()["type"] == "/problems/validation-error"


@pytest.mark.parametrize(
    ("language", "expected"), [("zh-CN", "zh-CN"), ("en-GB,en;q=0.8", "en"), (None, "en")]
)
async def test_problems_name_their_language_and_vary_on_it(api: Api, language, expected):
    headers = {"Accept-Language": language} if language else {}
    for response in (
        await api.client.get("/api/v1/residents", headers=headers),  # 401 from the dependency
        await api.client.get("/api/v1/no-such-thing", headers=headers),  # 404 from the router
        await api.client.post(
            "/api/v1/auth/logout", content=b"x" * (2 * 1024 * 1024), headers=headers
        ),  # 413
    ):
        assert response.headers["content-type"] == "application/problem+json", response.text
        assert response.headers["content-language"] == expected, response.status_code
        assert "accept-language" in response.headers["vary"].lower(), response.status_code


def _operations(spec: dict):
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


async def test_the_document_types_problems_integers_and_headers_as_generators_read_them(api: Api):
    spec = api.app.openapi()
    text = json.dumps(spec)
    assert "e+18" not in text

    def bounds(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("minimum", "maximum") and node.get("type") == "integer":
                    yield value
                else:
                    yield from bounds(value)
        elif isinstance(node, list):
            for item in node:
                yield from bounds(item)

    found = list(bounds(spec))
    assert found and all(type(v) is int for v in found), {v for v in found if type(v) is not int}
    assert MAX_ID in found and float(MAX_ID) not in [v for v in found if type(v) is float]

    for path, method, operation in _operations(spec):
        for code, response in operation["responses"].items():
            if not code.startswith(("4", "5")) or not response.get("content"):
                continue
            if path == "/api/v1/auth/token" and code in ("400", "401"):
                assert list(response["content"]) == ["application/json"]  # RFC 6749's own errors
                continue
            assert list(response["content"]) == ["application/problem+json"], (path, method, code)
            assert response["content"]["application/problem+json"]["schema"] == {
                "$ref": "#/components/schemas/Problem"
            }, (path, method, code)
            assert {"Content-Language", "Vary"} <= set(response["headers"]), (path, method, code)
            if code == "401":
                assert "WWW-Authenticate" in response["headers"]
            if code in ("429", "503"):
                assert "Retry-After" in response["headers"]
    posts = [op for path, method, op in _operations(spec) if method == "post" and op.get("security")]
    assert posts and all(
        {"$ref": "#/components/parameters/IdempotencyKey"} in op.get("parameters", []) for op in posts
    )
    resident = spec["paths"]["/api/v1/residents/{resident_id}"]
    assert "ETag" in resident["get"]["responses"]["200"]["headers"]
    assert "ETag" in resident["patch"]["responses"]["200"]["headers"]
    if_match = next(p for p in resident["patch"]["parameters"] if p.get("name") == "If-Match")
    assert IF_MATCH_PATTERN in [
        o.get("pattern") for o in if_match["schema"].get("anyOf", [if_match["schema"]])
    ]
    cursor = next(p for p in spec["paths"]["/api/v1/residents"]["get"]["parameters"] if p["name"] == "cursor")
    assert CURSOR_PATTERN in [o.get("pattern") for o in cursor["schema"].get("anyOf", [cursor["schema"]])]
    bodies = [(path, m, op) for path, m, op in _operations(spec) if "requestBody" in op]
    assert bodies and all("413" in op["responses"] for _, _, op in bodies)


async def test_the_declared_formats_are_what_the_server_takes(api: Api):
    """The If-Match pattern admits what the server matches; the cursor pattern what it issues."""
    for value in ('"3"', 'W/"3"', "3", "*", ' "12" '):
        assert re.match(IF_MATCH_PATTERN, value), value
    for value in ('"x"', "W/x", '"1234567890123456789"', ""):
        assert not re.match(IF_MATCH_PATTERN, value), value
    page = await api.get("street", "/api/v1/residents", params={"limit": 1})
    assert page.status_code == 200
    assert re.match(CURSOR_PATTERN, page.json()["next_cursor"])
    crafted = await api.get("street", "/api/v1/residents", params={"limit": 1, "cursor": "not a cursor!"})
    assert crafted.status_code == 422 and crafted.json()["type"] == "/problems/validation-error"
