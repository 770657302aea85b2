"""The document as integrators' tools read it: typed problems, exact integers, declared headers.

FastAPI's document is right for people but misleads generators at a few places; ``complete`` fixes
them once, for every operation (app/openapi_doc.py calls it):

* **Problems** are declared under ``application/problem+json`` only, with the ``Problem`` schema (the
  media type the server sends), so openapi-fetch and friends type ``error.title``. The token
  endpoint's RFC 6749 errors (``OAuthError``, ``application/json``) stay as they are.
* **Integer bounds are exact integers.** FastAPI's OpenAPI models hold ``minimum``/``maximum`` as
  floats, which wrote 2⁶³−1 as ``9.223372036854776e+18`` (that is 2⁶³, one above the real limit).
* **Headers** the API reads or sends are declared: ``Idempotency-Key`` on every signed-in POST,
  ``ETag`` and ``Location`` where a route sets them, ``WWW-Authenticate`` on 401, ``Retry-After`` on
  429 and 503, ``Content-Language`` and ``Vary`` on problems, and 413 on every operation with a
  body. (``If-Match`` and ``cursor`` declare their formats where they are parsed, app/deps.py.)
"""

from __future__ import annotations

import inspect
from typing import Any

from fastapi.routing import APIRoute

from app.idempotency import MAX_KEY_LENGTH
from app.openapi_examples import add_examples
from app.openapi_refusals import state_refusal_note

PROBLEM_REF = "#/components/schemas/Problem"
_FASTAPI_VALIDATION_REF = "#/components/schemas/HTTPValidationError"
_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
# Floats that stand for 64-bit limits a double cannot hold exactly.
_EXACT = {float(2**63 - 1): 2**63 - 1, float(-(2**63)): -(2**63)}
_SAFE = 2**53

_HEADER_DOCS: dict[str, dict[str, Any]] = {
    "WWW-Authenticate": {
        "description": 'The Bearer challenge (RFC 6750), e.g. `Bearer error="invalid_token"`',
        "schema": {"type": "string"},
    },
    "Retry-After": {
        "description": "Seconds to wait before trying again",
        "schema": {"type": "integer", "minimum": 1},
    },
    "Content-Language": {
        "description": "The language of `title` and `detail`, chosen from Accept-Language",
        "schema": {"type": "string", "enum": ["zh-CN", "en"]},
    },
    "Vary": {
        "description": "Always names Accept-Language: the text depends on it",
        "schema": {"type": "string"},
    },
    "ETag": {
        "description": "The record's version, to send back in If-Match with a change",
        "schema": {"type": "string", "pattern": r'^"[0-9]+"$'},
    },
    "Location": {"description": "The new record's path", "schema": {"type": "string"}},
}
IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "A key the client chooses (a UUID, say), kept per signed-in session: a retry with the "
    "same key and body is answered with the first (2xx) answer instead of running again; the same "
    "key with another body is 422, a retry while the first still runs is 409 (docs/api.md)",
    "schema": {"type": "string", "minLength": 1, "maxLength": MAX_KEY_LENGTH},
}


