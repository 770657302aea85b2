"""Every operation is described for its readers: what it does, who may call it, which state it needs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.authz import PERMISSIONS
from app.workflow import WORKFLOWS

pytestmark = pytest.mark.asyncio
ROOT = Path(__file__).resolve().parents[3]


def _operations(spec: dict):
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


async def test_every_operation_says_what_it_does_and_who_may_call_it(api):
    spec = api.app.openapi()
    for path, method, operation in _operations(spec):
        description = operation.get("description", "")
        assert description.startswith(operation["summary"].rstrip(".")), (path, method)
        assert "**Who may call it:**" in description, (path, method)
    residents = spec["paths"]["/api/v1/residents"]["post"]["description"]
    holders = sorted(r.value for r, perms in PERMISSIONS.items() if "residents:write" in perms)
    assert f"holders of `residents:write`: {', '.join(f'`{r}`' for r in holders)}." in residents
    assert "anyone; no sign-in" in spec["paths"]["/api/v1/public/policies"]["get"]["description"]


async def test_workflow_steps_name_the_states_they_need(api):
    spec = api.app.openapi()
    referral = WORKFLOWS["referral"]
    for step_name, declared in referral.steps.items():
        description = spec["paths"][f"/api/v1/referrals/{{referral_id}}/{step_name}"]["post"]["description"]
        assert f"**Workflow `referral`, step `{step_name}`:**" in description
        for state in declared.sources:
            assert f"`{state}`" in description
        assert f"to `{declared.target}`" in description
    # a read is no workflow step
    assert "Workflow" not in spec["paths"]["/api/v1/referrals/{referral_id}"]["get"]["description"]


async def test_every_step_route_enforces_its_tables_permission(api):
    """A step route's permission is its workflow table's: the one its dependency enforces, the one the
    document names. Routes that take whichever step the state calls for let in holders of their gate
    permission and leave the step's to the service (app/step_routes.py)."""
    from fastapi.routing import APIRoute, iter_route_contexts

    from app.openapi_doc import _permissions
    from app.step_routes import MULTI_STEP_ROUTES, STEP_ROUTES

    spec = api.app.openapi()
    routes = {
        r.operation_id: r
        for r in iter_route_contexts(api.app.routes)
        if isinstance(r.original_route, APIRoute) and r.include_in_schema
    }
    documented = {op["operationId"] for _, _, op in _operations(spec)}
    assert len(STEP_ROUTES) >= 60
    for operation_id, (name, declared) in STEP_ROUTES.items():
        assert operation_id in documented, operation_id
        assert WORKFLOWS[name].steps[declared.name] is declared
        assert _permissions(routes[operation_id]) == [declared.permission], operation_id
        path, method, operation = next(x for x in _operations(spec) if x[2]["operationId"] == operation_id)
        assert f"holders of `{declared.permission}`" in operation["description"], operation_id
        assert f"**Workflow `{name}`, step `{declared.name}`:**" in operation["description"], operation_id
    for operation_id, (name, steps) in MULTI_STEP_ROUTES.items():
        assert operation_id in documented and len(_permissions(routes[operation_id])) == 1
        assert all(WORKFLOWS[name].steps[s.name] is s for s in steps)


async def test_a_step_route_refuses_a_caller_without_the_tables_permission(api):
    """Enforced, not only described: a role without the table's permission is refused (403)."""
    from app.authz import Role

    step = WORKFLOWS["referral"].steps["cancel"]
    # the integration account may record a provider's answer but not withdraw a referral
    assert step.permission not in PERMISSIONS[Role.district_integration]
    response = await api.post("integration", "/api/v1/referrals/1/cancel", json={"reason": "x"})
    assert response.status_code == 403
    assert step.permission in response.json()["detail"]


async def test_document_has_servers_contact_licence_and_described_tags(api):
    spec = api.app.openapi()
    assert spec["servers"] and spec["info"]["contact"]["name"] and spec["info"]["license"]["name"]
    described = {t["name"] for t in spec["tags"] if t.get("description")}
    used = {tag for _, _, op in _operations(spec) for tag in op.get("tags", [])}
    assert used <= described, used - described
    # the served document names the host that served it, so Swagger calls this server
    served = (await api.client.get("/openapi.json")).json()
    assert served["servers"] == [{"url": "http://testserver", "description": "This server"}]
    committed = json.loads((ROOT / "openapi" / "openapi.json").read_text(encoding="utf-8"))
    assert committed["servers"] == spec["servers"]
