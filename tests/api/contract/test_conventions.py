"""Cross-cutting conventions: problem+json everywhere, limits, enums, health, metrics, OpenAPI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.labels import DATA_LABELS, ENUMS
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
PROBLEM = "application/problem+json"


async def test_limit_above_100_is_422_problem(api):
    response = await api.get("street", "/api/v1/residents", params={"limit": 101})
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == 422 and body["errors"][0]["loc"] == ["query", "limit"]


async def test_bad_cursor_is_422_not_500(api):
    for cursor in ("!!!", "WyJ4Il0", "e30", "W10"):
        response = await api.get("street", "/api/v1/residents", params={"cursor": cursor})
        assert response.status_code == 422, cursor
        assert response.headers["content-type"] == PROBLEM


async def test_two_mebibyte_body_is_413(api):
    ids = await org_ids(api)
    big = {"community_id": ids["community-a"], "name": "x" * (2 * 1024 * 1024)}
    response = await api.post("community-a", "/api/v1/residents", big)
    assert response.status_code == 413
    assert response.headers["content-type"] == PROBLEM


async def test_malformed_json_is_422_problem(api):
    response = await api.client.post(
        "/api/v1/residents",
        content=b'{"name": "x",',
        headers={**await api.headers("community-a"), "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["detail"] == "The request body is not valid JSON"


async def test_unknown_fields_are_rejected(api):
    ids = await org_ids(api)
    response = await api.post(
        "community-a",
        "/api/v1/residents",
        {
            "community_id": ids["community-a"],
            "name": "x",
            "id_number": "11010519491231002X",
            "household_division_code": "110105",
            "is_admin": True,
        },
    )
    assert response.status_code == 422
    assert any(e["loc"][-1] == "is_admin" for e in response.json()["errors"])


async def test_unknown_route_and_method_are_problems(api):
    missing = await api.client.get("/api/v1/nothing-here")
    assert missing.status_code == 404 and missing.headers["content-type"] == PROBLEM
    wrong_method = await api.client.put("/api/v1/residents")
    assert wrong_method.status_code == 405 and wrong_method.headers["content-type"] == PROBLEM
    bad_id = await api.get("street", "/api/v1/residents/not-a-number")
    assert bad_id.status_code == 422 and bad_id.headers["content-type"] == PROBLEM
    huge_id = await api.get("street", "/api/v1/residents/99999999999999999999999")
    assert huge_id.status_code in (404, 422)


async def test_enums_have_both_labels(api):
    response = await api.client.get("/api/v1/meta/enums")
    assert response.status_code == 200
    body = response.json()
    assert body["resident_status"]["deceased"] == {"zh-CN": "死亡", "en": "Deceased"}
    # every registered enum, plus the data-defined codes (e.g. the guides' materials)
    assert {name: body[name] for name in ENUMS} == ENUMS
    assert set(body) - set(ENUMS) == set(DATA_LABELS)
    for name, values in body.items():
        for code, labels in values.items():
            assert labels["zh-CN"] and labels["en"], (name, code)


async def test_health_ready_and_metrics(api):
    assert (await api.client.get("/healthz")).json() == {"status": "ok"}
    assert (await api.client.get("/readyz")).json() == {"status": "ok"}
    await api.get("street", "/api/v1/residents")
    metrics = await api.client.get("/metrics")
    assert metrics.status_code == 200
    assert 'fpwork_http_requests_total{method="GET"' in metrics.text
    assert "fpwork_http_request_duration_seconds_bucket" in metrics.text


async def test_request_id_is_echoed_and_in_problems(api):
    response = await api.client.get("/api/v1/residents", headers={"X-Request-ID": "trace-12345678"})
    assert response.headers["x-request-id"] == "trace-12345678"
    assert response.json()["request_id"] == "trace-12345678"


async def test_committed_openapi_matches_the_app():
    from scripts.export_openapi import OUTPUT, render

    assert OUTPUT.exists(), "run python -m scripts.export_openapi"
    assert json.loads(Path(OUTPUT).read_text(encoding="utf-8")) == json.loads(render()), (
        "openapi/openapi.json is stale: run python -m scripts.export_openapi"
    )


async def test_schema_names_are_unique_and_stable():
    """Two schemas with one class name get module-path names that client generators stumble on."""
    from scripts.export_openapi import render

    names = json.loads(render())["components"]["schemas"]
    assert [n for n in names if n.startswith("app__")] == []


async def test_committed_workflow_doc_matches_the_tables():
    from scripts.export_workflows import OUTPUT, render

    assert OUTPUT.read_text(encoding="utf-8") == render(), (
        "docs/workflows.md is stale: run python -m scripts.export_workflows"
    )


async def test_workflow_tables_are_served_and_enforced(api):
    body = (await api.client.get("/api/v1/meta/workflows")).json()
    referral = body["referral"]
    assert "requested" in referral["states"]
    complete = next(s for s in referral["steps"] if s["step"] == "complete")
    assert complete["from"] == ["scheduled"] and complete["to"] == "completed"
    assert complete["permission"] == "referrals:update"
    assert complete["label"] == {"zh-CN": "完成", "en": "Complete"}


async def test_every_operation_has_an_id_summary_and_problem_responses():
    from app.main import create_app

    spec = create_app().openapi()
    seen = set()
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            assert op.get("operationId"), (method, path)
            assert op["operationId"] not in seen
            seen.add(op["operationId"])
            assert op.get("summary"), (method, path)
            if path.startswith("/api/v1/") and "security" in op:
                assert "401" in op["responses"], (method, path)


async def test_ids_beyond_64_bits_in_a_body_are_422(api):
    families = (await api.get("community-a", "/api/v1/families", params={"limit": 1})).json()["items"]
    response = await api.patch(
        "community-a", f"/api/v1/families/{families[0]['id']}", {"husband_id": 503816667165389422592}
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM


async def test_every_integer_parameter_is_bounded():
    """A path or query number beyond its column is a 422 from validation, before any driver sees it
    (the read lane runs plain asyncpg, whose range errors are not wrapped as SQLAlchemy's)."""
    from scripts.export_openapi import render

    unbounded = []
    document = json.loads(render())
    shared = document["components"].get("parameters", {})
    for path, methods in document["paths"].items():
        for method, op in methods.items():
            for declared in op.get("parameters", []):
                parameter = shared[declared["$ref"].rsplit("/", 1)[-1]] if "$ref" in declared else declared
                for schema in parameter["schema"].get("anyOf") or [parameter["schema"]]:
                    if schema.get("type") == "integer" and "maximum" not in schema:
                        unbounded.append((method, path, parameter["name"]))
    assert unbounded == []


async def test_numbers_beyond_a_column_in_a_path_or_query_are_422(api):
    for url, params in [
        ("/api/v1/policies/2/versions/455519003175081", None),
        ("/api/v1/policies/2/versions/2147483648", None),
        ("/api/v1/service-requests", {"org_id": 2**63}),
    ]:
        response = await api.get("street", url, params=params)
        assert response.status_code == 422, (url, response.text)
        assert response.headers["content-type"] == PROBLEM


async def test_every_integer_in_a_request_body_is_bounded():
    """The same for what a body holds (ids, amounts, lists of ids), nested schemas included."""
    from scripts.export_openapi import render

    spec = json.loads(render())
    schemas = spec["components"]["schemas"]
    unbounded, seen = [], set()

    def walk(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        for field, schema in schemas[name].get("properties", {}).items():
            for option in schema.get("anyOf") or [schema]:
                items = option.get("items", {}) if option.get("type") == "array" else None
                for leaf in [option] if items is None else [items]:
                    if "$ref" in leaf:
                        walk(leaf["$ref"].rsplit("/", 1)[1])
                    elif leaf.get("type") == "integer" and "maximum" not in leaf:
                        unbounded.append((name, field))

    for methods in spec["paths"].values():
        for op in methods.values():
            for content in op.get("requestBody", {}).get("content", {}).values():
                if "$ref" in content["schema"]:
                    walk(content["schema"]["$ref"].rsplit("/", 1)[1])
    assert len(seen) > 50
    assert unbounded == []
