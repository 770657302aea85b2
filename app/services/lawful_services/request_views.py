"""How service requests are shown: to staff in full, to the public by tracking code only.

The public look-up (办件查询) shows the state and dates and, when returned, what to bring —
never a name, ID number, family or issued number.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app.models.core.family import Family
from app.models.lawful_services.service import ServiceRequest, ServiceType
from app.schemas.lawful_services.service import (
    MissingMaterial,
    ProvidedMaterial,
    ServiceRequestRead,
    ServiceReturnRead,
)
from app.services.core import display, working_days
from app.services.lawful_services.material_check import missing_materials
from app.services.lawful_services.request_workflow import SERVICE_REQUEST_WORKFLOW
from app.services.lawful_services.requests import OPEN_STATES


async def _types(session: AsyncSession, type_ids: set[int]) -> dict[int, ServiceType]:
    rows = await session.execute(
        select(ServiceType)
        .where(ServiceType.id.in_(sorted(type_ids)))
        .options(selectinload(ServiceType.materials))
    )
    return {t.id: t for t in rows.scalars()}


def _read(
    request: ServiceRequest,
    service_type: ServiceType,
    today: date,
    names: dict[str, dict[int, str]] | None = None,
) -> ServiceRequestRead:
    missing = missing_materials(service_type, request.materials)
    names = names or {}
    return ServiceRequestRead(
        id=request.id,
        tracking_code=request.tracking_code,
        service_type=service_type.code,
        service_type_name=service_type.name,
        org_id=request.org_id,
        org_name=names.get("org", {}).get(request.org_id),
        applicant_name=(
            names.get("resident", {}).get(request.resident_id)
            if request.resident_id is not None
            else names.get("family", {}).get(request.family_id or 0)
        ),
        resident_id=request.resident_id,
        family_id=request.family_id,
        child_id=request.child_id,
        state=request.state,
        accepting_level=service_type.accepting_level,
        issuing_level=service_type.issuing_level,
        forward_due_on=request.forward_due_on,
        forwarded_on=request.forwarded_on,
        next_steps=SERVICE_REQUEST_WORKFLOW.allowed(request.state),
        materials=[ProvidedMaterial.model_validate(m) for m in request.materials],
        missing_materials=[MissingMaterial.model_validate(m) for m in missing],
        note=request.note,
        submitted_at=request.submitted_at,
        clock_started_on=request.clock_started_on,
        due_on=request.due_on,
        due_provisional=request.due_provisional,
        accepted_at=request.accepted_at,
        finished_at=request.finished_at,
        working_days_taken=request.working_days_taken,
        overdue=request.state in OPEN_STATES and request.due_on < today,
        issued_no=request.issued_no,
        reject_reason=request.reject_reason,
        returns=[ServiceReturnRead.model_validate(r) for r in request.returns],
        version=request.version,
    )


async def to_reads(
    session: AsyncSession, requests: Sequence[ServiceRequest], today: date | None = None
) -> list[ServiceRequestRead]:
    """Rows with the service's, community's and applicant's names (one query each per page);
    ``overdue`` is judged on ``today`` (the office's date by default)."""
    types = await _types(session, {r.service_type_id for r in requests})
    day = today or working_days.local_today()
    parents = (
        await session.execute(
            select(Family.id, Family.husband_id, Family.wife_id).where(
                Family.id.in_(sorted({r.family_id for r in requests if r.family_id}))
            )
        )
    ).all()
    people = await display.resident_names(
        session, [r.resident_id for r in requests] + [p for row in parents for p in row[1:]]
    )
    families = {
        family_id: " / ".join(people[p] for p in (husband, wife) if p in people)
        for family_id, husband, wife in parents
    }
    names = {
        "org": await display.org_names(session, [r.org_id for r in requests]),
        "resident": people,
        "family": families,
    }
    return [_read(r, types[r.service_type_id], day, names) for r in requests]


async def to_read(session: AsyncSession, request: ServiceRequest) -> ServiceRequestRead:
    return (await to_reads(session, [request]))[0]
