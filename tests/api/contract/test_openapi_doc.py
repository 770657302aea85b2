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
