"""Payment batches: generate for a period, approve, mark paid, totals, bank CSV (Task 3)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today, now
from app.deps import CursorQuery, IdPath, IdQuery, LimitQuery, Reads, Requires, Session, SettingsDep, set_etag
from app.documents.responses import pdf_response, pdf_responses
from app.models.benefits.payment import PaymentBatch
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.routers.v1.benefits.programs import TAG
from app.schemas.benefits.benefit_ops import (
    BankAnswers,
    BatchCreate,
    BatchDetail,
    BatchRead,
    CommunityTotal,
    LineRead,
    ProgramCommunityTotal,
)
from app.schemas.common import AUTHED, problems
from app.services.benefits import bank as bank_service
from app.services.benefits import batch_approval as approval_service
from app.services.benefits import money_authority, payment_documents, payment_reads
from app.services.benefits import payment_reports as report_service
from app.services.benefits import payments as payment_service
from app.services.benefits.payments import PAYMENT_BATCH_WORKFLOW
from app.step_routes import StepRoutes

router = APIRouter(prefix="/payment-batches", tags=[TAG])

PeriodQuery = Annotated[str | None, Query(min_length=4, max_length=8, examples=["2019-06"])]


async def _detail(session: Session, batch: PaymentBatch) -> BatchDetail:
    detail = BatchDetail.model_validate(batch)
    totals = await report_service.community_totals(session, batch)
    detail.totals_by_community = [CommunityTotal.model_validate(t) for t in totals]
    return detail


@router.get(
    "",
    operation_id="listPaymentBatches",
    summary="Payment batches the caller may see, newest first",
    response_model=Page[BatchRead],
    responses=problems(*AUTHED),
)
@lane
async def list_batches(
    principal: Reads("benefits:read"),
    where: Annotated[payment_reads.BatchFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await payment_reads.BATCHES.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="generatePaymentBatch",
    summary="Generate a due period's batch: who is due and unpaid, plus back pay and returned lines",
    status_code=status.HTTP_201_CREATED,
    response_model=BatchDetail,
    responses=problems(*AUTHED, 404, 409),
)
async def generate_batch(
    body: BatchCreate,
    response: Response,
    session: Session,
    today: Today,
    principal: Requires(money_authority.permission("generate")),
) -> BatchDetail:
    batch = await payment_service.generate_batch(
        session,
        principal,
        program_id=body.program_id,
        period=body.period,
        street_id=body.street_id,
        payer_org_id=body.payer_org_id,
        today=today,
    )
    response.headers["Location"] = f"/api/v1/payment-batches/{batch.id}"
    set_etag(response, batch.version)
    return await _detail(session, batch)


@router.get(
    "/totals",
    operation_id="paymentTotals",
    summary="Totals per program, period and community",
    response_model=list[ProgramCommunityTotal],
    responses=problems(*AUTHED),
)
async def totals(
    session: Session,
    principal: Requires("benefits:read"),
    period: PeriodQuery = None,
    program_id: IdQuery = None,
) -> list[ProgramCommunityTotal]:
    rows = await report_service.batch_totals(session, principal, period=period, program_id=program_id)
    return [ProgramCommunityTotal.model_validate(r) for r in rows]


@router.get(
    "/{batch_id}",
    operation_id="getPaymentBatch",
    summary="A batch with totals per community",
    response_model=BatchDetail,
    responses=problems(*AUTHED, 404),
)
async def get_batch(
    batch_id: IdPath, response: Response, session: Session, principal: Requires("benefits:read")
) -> BatchDetail:
    batch = await payment_service.get_batch(session, principal, batch_id)
    set_etag(response, batch.version)
    return await _detail(session, batch)


steps = StepRoutes(
    router,
    "batch_id",
    BatchDetail,
    _detail,
    PAYMENT_BATCH_WORKFLOW,
    responses=problems(*AUTHED, 404, 409, 412),
)
steps.post(
    "approve",
    "approvePaymentBatch",
    "Approve (street, then district for district-paid programs); lines no longer due are dropped",
    approval_service.approve_batch,
    step=("street_approve", "district_approve"),
    gate="benefits:read",
)
steps.post(
    "mark-paid",
    "markPaymentBatchPaid",
    "Record that the bank paid an approved batch; lines no longer due are dropped",
    approval_service.mark_paid,
)


@router.get(
    "/{batch_id}/export.csv",
    operation_id="exportPaymentBatch",
    summary="CSV for the paying bank (full ID numbers only with pii:read; audited)",
    response_class=Response,
    responses={**problems(*AUTHED, 404), 200: {"content": {"text/csv": {}}}},
)
async def export_batch(
    batch_id: IdPath, session: Session, settings: SettingsDep, principal: Requires("benefits:read")
) -> Response:
    batch, text = await report_service.export_csv(session, settings, principal, batch_id)
    return Response(
        content=text.encode("utf-8-sig"),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="batch-{batch.id}-{batch.period}.csv"',
            "Cache-Control": "no-store",
        },
    )


@router.get(
    "/{batch_id}/signature-list.pdf",
    operation_id="getPaymentBatchSignatureList",
    summary="The batch's list for signature (PDF): masked ID numbers, amounts, a column to sign (audited)",
    response_class=Response,
    responses=pdf_responses(),
)
async def batch_signature_list(
    batch_id: IdPath, session: Session, principal: Requires("benefits:read")
) -> Response:
    document = await payment_documents.signature_list(session, principal, batch_id, at=now())
    return await pdf_response(document, f"batch-{batch_id}-signature-list.pdf")


@router.get(
    "/{batch_id}/lines",
    operation_id="listPaymentLines",
    summary="A batch's lines: paid, returned by the bank or dropped at a re-check, with the reason",
    response_model=Page[LineRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_lines(
    batch_id: IdPath,
    principal: Reads("benefits:read"),
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await payment_reads.lines_page(principal, batch_id, limit=limit, cursor=cursor)


steps.post(
    "bank-answers",
    "recordBankAnswers",
    "The bank's answer per line: paid, or returned with a reason (due again in the next batch)",
    bank_service.record_bank_answers,
    BankAnswers,
    step="record_bank_answers",
    responses=problems(*AUTHED, 404, 409, 422),
)
