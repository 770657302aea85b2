"""Partners of the resource-sharing network (资源共享网络): hospitals, maternal and child health
hospitals, clinics, schools and enterprises that the street works with.

A partner serves an org's area; it is visible inside that area and to the orgs above it, so every
community of a street can refer to the street's hospital. Street and district staff manage them.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.models.core.partner import Partner
from app.preconditions import check_version
from app.schemas.core.partner import PartnerCreate, PartnerUpdate
from app.services.core.loading import apply_changes, one_or_404
from app.services.core.orgs import get_org
from app.services.core.scope import partner_scope


async def get_partner(session: AsyncSession, principal: Principal, partner_id: int) -> Partner:
    return await one_or_404(
        session,
        select(Partner).where(Partner.id == partner_id, partner_scope(principal)),
        "Partner",
    )


async def create_partner(session: AsyncSession, principal: Principal, data: PartnerCreate) -> Partner:
    """Register a partner organisation for an org of the caller's area."""
    org = await get_org(session, principal, data.org_id)
    partner = Partner(**data.model_dump())
    session.add(partner)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="partner.created",
        object_type="partner",
        object_id=partner.id,
        scope_path=org.path,
        detail={"kind": partner.kind.value},
    )
    return partner


async def update_partner(
    session: AsyncSession,
    principal: Principal,
    partner_id: int,
    data: PartnerUpdate,
    expected_version: int | None,
) -> Partner:
    """Change a partner's details or retire it (``active: false``); only the owning area may."""
    partner = await get_partner(session, principal, partner_id)
    org = await get_org(session, principal, partner.org_id)
    check_version(partner, expected_version)
    changes = data.model_dump(exclude_unset=True)
    changed = apply_changes(partner, changes)
    if changed:
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            action="partner.updated",
            object_type="partner",
            object_id=partner.id,
            scope_path=org.path,
            detail={"fields": sorted(changed)},
        )
    return partner
