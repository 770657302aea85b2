"""Every operation shows a real example, and every example is what its schema says.

The examples come from ``python -m scripts.capture_examples`` (the demo at a fixed date, driven as
the demo users) into app/openapi_examples.json, and app/openapi_examples.py puts them in the
document. Re-capturing takes about 40 s (it lays the whole demo and walks ~280 operations), so CI
runs it as its own step and fails when the committed file differs (.ci/run); here the document is
checked: every operation has an answer example, every JSON body a request example, and each one
validates against the schema it illustrates (JSON Schema 2020-12, the document's dialect)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from app.main import create_app
from app.openapi_examples import EXAMPLES_FILE, load_examples
from scripts.export_openapi import OUTPUT

METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return create_app().openapi()


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def _errors(document: dict[str, Any], schema: dict[str, Any], example: Any) -> list[str]:
    validator = Draft202012Validator({**schema, "components": document["components"]})
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(example)]


def test_every_operation_has_an_answer_example_and_every_json_body_a_request_example(document):
    missing = []
    for method, path, operation in _operations(document):
        name = f"{method.upper()} {path}"
        body = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if body is not None and "example" not in body:
            missing.append(f"{name}: request")
        answers = [r for code, r in operation["responses"].items() if code.startswith("2") and "content" in r]
        if answers and not any("example" in m for r in answers for m in r["content"].values()):
            missing.append(f"{name}: answer")
    assert missing == []


def test_every_example_validates_against_its_schema(document):
    checked, wrong = 0, []
    for method, path, operation in _operations(document):
        media_types = [("request", operation.get("requestBody", {}).get("content", {}))]
        media_types += [(code, r.get("content", {})) for code, r in operation["responses"].items()]
        for where, content in media_types:
            for media_type, media in content.items():
                if "example" not in media:
                    continue
                checked += 1
                for error in _errors(document, media.get("schema", {}), media["example"]):
                    wrong.append(f"{method.upper()} {path} {where} {media_type} {error}")
    assert wrong == []
    assert checked > 300  # requests, answers and the problems


def test_the_examples_file_names_real_operations_and_declared_answers(document):
    operations = {op["operationId"]: op for _, _, op in _operations(document)}
    examples = load_examples()
    assert set(examples) - {"_problems"} <= set(operations)
    for operation_id, entry in examples.items():
        if operation_id == "_problems":
            continue
        assert entry["source"] in ("captured", "hand"), operation_id
        status = str(entry["response"]["status"])
        assert status.startswith("2") and status in operations[operation_id]["responses"], operation_id
    captured = [k for k, v in examples.items() if k != "_problems" and v["source"] == "captured"]
    assert len(captured) >= 0.95 * len(operations)  # the demo reaches nearly every operation


def test_problems_are_shown_in_chinese_for_each_common_status(document):
    problems = load_examples()["_problems"]
    assert {"401", "403", "404", "409", "412", "413", "422"} <= set(problems)
    schema = {"$ref": "#/components/schemas/Problem"}
    for status, problem in problems.items():
        assert problem["status"] == int(status)
        assert problem["type"].startswith("/problems/")
        assert any("\u4e00" <= ch <= "\u9fff" for ch in problem["title"]), problem  # zh-CN text
        assert _errors(document, schema, problem) == []
    example = document["paths"]["/api/v1/residents/{resident_id}"]["get"]["responses"]["404"]
    assert example["content"]["application/problem+json"]["example"] == problems["404"]


def test_examples_are_deterministic_placeholders_not_secrets_or_real_timestamps():
    text = EXAMPLES_FILE.read_text(encoding="utf-8")
    examples = json.loads(text)
    token = examples["issueToken"]["response"]["body"]
    assert token["access_token"] == "eyJhbGciOiJIUzI1NiJ9.example.signature"
    assert examples["createResident"]["response"]["body"]["created_at"] == "2026-06-15T02:30:00Z"
    # lists are cut to two items so that the file stays readable
    assert len(examples["listResidents"]["response"]["body"]["items"]) == 2


def test_the_committed_document_carries_the_examples():
    committed = json.loads(OUTPUT.read_text(encoding="utf-8"))
    answer = committed["paths"]["/api/v1/residents"]["post"]["responses"]["201"]["content"]
    assert answer["application/json"]["example"] == load_examples()["createResident"]["response"]["body"]
