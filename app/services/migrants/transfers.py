"""Hand-over inside the district (辖区内交接): the receiving community accepts or declines.

Until the receiving community accepts, the sending community keeps the record and its duties (the
certificate and permit lists stay theirs). Accepting moves the migrant (and the resident record) to
the receiving community at the new address. The sender may cancel a pending hand-over.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit, outbox
from app.authz import Principal, scoped_org_ids
from app.db import utcnow
from app.errors import Conflict, NotFound, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident
from app.models.migrants.migrant import Migrant, MigrantStatus
from app.models.migrants.transfer import MigrantTransfer, TransferStatus
from app.preconditions import check_version
from app.schemas.migrants.transfer import TransferCreate
from app.services.core.loading import one_or_404
from app.services.migrants.migrants import load_present
from app.services.migrants.scope import transfer_scope
from app.workflow import Workflow, step

T = TransferStatus
TRANSFER_WORKFLOW = Workflow(
    "migrant_transfer",
    TransferStatus,
    [
        step(
            "accept",
            [T.pending],
            T.accepted,
            "migrants:write",
            "the receiving community (or its street); moves the record",
            zh="接收",
            en="Accept",
        ),
        step(
            "decline",
            [T.pending],
            T.declined,
            "migrants:write",
            "the receiving community (or its street), with a reason",
            zh="拒收",
            en="Decline",
        ),
        step(
            "cancel",
            [T.pending],
            T.cancelled,
            "migrants:write",
            "the sending community",
            zh="撤回",
            en="Cancel",
        ),
    ],
)


async def _in_area(session: AsyncSession, principal: Principal, org_id: int) -> bool:
    ids = set((await session.execute(scoped_org_ids(principal))).scalars().all())
    return org_id in ids


async def request_transfer(
    session: AsyncSession, principal: Principal, data: TransferCreate
) -> MigrantTransfer:
    """The sending community hands a present migrant over to another community of the district."""
    migrant = await load_present(session, principal, data.migrant_id, None)
    target = await session.get(Org, data.to_community_id)
    current = await session.get(Org, migrant.community_id)
    assert current is not None
    if (
        target is None
        or target.kind != OrgKind.community
        or target.path.split("/")[1] != current.path.split("/")[1]
    ):
        raise Unprocessable(
            "to_community_id must be a community of the district", loc=["body", "to_community_id"]
        )
    if target.id == migrant.community_id:
        raise Unprocessable("The migrant already lives in that community", loc=["body", "to_community_id"])
    if not await _in_area(session, principal, migrant.community_id):
        raise NotFound("Migrant not found")
    pending = (
        await session.execute(
            select(MigrantTransfer.id).where(
                MigrantTransfer.migrant_id == migrant.id, MigrantTransfer.status == TransferStatus.pending
            )
        )
    ).first()
    if pending is not None:
        raise Conflict(f"A hand-over of this migrant is already pending (id {pending.id})")
    transfer = MigrantTransfer(
        migrant_id=migrant.id,
        from_community_id=migrant.community_id,
        to_community_id=target.id,
        new_address=data.new_address,
        status=TransferStatus.pending,
        reason=data.reason,
        requested_by=principal.user_id,
    )
    session.add(transfer)
    await session.flush()
    await _audit(session, principal, transfer, "migrant_transfer.requested", {"to": target.id}, current.path)
    return transfer


async def get_transfer(session: AsyncSession, principal: Principal, transfer_id: int) -> MigrantTransfer:
    return await one_or_404(
        session,
        select(MigrantTransfer).where(MigrantTransfer.id == transfer_id, transfer_scope(principal)),
        "Migrant transfer",
    )


async def decide(
    session: AsyncSession,
    principal: Principal,
    transfer_id: int,
    action: str,
    *,
    reason: str | None,
    expected_version: int | None,
) -> MigrantTransfer:
    """Apply one step of the table; the receiving side accepts or declines, the sending side cancels."""
    transfer = await get_transfer(session, principal, transfer_id)
    check_version(transfer, expected_version)
    target = TransferStatus(TRANSFER_WORKFLOW.advance(transfer.status, action))
    side = transfer.from_community_id if action == "cancel" else transfer.to_community_id
    if not await _in_area(session, principal, side):
        who = "sending" if action == "cancel" else "receiving"
        raise Conflict(f"Only the {who} community (or its street) may {action} this hand-over")
    if action == "decline" and not reason:
        raise Unprocessable("A reason is required to decline", loc=["body", "reason"])
    transfer.status = target
    transfer.reason = reason or transfer.reason
    transfer.decided_by = principal.user_id
    transfer.decided_at = utcnow()
    receiving = await session.get(Org, transfer.to_community_id)
    assert receiving is not None
    if target is TransferStatus.accepted:
        # The receiving side cannot see the migrant yet: the transfer it can see is its access.
        migrant = await session.get(Migrant, transfer.migrant_id)
        if migrant is None or migrant.status is not MigrantStatus.present:
            raise Conflict("The migrant has departed; the hand-over can only be declined or cancelled")
        migrant.community_id = receiving.id
        migrant.address = transfer.new_address
        resident = await session.get(Resident, migrant.resident_id)
        if resident is not None:
            resident.community_id = receiving.id
        await outbox.emit(
            session,
            "migrant.transferred",
            {
                "migrant_id": migrant.id,
                "transfer_id": transfer.id,
                "from_community_id": transfer.from_community_id,
                "to_community_id": receiving.id,
            },
            scope_path=receiving.path,
        )
    await session.flush()
    await _audit(
        session, principal, transfer, f"migrant_transfer.{target.value}", {"reason": reason}, receiving.path
    )
    return transfer


async def _audit(
    session: AsyncSession,
    principal: Principal,
    transfer: MigrantTransfer,
    action: str,
    detail: dict[str, object],
    path: str,
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="migrant_transfer",
        object_id=transfer.id,
        scope_path=path,
        detail=detail,
    )
