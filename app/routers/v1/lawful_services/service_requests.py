"""Service requests: filed by community or street staff, processed on the working-day clock."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import JSONResponse

from app.clock import Today, local_today, now
from app.db import request_session
from app.deps import (
    CursorQuery,
    IdPath,
    LimitQuery,
    Reads,
    Requires,
    Session,
    SettingsDep,
    set_etag,
)
from app.documents.responses import pdf_response, pdf_responses
from app.models.lawful_services.service import ServiceRequest
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, IsoDate, problems
from app.schemas.lawful_services.service import (
    ServiceRequestCreate,
    ServiceRequestRead,
    ServiceRequestReject,
    ServiceRequestResubmit,
    ServiceRequestReturn,
    ServiceStatisticsRow,
)
from app.services.lawful_services import request_documents, request_reads, request_steps
from app.services.lawful_services import request_views as views
from app.services.lawful_services import requests as request_service
from app.services.lawful_services import statistics as service_statistics
from app.services.lawful_services.request_workflow import SERVICE_REQUEST_WORKFLOW
from app.step_routes import StepRoutes

TAG = "Task 4 · Administration by law (依法行政)"
router = APIRouter(prefix="/service-requests", tags=[TAG])
WORKFLOW = problems(*AUTHED, 404, 409, 412, 422)


async def _single(response: Response, session: Session, request: object) -> ServiceRequestRead:
    read = await views.to_read(session, request)  # type: ignore[arg-type]
    set_etag(response, read.version)
    return read


@router.get(
    "",
    operation_id="listServiceRequests",
    summary="List service requests in the caller's area",
    response_model=Page[ServiceRequestRead],
    responses=problems(*AUTHED),
)
@lane
async def list_service_requests(
    request: Request,
    principal: Reads("services:read"),
    today: Today,
    where: Annotated[request_reads.RequestFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    if where.updated_since is None:
        return await request_reads.REQUESTS.page(
            principal, limit=limit, cursor=cursor, context=today, where=where, today=today
        )
    async with request_session(request) as session:
        page = await request_reads.changes_page(
            session, request.app.state.settings, principal, where, today=today, limit=limit, cursor=cursor
        )
    return JSONResponse(page.model_dump(mode="json"))


@router.get(
    "/overdue",
    operation_id="listOverdueServiceRequests",
    summary="Open requests past their legal due date (超期)",
    response_model=Page[ServiceRequestRead],
    responses=problems(*AUTHED),
)
@lane
async def list_overdue_service_requests(
    principal: Reads("services:read"),
    today: Today,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    where = request_reads.RequestFilters(overdue=True)
    return await request_reads.REQUESTS.page(
        principal, limit=limit, cursor=cursor, context=today, where=where, today=today
    )


@router.get(
    "/statistics",
    operation_id="getServiceRequestStatistics",
    summary="Per service type and community: count, on-time rate, median working days",
    response_model=list[ServiceStatisticsRow],
    responses=problems(*AUTHED),
)
async def get_service_request_statistics(
    session: Session,
    principal: Requires("services:read"),
    submitted_from: Annotated[IsoDate | None, Query()] = None,
    submitted_to: Annotated[IsoDate | None, Query()] = None,
) -> list[ServiceStatisticsRow]:
    return await service_statistics.statistics(
        session, principal, submitted_from=submitted_from, submitted_to=submitted_to
    )


@router.post(
    "",
    operation_id="fileServiceRequest",
    summary="File a request for a resident or family with the materials provided",
    status_code=status.HTTP_201_CREATED,
    response_model=ServiceRequestRead,
    responses=problems(*AUTHED, 404),
)
async def file_service_request(
    body: ServiceRequestCreate,
    response: Response,
    session: Session,
    principal: Requires("services:process"),
    today: Today,
) -> ServiceRequestRead:
    request = await request_service.file_request(session, principal, body, today=today)
    response.headers["Location"] = f"/api/v1/service-requests/{request.id}"
    return await _single(response, session, request)


@router.get(
    "/{request_id}",
    operation_id="getServiceRequest",
    summary="Read a service request",
    response_model=ServiceRequestRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_service_request(request_id: IdPath, principal: Reads("services:read")) -> Any:
    # ``overdue`` on the office's date, as the session path judged it.
    return await request_reads.REQUESTS.one(principal, request_id, context=local_today())


@router.get(
    "/{request_id}/notification-letter.pdf",
    operation_id="getServiceRequestNotificationLetter",
    summary="The one-time notification letter of a returned request (PDF): every missing material at once",
    response_class=Response,
    responses=pdf_responses(409),
)
async def notification_letter(
    request_id: IdPath, session: Session, principal: Requires("services:read")
) -> Response:
    document = await request_documents.notification_letter(session, principal, request_id, at=now())
    return await pdf_response(document, f"notification-letter-{request_id}.pdf")


@router.get(
    "/{request_id}/receipt.pdf",
    operation_id="getServiceRequestReceipt",
    summary="The acceptance receipt (PDF): tracking code, due date, whether the due date is provisional",
    response_class=Response,
    responses=pdf_responses(409),
)
async def acceptance_receipt(
    request_id: IdPath, session: Session, settings: SettingsDep, principal: Requires("services:read")
) -> Response:
    document = await request_documents.acceptance_receipt(session, settings, principal, request_id, at=now())
    return await pdf_response(document, f"receipt-{request_id}.pdf")


async def _present(session: Session, request: ServiceRequest) -> ServiceRequestRead:
    return await views.to_read(session, request)


steps = StepRoutes(
    router, "request_id", ServiceRequestRead, _present, SERVICE_REQUEST_WORKFLOW, responses=WORKFLOW
)
steps.post(
    "forward",
    "forwardServiceRequest",
    "Community pre-check (预审) of a street-level service, forwarded to the street",
    request_steps.forward_request,
)
steps.post(
    "accept",
    "acceptServiceRequest",
    "Accept (受理) at the type's accepting level; an instant (即办) type completes at once",
    request_steps.accept_request,
)
steps.post(
    "return",
    "returnServiceRequest",
    "Return for correction (补正) once, listing every missing item",
    request_steps.return_request,
    ServiceRequestReturn | None,
)
steps.post(
    "resubmit",
    "resubmitServiceRequest",
    "Bring corrections to the same return (补正); the clock restarts once nothing listed is missing",
    request_steps.resubmit_request,
    ServiceRequestResubmit,
)
steps.post(
    "complete",
    "completeServiceRequest",
    "Complete (办结) an accepted request and issue its number",
    request_steps.complete_request,
)
steps.post(
    "reject",
    "rejectServiceRequest",
    "Reject a request with the reason the applicant is told",
    request_steps.reject_request,
    ServiceRequestReject,
)
