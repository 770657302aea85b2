"""Public commitments (公开承诺) of the street and its communities: what, by when, published.

Published commitments are shown to the public; their fulfilment date is recorded when kept.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.models.core.org import Org, OrgKind
from app.models.grassroots.sunshine import Commitment
from app.preconditions import check_version
from app.schemas.grassroots.sunshine import CommitmentCreate, CommitmentUpdate
from app.services.core.loading import apply_changes, one_or_404
from app.services.grassroots.scope import commitment_scope, org_in_scope


async def get_commitment(session: AsyncSession, principal: Principal, commitment_id: int) -> Commitment:
    return await one_or_404(
        session,
        select(Commitment).where(Commitment.id == commitment_id, commitment_scope(principal)),
        "Commitment",
    )


async def create_commitment(
    session: AsyncSession, principal: Principal, data: CommitmentCreate, today: date
) -> Commitment:
    """A street or community commits publicly; published at once unless ``publish`` is false."""
    org = await org_in_scope(session, principal, data.org_id, kinds=(OrgKind.street, OrgKind.community))
    commitment = Commitment(
        org_id=org.id, content=data.content, due_on=data.due_on, published_on=today if data.publish else None
    )
    session.add(commitment)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="commitment.created",
        object_type="commitment",
        object_id=commitment.id,
        scope_path=org.path,
        detail={"published": data.publish},
    )
    return commitment


async def update_commitment(
    session: AsyncSession,
    principal: Principal,
    commitment_id: int,
    data: CommitmentUpdate,
    expected_version: int | None,
) -> Commitment:
    commitment = await get_commitment(session, principal, commitment_id)
    check_version(commitment, expected_version)
    changed = apply_changes(commitment, data.model_dump(exclude_unset=True))
    await session.flush()
    org = await session.get(Org, commitment.org_id)
    await audit.record(
        session,
        actor=principal,
        action="commitment.updated",
        object_type="commitment",
        object_id=commitment.id,
        scope_path=org.path if org else principal.org_path,
        detail={"fields": sorted(changed)},
    )
    return commitment
