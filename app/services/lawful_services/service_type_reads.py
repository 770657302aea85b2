"""Service guides (一次性告知) on the fast read path: the catalogue (unpaged, in id order) and the
single guide, each with its materials and the published (or repealed) policies it rests on.

Guides are not scoped: every caller with ``services:read`` (and the public, for active ones) reads
them all, as on the session path. The materials and the policies are one more query each per
answer (:class:`Related`); a draft policy is linked but never shown.
"""

from __future__ import annotations

from typing import Annotated, Any

from sqlalchemy import select

from app.list_filters import Flag, ListFilters
from app.models.lawful_services.policy import Policy, PolicyStatus
from app.models.lawful_services.service import ServiceMaterial, ServiceType, ServiceTypePolicy
from app.read_path import ReadPath, Related, Row
from app.schemas.lawful_services.service import MaterialRead, ServiceTypeRead
from app.services.core.scope import anyone_scope


def _policy_column(column: Any, name: str) -> Any:
    return (
        select(column)
        .where(Policy.id == ServiceTypePolicy.policy_id)
        .correlate(ServiceTypePolicy)
        .scalar_subquery()
        .label(name)
    )


MATERIALS = Related(
    *(ServiceMaterial.__table__.c[name] for name in MaterialRead.model_fields),
    key=ServiceMaterial.service_type_id,
    order_by=ServiceMaterial.position,
)
POLICIES = Related(
    ServiceTypePolicy.policy_id.label("id"),
    _policy_column(Policy.title, "title"),
    _policy_column(Policy.document_no, "document_no"),
    _policy_column(Policy.status, "status"),
    key=ServiceTypePolicy.service_type_id,
    order_by=ServiceTypePolicy.policy_id,
)


def _material(row: Row) -> Row:
    alternatives = [{"code": a["code"], "name": a["name"]} for a in row["alternatives"]]
    return {**row, "alternatives": alternatives}


async def _complete(rows: list[Row], _context: Any) -> None:
    ids = [row["id"] for row in rows]
    materials = await MATERIALS.fetch(ids)
    policies = await POLICIES.fetch(ids)
    for row in rows:
        row["materials"] = [_material(m) for m in materials[row["id"]]]
        row["policies"] = [
            {"id": p["id"], "title": p["title"], "document_no": p["document_no"]}
            for p in policies[row["id"]]
            if PolicyStatus(p["status"]) is not PolicyStatus.draft
        ]


class ServiceTypeFilters(ListFilters):
    """The service catalogue's query parameters: active guides only unless ``include_inactive``."""

    include_inactive: Annotated[bool, Flag(None, lambda: ServiceType.active.is_(True))] = False


ACTIVE = ServiceTypeFilters()  # the public catalogue: active guides only

GUIDES = ReadPath(
    model=ServiceType,
    schema=ServiceTypeRead,
    scope=anyone_scope,
    filters=ServiceTypeFilters,
    derived=("materials", "policies"),
    complete=_complete,
    label="Service type",
)
