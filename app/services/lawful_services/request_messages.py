"""Text messages about service requests, through core's one door (app/services/core/messages.py):
the one-time notification list of a returned request (一次性告知) and the outcome (办结/不予办理).

The applicant is the request's resident, or for a family's request the wife, else the husband;
core sends only to a resident who consented to text messages and has a phone on record.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.models.core.family import Family
from app.models.core.messaging import MessagePurpose
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.models.lawful_services.service import ServiceRequest, ServiceType
from app.services.core.messages import notify


async def _applicant(session: AsyncSession, request: ServiceRequest) -> Resident | None:
    resident_id = request.resident_id
    if resident_id is None and request.family_id is not None:
        family = await session.get(Family, request.family_id)
        resident_id = family.wife_id or family.husband_id if family else None
    return await session.get(Resident, resident_id) if resident_id else None


async def tell_returned(
    session: AsyncSession, request: ServiceRequest, service_type: ServiceType, missing: list[str]
) -> None:
    """Every missing material at once, by name, and where to bring them."""
    resident = await _applicant(session, request)
    if resident is None:
        return
    names = {m.code: m.name for m in service_type.materials}
    office = await session.get(Org, request.org_id)
    await notify(
        session,
        resident_id=resident.id,
        purpose=MessagePurpose.request_returned,
        variables={
            "name": resident.name,
            "service": service_type.name,
            "tracking_code": request.tracking_code,
            "materials": "、".join(names.get(code, code) for code in missing),
            "place": office.name if office else "",
        },
        reference=f"service_request:{request.id}",
    )


async def tell_outcome(
    session: AsyncSession, request: ServiceRequest, service_type: ServiceType, outcome: str
) -> None:
    resident = await _applicant(session, request)
    if resident is None:
        return
    await notify(
        session,
        resident_id=resident.id,
        purpose=MessagePurpose.request_outcome,
        variables={
            "name": resident.name,
            "service": service_type.name,
            "tracking_code": request.tracking_code,
            "outcome": outcome,
        },
        reference=f"service_request:{request.id}",
    )
