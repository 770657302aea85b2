"""PATCH and ``null`` (app/schemas/patch_body.py): ``null`` clears a field the record can be without,
and is 422 for any other, which the document declares without ``null``."""

from __future__ import annotations

import pytest

from app.main import create_app
from app.schemas.patch_body import CLEARS_NOTE
from tests.demo_ids import org_ids

_NULL = {"type": "null"}


async def _partner(api) -> str:
    created = await api.post(
        "street",
        "/api/v1/partners",
        {
            "name": "解放碑中学",
            "kind": "school",
            "services": ["青春期健康教育"],
            "org_id": (await org_ids(api))["community-b"],
            "contact_name": "李老师",
            "contact_phone": "13800138000",
        },
    )
    assert created.status_code == 201, created.text
    return f"/api/v1/partners/{created.json()['id']}"


@pytest.mark.asyncio
async def test_null_clears_a_field_the_record_can_be_without(api):
    path = await _partner(api)
    cleared = await api.patch("street", path, {"contact_phone": None, "contact_name": None})
    assert cleared.status_code == 200, cleared.text
    assert cleared.json()["contact_phone"] is None and cleared.json()["contact_name"] is None
    assert (await api.get("street", path)).json()["contact_phone"] is None


@pytest.mark.asyncio
async def test_null_for_a_field_that_cannot_be_cleared_is_422_and_changes_nothing(api):
    path = await _partner(api)
    before = (await api.get("street", path)).json()
    for body in ({"name": None}, {"active": None, "contact_name": "王老师"}):
        refused = await api.patch("street", path, body)
        assert refused.status_code == 422, refused.text
        field = next(name for name, value in body.items() if value is None)
        assert refused.json()["errors"][0]["loc"] == ["body", field]
        assert refused.json()["errors"][0]["msg"] == f"{field} cannot be cleared"
    assert (await api.get("street", path)).json() == before
    # a product and a user took null as "leave it": now refused like every other body
    product = (await api.get("street", "/api/v1/contraceptive-products", params={"limit": 1})).json()
    refused = await api.patch(
        "street", f"/api/v1/contraceptive-products/{product['items'][0]['id']}", {"name": None}
    )
    assert refused.status_code == 422, refused.text


def test_the_document_offers_null_exactly_where_it_clears():
    document = create_app().openapi()
    schemas = document["components"]["schemas"]
    bodies = set()
    for operations in document["paths"].values():
        body = operations.get("patch", {}).get("requestBody", {}).get("content", {})
        for media in body.values():
            bodies.add(media["schema"]["$ref"].rsplit("/", 1)[-1])
    assert len(bodies) >= 15
    for name in sorted(bodies):
        for field, prop in schemas[name]["properties"].items():
            takes_null = _NULL in prop.get("anyOf", []) or prop.get("type") == "null"
            clears = CLEARS_NOTE in prop.get("description", "")
            assert takes_null == clears, (name, field, prop)
    assert CLEARS_NOTE in schemas["PartnerUpdate"]["properties"]["contact_phone"]["description"]
    assert "anyOf" not in schemas["PartnerUpdate"]["properties"]["name"]
