"""Service types and their guides: the one-time notification (一次性告知) a resident reads first.

Each guide lists every material with whether it is mandatory, the papers accepted instead and
whether a signed commitment (告知承诺) may stand in; the legal time limit in working days;
whether the service is instant (即办); fee, place, online or not; and the policies it rests on.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app import audit
from app.authz import Principal
from app.errors import Conflict, Unprocessable
from app.labels import register_data
from app.models.lawful_services.policy import Policy, PolicyStatus
from app.models.lawful_services.service import ServiceMaterial, ServiceType, ServiceTypePolicy
from app.preconditions import check_version
from app.schemas.lawful_services.service import (
    MaterialRead,
    PolicyRef,
    ServiceTypeCreate,
    ServiceTypeRead,
    ServiceTypeUpdate,
)
from app.services.core.loading import apply_changes, one_or_404


async def _policies_of(session: AsyncSession, type_ids: Sequence[int]) -> dict[int, list[Policy]]:
    """Published (or repealed) policies per service type, in one query."""
    rows = (
        await session.execute(
            select(ServiceTypePolicy.service_type_id, Policy)
            .join(Policy, Policy.id == ServiceTypePolicy.policy_id)
            .where(ServiceTypePolicy.service_type_id.in_(list(type_ids)), Policy.status != PolicyStatus.draft)
            .order_by(Policy.id)
        )
    ).all()
    result: dict[int, list[Policy]] = {i: [] for i in type_ids}
    for type_id, policy in rows:
        result[type_id].append(policy)
    return result


def _read(service_type: ServiceType, policies: list[Policy]) -> ServiceTypeRead:
    return ServiceTypeRead(
        **{
            f: getattr(service_type, f)
            for f in ServiceTypeRead.model_fields
            if f not in {"materials", "policies"}
        },
        materials=[MaterialRead.model_validate(m) for m in service_type.materials],
        policies=[PolicyRef.model_validate(p) for p in policies],
    )


async def get_service_type(session: AsyncSession, type_id: int) -> ServiceType:
    return await one_or_404(
        session,
        select(ServiceType).where(ServiceType.id == type_id).options(selectinload(ServiceType.materials)),
        "Service type",
    )


async def get_by_code(session: AsyncSession, code: str) -> ServiceType | None:
    return (
        await session.execute(
            select(ServiceType).where(ServiceType.code == code).options(selectinload(ServiceType.materials))
        )
    ).scalar_one_or_none()


async def read_guide(session: AsyncSession, type_id: int) -> tuple[ServiceType, ServiceTypeRead]:
    service_type = await get_service_type(session, type_id)
    policies = await _policies_of(session, [service_type.id])
    return service_type, _read(service_type, policies[service_type.id])


async def create_service_type(
    session: AsyncSession, principal: Principal, data: ServiceTypeCreate
) -> ServiceTypeRead:
    """Add a service guide with its complete materials list (street or district)."""
    if await get_by_code(session, data.code) is not None:
        raise Conflict(f"A service type with code '{data.code}' already exists")
    policy_ids = sorted(set(data.policy_ids))
    found = set((await session.execute(select(Policy.id).where(Policy.id.in_(policy_ids)))).scalars())
    if found != set(policy_ids):
        raise Unprocessable("policy_ids names unknown policies", loc=["body", "policy_ids"])
    service_type = ServiceType(
        **data.model_dump(exclude={"materials", "policy_ids", "preconditions"}),
        preconditions=data.preconditions.as_data(),
    )
    session.add(service_type)
    await session.flush()
    for position, material in enumerate(data.materials, start=1):
        session.add(
            ServiceMaterial(service_type_id=service_type.id, position=position, **material.model_dump())
        )
    for policy_id in policy_ids:
        session.add(ServiceTypePolicy(service_type_id=service_type.id, policy_id=policy_id))
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="service_type.created",
        object_type="service_type",
        object_id=service_type.id,
        scope_path=principal.org_path,
        detail={"code": service_type.code},
    )
    session.expunge(service_type)
    return (await read_guide(session, service_type.id))[1]


async def update_service_type(
    session: AsyncSession,
    principal: Principal,
    type_id: int,
    data: ServiceTypeUpdate,
    expected_version: int | None,
) -> ServiceTypeRead:
    service_type = await get_service_type(session, type_id)
    check_version(service_type, expected_version)
    changes = data.model_dump(exclude_unset=True, exclude={"preconditions"})
    if data.preconditions is not None:
        changes["preconditions"] = data.preconditions.as_data()
    changed = apply_changes(service_type, changes)
    if changed:
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            action="service_type.updated",
            object_type="service_type",
            object_id=service_type.id,
            scope_path=principal.org_path,
            detail={"fields": sorted(changed)},
        )
    return (await read_guide(session, service_type.id))[1]


async def material_labels(session: AsyncSession) -> dict[str, dict[str, str]]:
    """Every material code of the guides with its zh-CN name and English name (for /meta/enums)."""
    rows = await session.execute(
        select(ServiceMaterial.code, ServiceMaterial.name, ServiceMaterial.name_en).order_by(
            ServiceMaterial.id
        )
    )
    labels: dict[str, dict[str, str]] = {}
    for code, name, name_en in rows.all():
        labels.setdefault(code, {"zh-CN": name, "en": name_en or name})
    return labels


register_data("service_material", material_labels)