def exact_integer_bounds(node: Any) -> None:
    """Write every bound that holds an integral value as an exact JSON integer."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _BOUNDS and isinstance(value, float):
                if value in _EXACT:
                    node[key] = _EXACT[value]
                elif value.is_integer() and abs(value) <= _SAFE:
                    node[key] = int(value)
            else:
                exact_integer_bounds(value)
    elif isinstance(node, list):
        for item in node:
            exact_integer_bounds(item)


def _headers(*names: str) -> dict[str, Any]:
    """References to the headers, declared once in ``components.headers``."""
    return {name: {"$ref": f"#/components/headers/{name}"} for name in names}


def _problem_response(status: int, response: dict[str, Any]) -> None:
    content = response.get("content", {})
    json_schema = content.get("application/json", {}).get("schema", {})
    if "application/problem+json" not in content and json_schema.get("$ref") != _FASTAPI_VALIDATION_REF:
        return  # not a problem (the token endpoint's OAuth errors, /readyz's 503)
    response["content"] = {"application/problem+json": {"schema": {"$ref": PROBLEM_REF}}}
    names = ["Content-Language", "Vary"]
    if status == 401:
        names.append("WWW-Authenticate")
    if status in (429, 503):
        names.append("Retry-After")
    response.setdefault("headers", {}).update(_headers(*names))


def _source(route: APIRoute) -> str:
    try:
        return inspect.getsource(route.endpoint)
    except (OSError, TypeError):
        return ""


def _not_nullable(parameter: dict[str, Any]) -> None:
    """An optional parameter is one that may be left out, never one sent as ``null``: FastAPI
    writes ``str | None`` as ``anyOf [string, null]``, which tools then send as the text "null"
    (``If-Match: null``, ``cursor=null``)."""
    schema = parameter.get("schema", {})
    options = schema.get("anyOf")
    if not options or {"type": "null"} not in options or len(options) != 2:
        return
    kept = next(o for o in options if o != {"type": "null"})
    rest = {k: v for k, v in schema.items() if k != "anyOf" and not (k == "default" and v is None)}
    parameter["schema"] = {**rest, **kept}


def _ranges_in_order(parameters: list[dict[str, Any]]) -> None:
    """A ``<x>_from``/``<x>_to`` pair of query parameters says that the end is not before the start."""
    names = {p.get("name") for p in parameters if p.get("in") == "query"}
    for parameter in parameters:
        name = parameter.get("name", "")
        start = f"{name[:-3]}_from"
        if parameter.get("in") != "query" or not name.endswith("_to") or start not in names:
            continue
        if start not in parameter.get("description", ""):
            note = f"Not before `{start}` (422 otherwise)."
            said = parameter.get("description", "").rstrip(". ")
            parameter["description"] = f"{said}; {note[0].lower()}{note[1:]}" if said else note


def complete_operation(route: APIRoute, method: str, operation: dict[str, Any], signed_in: bool) -> None:
    """Problems, headers and parameter formats of one operation."""
    for parameter in operation.get("parameters", []):
        if "$ref" not in parameter and not parameter.get("required"):
            _not_nullable(parameter)
    _ranges_in_order(operation.get("parameters", []))
    for code, response in operation.get("responses", {}).items():
        if code.isdigit() and int(code) >= 400:
            _problem_response(int(code), response)
    refusal = state_refusal_note(operation.get("operationId", ""))
    if refusal is not None:
        operation["responses"]["422"]["description"] = refusal
    if "requestBody" in operation and "413" not in operation["responses"]:
        # every body passes the size limit first (app/middleware.py), whatever the operation
        operation["responses"]["413"] = {
            "description": "Request body over the limit",
            "content": {"application/problem+json": {"schema": {"$ref": PROBLEM_REF}}},
            "headers": _headers("Content-Language", "Vary"),
        }
    source = _source(route)
    for code, response in operation.get("responses", {}).items():
        if not code.startswith("2"):
            continue
        if "set_etag(" in source:
            response.setdefault("headers", {}).update(_headers("ETag"))
        if code == "201" and 'headers["Location"]' in source:
            response.setdefault("headers", {}).update(_headers("Location"))
    if method == "post" and signed_in:
        names = {(p.get("in"), p.get("name", "").lower()) for p in operation.get("parameters", [])}
        if ("header", "idempotency-key") not in names:
            operation.setdefault("parameters", []).append({"$ref": "#/components/parameters/IdempotencyKey"})


def complete(schema: dict[str, Any]) -> None:
    """What applies to the document as a whole (after every operation was completed)."""
    exact_integer_bounds(schema)
    schema["components"]["headers"] = dict(sorted(_HEADER_DOCS.items()))
    schema["components"]["parameters"] = {"IdempotencyKey": IDEMPOTENCY_KEY}
    problem = schema["components"]["schemas"].get("Problem")
    if problem is not None:
        problem["properties"]["type"]["description"] = (
            "The problem type, a URI reference `/problems/<code>`: GET it (relative to the server) for "
            "its meaning and what to do, in zh-CN and en; `GET /problems` lists them all"
        )
    schemas = schema["components"]["schemas"]
    for name in ("HTTPValidationError", "ValidationError"):  # FastAPI's, replaced by Problem
        others = {k: v for k, v in schemas.items() if k != name}
        if name in schemas and f"/{name}'" not in str([schema["paths"], others]):
            del schemas[name]
    add_examples(schema)
