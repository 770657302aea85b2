"""Public notices (公示) of benefit rosters and objections to them (Task 3, with Task 8 sunshine).

``GET /public/notices`` and ``POST /public-notices/{id}/objections`` need no sign-in.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response, status

from app.client_address import ClientAddress
from app.clock import Today, now
from app.deps import CursorQuery, IdPath, LimitQuery, PageParams, Requires, Session, SettingsDep
from app.documents.responses import pdf_response, pdf_responses
from app.models.benefits.notice import ObjectionStatus
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.routers.v1.benefits.programs import TAG
from app.schemas.benefits.benefit_ops import (
    NoticePublic,
    ObjectionCreate,
    ObjectionFiled,
    ObjectionOutcome,
    ObjectionRead,
    ObjectionResolve,
)
from app.schemas.common import AUTHED, problems
from app.services.benefits import notice_documents, notice_reads
from app.services.benefits import public_notices as notice_service
from app.services.benefits.public_notices import OBJECTION_WORKFLOW
from app.step_routes import step_principal

public_router = APIRouter(prefix="/public", tags=[TAG])
router = APIRouter(prefix="/public-notices", tags=[TAG])


@public_router.get(
    "/notices",
    operation_id="listPublicNotices",
    summary="Published benefit rosters: masked names, community and program (no sign-in)",
    response_model=Page[NoticePublic],
    responses=problems(422),
)
@lane
async def list_public_notices(
    today: Today,
    where: Annotated[notice_reads.NoticeFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await notice_reads.public_notices_page(today=today, where=where, limit=limit, cursor=cursor)


@router.post(
    "/{notice_id}/objections",
    operation_id="fileNoticeObjection",
    summary="Object to a case on a notice during its window (no sign-in; rate limited)",
    status_code=status.HTTP_201_CREATED,
    response_model=ObjectionFiled,
    responses=problems(404, 409, 422, 429),
)
async def file_objection(
    notice_id: IdPath,
    body: ObjectionCreate,
    address: ClientAddress,
    response: Response,
    session: Session,
    settings: SettingsDep,
    today: Today,
) -> ObjectionFiled:
    objection = await notice_service.file_objection(
        session,
        settings,
        notice_id=notice_id,
        entry_id=body.entry_id,
        reason=body.reason,
        contact=body.contact,
        client_address=address,
        today=today,
    )
    response.headers["Location"] = f"/api/v1/public-notices/{notice_id}/objections/{objection.id}"
    return ObjectionFiled.model_validate(objection)


@router.get(
    "/{notice_id}/objections",
    operation_id="listNoticeObjections",
    summary="Objections to cases on a notice, within the caller's area",
    response_model=Page[ObjectionRead],
    responses=problems(*AUTHED),
)
async def list_objections(
    notice_id: IdPath,
    session: Session,
    principal: Requires("benefits:read"),
    page: PageParams,
    settings: SettingsDep,
    status: Annotated[ObjectionStatus | None, Query()] = None,
) -> Page[ObjectionRead]:
    items, next_cursor = await notice_service.list_objections(
        session, principal, notice_id, status=status, limit=page.limit, cursor=page.cursor
    )
    reads = await notice_service.objection_reads(session, settings, principal, items)
    return Page(items=reads, next_cursor=next_cursor)


@router.post(
    "/{notice_id}/objections/{objection_id}/resolve",
    operation_id="resolveNoticeObjection",
    summary="Uphold (the case is rejected) or dismiss (it proceeds) an objection",
    response_model=ObjectionRead,
    responses=problems(*AUTHED, 404, 409),
)
async def resolve_objection(
    notice_id: IdPath,
    objection_id: IdPath,
    body: ObjectionResolve,
    session: Session,
    settings: SettingsDep,
    principal: step_principal(OBJECTION_WORKFLOW, "resolve", "resolveNoticeObjection"),
) -> ObjectionRead:
    objection = await notice_service.resolve_objection(
        session, principal, notice_id, objection_id, uphold=body.decision == "uphold", comment=body.comment
    )
    (read,) = await notice_service.objection_reads(session, settings, principal, [objection])
    return read


@public_router.get(
    "/objections/{tracking_code}",
    operation_id="getObjectionOutcome",
    summary="The outcome of an objection, for the objector holding the receipt's tracking code",
    response_model=ObjectionOutcome,
    responses=problems(404, 422),
)
@lane
async def objection_outcome(
    tracking_code: Annotated[str, Path(min_length=8, max_length=32, pattern=r"^[A-Za-z0-9_-]+$")],
) -> Any:
    return await notice_reads.outcome(tracking_code)


@router.get(
    "/{notice_id}/notice.pdf",
    operation_id="getPublicNoticeDocument",
    summary="The notice for the community's board (PDF): roster with masked names, window, how to object",
    response_class=Response,
    responses=pdf_responses(),
)
async def public_notice_document(
    notice_id: IdPath, session: Session, settings: SettingsDep, principal: Requires("benefits:read")
) -> Response:
    document = await notice_documents.notice_document(session, settings, principal, notice_id, at=now())
    return await pdf_response(document, f"notice-{notice_id}.pdf")
