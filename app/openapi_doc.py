"""The OpenAPI document, completed from what the code already declares.

Every operation's ``description`` is written here rather than by hand in each router: what it does
(the summary, plus any description the route has), who may call it (the permission its ``require``
check enforces and the roles in app/authz.py that hold it) and, for workflow steps, the states the
step starts from and leads to (app/workflow.py's registry). ``servers``, ``info.contact``,
``info.license`` and the tag descriptions complete the document so that linters and generators are
satisfied (scripts/lint_openapi.sh).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute, iter_route_contexts

from app.authz import PERMISSIONS
from app.deprecations import mark_deprecated
from app.deps import REQUIRED_PERMISSION, bearer_scheme
from app.openapi_contract import complete, complete_operation
from app.step_routes import MULTI_STEP_ROUTES, STEP_ROUTES
from app.workflow import WORKFLOWS, Step

# The committed document names the local server; the served one names the host that served it.
LOCAL_SERVER = {"url": "http://127.0.0.1:8000", "description": "Local development (scripts/run.sh)"}
CONTACT = {"name": "fpwork maintainers (the street office's information desk)"}
# The document and the clients generated from it are Apache-2.0; the server itself is proprietary
# (LICENSE at the repository's root).
LICENSE = {
    "name": "Apache-2.0 (this document; the server is proprietary)",
    "url": "https://www.apache.org/licenses/LICENSE-2.0",
}


def _dependants(dependant: Dependant) -> Iterator[Dependant]:
    for sub in dependant.dependencies:
        yield sub
        yield from _dependants(sub)


def _permissions(route: APIRoute) -> list[str]:
    found = [
        REQUIRED_PERMISSION[d.call] for d in _dependants(route.dependant) if d.call in REQUIRED_PERMISSION
    ]
    return sorted(set(found))


def _signed_in(route: APIRoute) -> bool:
    return any(d.call is bearer_scheme for d in _dependants(route.dependant))


def _roles_holding(permission: str) -> list[str]:
    return sorted(str(role.value) for role, perms in PERMISSIONS.items() if permission in perms)


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s and not s.startswith("{")]


def workflow_step(route: APIRoute, permissions: list[str]) -> tuple[str, Step] | None:
    """The workflow step a route performs: the one its ``StepRoutes`` declared it for, an explicit
    ``x-workflow-step: "name.step"`` in the route's openapi_extra, or else a write whose last path
    segment is a step's name, whose permission is the step's, under a path segment named after the
    workflow (``referral`` → ``/referrals/…``)."""
    if route.operation_id in STEP_ROUTES:
        return STEP_ROUTES[route.operation_id]
    explicit = (route.openapi_extra or {}).get("x-workflow-step")
    if isinstance(explicit, str) and "." in explicit:
        name, step_name = explicit.split(".", 1)
        workflow = WORKFLOWS.get(name)
        if workflow is not None and step_name in workflow.steps:
            return name, workflow.steps[step_name]
    if not (route.methods or set()) & {"POST", "PATCH", "PUT", "DELETE"}:
        return None
    segments = _segments(route.path_format)
    if len(segments) < 2:
        return None
    last = segments[-1].replace("-", "_")
    matches = []
    for name, workflow in WORKFLOWS.items():
        declared = workflow.steps.get(last)
        if declared is None or declared.permission not in permissions:
            continue
        resource = name.replace("_", "-")
        if any(segment.startswith(resource) for segment in segments[:-1]):
            matches.append((name, declared))
    return matches[0] if len(matches) == 1 else None


def describe(route: APIRoute) -> str:
    parts = [route.summary.rstrip(".") + "." if route.summary else ""]
    if route.description:
        parts.append(route.description.strip())
    permissions = _permissions(route)
    if permissions:
        for permission in permissions:
            roles = ", ".join(f"`{r}`" for r in _roles_holding(permission)) or "no role at present"
            parts.append(f"**Who may call it:** holders of `{permission}`: {roles}.")
    elif _signed_in(route):
        parts.append("**Who may call it:** any signed-in user; what they see is limited to their area.")
    elif route.path_format.startswith("/api/"):
        parts.append("**Who may call it:** anyone; no sign-in.")
    else:
        parts.append("**Who may call it:** anyone (operations endpoint, outside the versioned API).")
    found = workflow_step(route, permissions)
    if found is not None:
        name, declared = found
        sources = ", ".join(f"`{s}`" for s in declared.sources)
        target = f"`{declared.target}`" if declared.target else "a state the outcome decides"
        text = f"**Workflow `{name}`, step `{declared.name}`:** from {sources} to {target}"
        if declared.guard:
            text += f" ({declared.guard})"
        parts.append(text + "; from any other state the answer is 409 with `current_state`.")
    elif route.operation_id in MULTI_STEP_ROUTES:
        name, taken = MULTI_STEP_ROUTES[route.operation_id]
        each = "; ".join(
            f"`{s.name}` from {', '.join(f'`{x}`' for x in s.sources)} "
            f"(`{s.permission}`{', ' + s.guard if s.guard else ''})"
            for s in taken
        )
        parts.append(
            f"**Workflow `{name}`, the step the state or the body calls for:** {each}; from any "
            "other state the answer is 409 with `current_state`."
        )
    return "\n\n".join(p for p in parts if p)


def _require_form_fields(schema: dict[str, Any], operation: dict[str, Any]) -> None:
    """``x-required-form-fields`` on a route: fields its handler treats as required but parses
    itself (to answer in its own format, as the OAuth2 token endpoint does) are documented as
    required, non-null strings."""
    fields = operation.pop("x-required-form-fields", None)
    if not fields:
        return
    content = operation.get("requestBody", {}).get("content", {})
    for media in content.values():
        ref = media.get("schema", {}).get("$ref", "")
        body = schema["components"]["schemas"].get(ref.rsplit("/", 1)[-1])
        if body is None:
            continue
        body["required"] = sorted(set(body.get("required", [])) | set(fields))
        for name in fields:
            prop = body["properties"][name]
            prop.pop("anyOf", None)
            prop["type"] = "string"


def build_openapi(app: FastAPI) -> dict[str, Any]:
    """The document with every operation described (cached on the app like FastAPI's own)."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title,
        version=app.version,
        openapi_version=app.openapi_version,
        summary=app.summary,
        description=app.description,
        routes=app.routes,
        tags=app.openapi_tags,
        servers=[LOCAL_SERVER],
        contact=CONTACT,
        license_info=LICENSE,
        separate_input_output_schemas=app.separate_input_output_schemas,
    )
    # Routes of included routers come as contexts that read like the effective APIRoute (prefix,
    # router-level dependencies and all).
    for context in iter_route_contexts(app.routes):
        if not isinstance(context.original_route, APIRoute):
            continue
        route: Any = context
        if not route.include_in_schema:
            continue
        operations = schema["paths"].get(route.path_format, {})
        for method in route.methods or ():
            operation = operations.get(method.lower())
            if operation is not None:
                operation["description"] = describe(route)
                _require_form_fields(schema, operation)
                complete_operation(route, method.lower(), operation, _signed_in(route))
    complete(schema)
    mark_deprecated(schema, getattr(app.state, "deprecations", {}))
    app.openapi_schema = schema
    return schema


def install_openapi(app: FastAPI, url: str = "/openapi.json") -> None:
    """``app.openapi()`` gives the completed document; ``url`` serves it naming the serving host,
    so Swagger's Authorize and "Try it out" talk to the server that served the page."""
    app.openapi = lambda: build_openapi(app)  # type: ignore[method-assign]

    @app.get(url, include_in_schema=False)
    async def openapi_document(request: Request) -> JSONResponse:
        document = dict(build_openapi(app))
        served = str(request.base_url).rstrip("/")
        document["servers"] = [{"url": served, "description": "This server"}]
        return JSONResponse(document)
