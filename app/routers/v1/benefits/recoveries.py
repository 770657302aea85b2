"""Overpayment recoveries (追回): the street's list, a recovery's detail, refunds and write-offs."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Session
from app.models.benefits.recovery import Recovery
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.routers.v1.benefits.programs import TAG
from app.schemas.benefits.recovery import RecoveryDetail, RecoveryRead, RefundBody, WriteOffBody
from app.schemas.common import AUTHED, problems
from app.services.benefits import recoveries as recovery_service
from app.services.benefits import recovery_reads
from app.services.benefits.recoveries import RECOVERY_WORKFLOW
from app.step_routes import StepRoutes

router = APIRouter(prefix="/benefit-recoveries", tags=[TAG])


@router.get(
    "",
    operation_id="listBenefitRecoveries",
    summary="Overpayments to recover (追回) in the caller's area: months paid after a life event",
    response_model=Page[RecoveryRead],
    responses=problems(*AUTHED),
)
@lane
async def list_recoveries(
    principal: Reads("benefits:read"),
    where: Annotated[recovery_reads.RecoveryFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await recovery_reads.RECOVERIES.page(principal, limit=limit, cursor=cursor, where=where)


@router.get(
    "/{recovery_id}",
    operation_id="getBenefitRecovery",
    summary="A recovery with its months and amounts, and its refunds and write-off",
    response_model=RecoveryDetail,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_recovery(recovery_id: IdPath, principal: Reads("benefits:read")) -> Any:
    return await recovery_reads.RECOVERY.one(principal, recovery_id)


async def _present(session: Session, recovery: Recovery) -> RecoveryDetail:
    return await recovery_reads.detail(session, recovery)


STEP_PROBLEMS = problems(*AUTHED, 404, 409, 412, 422)
steps = StepRoutes(
    router, "recovery_id", RecoveryDetail, _present, RECOVERY_WORKFLOW, responses=STEP_PROBLEMS
)
steps.post(
    "refunds",
    "refundBenefitRecovery",
    "Record money returned (退款): amount, date, reference; refunded once the total is covered",
    recovery_service.record_refund,
    RefundBody,
    step="refund",
)
steps.post(
    "write-off",
    "writeOffBenefitRecovery",
    "Write off what is still owed (核销): a decision with its reason, street or district over the payer",
    recovery_service.write_off,
    WriteOffBody,
)
