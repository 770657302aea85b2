"""Evidence files (佐证材料): the invoices, receipts and signed documents records attach."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request, Response, status

from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.leadership.safeguards import EvidenceFileRead
from app.services.leadership import budget_reads, evidence_files
from app.services.leadership.budgets import row
from app.services.leadership.safeguard_permissions import READ

router = APIRouter(prefix="/evidence-files", tags=["Leadership · Safeguards (保障措施)"])

_BINARY = {"schema": {"type": "string", "format": "binary"}}


@router.post(
    "",
    operation_id="uploadEvidenceFile",
    summary="Upload a file (PDF, JPEG or PNG) that a spending entry or an institution attaches",
    description="The request body is the file itself, sent as application/octet-stream (its type, PDF, "
    "JPEG or PNG, is read from its first bytes) or with its own Content-Type (application/pdf, "
    "image/jpeg or image/png; any other Content-Type is 415). Bytes that are none of the three, or not "
    "the type named, are 422. Up to FPW_EVIDENCE_MAX_BYTES (10 MiB by default; beyond it 413). The "
    "file belongs to the caller's org and is kept as uploaded, with its SHA-256; attach it by its id "
    "(`evidence_file_id` of a spending, `file_id` of an institution).",
    status_code=status.HTTP_201_CREATED,
    response_model=EvidenceFileRead,
    responses=problems(*AUTHED, 413, 415, 422),
    openapi_extra={
        "requestBody": {
            "required": True,
            # one binary type in the document: generated clients (openapi-python-client) take
            # application/octet-stream bodies, not image/* ones; the server takes the three as well
            "content": {"application/octet-stream": _BINARY},
        }
    },
)
async def upload(
    request: Request,
    response: Response,
    session: Session,
    principal: Requires("evidence:upload"),
    filename: Annotated[str, Query(min_length=1, max_length=200, description="The file's name as shown")],
) -> Any:
    stored = await evidence_files.upload(
        session,
        principal,
        body=await request.body(),
        content_type=request.headers.get("content-type", ""),
        filename=filename,
    )
    response.headers["Location"] = f"/api/v1/evidence-files/{stored.id}"
    return await row(session, budget_reads.FILES, stored.id)


@router.get(
    "",
    operation_id="listEvidenceFiles",
    summary="Evidence files the caller sees, newest first",
    response_model=Page[EvidenceFileRead],
    responses=problems(*AUTHED),
)
@lane
async def list_files(
    principal: Reads(READ), limit: LimitQuery = DEFAULT_LIMIT, cursor: CursorQuery = None
) -> Any:
    return await budget_reads.FILES.page(principal, limit=limit, cursor=cursor)


@router.get(
    "/{file_id}",
    operation_id="getEvidenceFile",
    summary="Read what is known of an evidence file (name, type, size, SHA-256)",
    response_model=EvidenceFileRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_file(file_id: IdPath, principal: Reads(READ)) -> Any:
    return await budget_reads.FILES.one(principal, file_id)


@router.get(
    "/{file_id}/content",
    operation_id="getEvidenceFileContent",
    summary="Download an evidence file's bytes, as uploaded",
    description="Always `application/octet-stream` with `Content-Disposition: attachment` (an uploaded "
    "file is downloaded, never rendered by the API's origin); its own type (`content_type`), size and "
    "SHA-256 are in `GET /evidence-files/{file_id}`.",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": _BINARY}}, **problems(*AUTHED, 404)},
)
async def get_content(file_id: IdPath, session: Session, principal: Reads(READ)) -> Response:
    stored = await evidence_files.content(session, principal, file_id)
    disposition = f"attachment; filename*=UTF-8''{quote(stored.filename)}"
    return Response(
        stored.content,
        media_type="application/octet-stream",
        headers={"Content-Disposition": disposition, "X-Content-Type-Options": "nosniff"},
    )
