"""Bulk import (批量导入): a district system's CSV or NDJSON of residents or migrants, as a job."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status

from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session
from app.models.migrants.imports import ImportFormat, ImportKind, ImportMode
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.migrants.imports import ImportRead
from app.services.migrants import import_reads
from app.services.migrants import imports as service

router = APIRouter(prefix="/imports", tags=["Platform: integration"])

Importer = Requires("imports:write")


@router.post(
    "",
    operation_id="createImport",
    summary="Upload a CSV (header row) or NDJSON file of residents or migrants; processed as a job",
    description="The request body is the file itself (Content-Type text/csv or application/x-ndjson), "
    "text in UTF-8 (with or without a BOM) or GB18030/GBK (what Excel on Chinese Windows saves as "
    "CSV), up to FPW_IMPORT_MAX_BYTES (64 MiB by default) and FPW_IMPORT_MAX_ROWS data rows "
    "(100,000 by default): either limit passed is 413. An XLSX/XLS/ZIP/gzip file is 415, never "
    "opened: save the sheet as CSV. A name, address or employer that starts like a spreadsheet "
    "formula (=, +, -, @) refuses its row (reported per row); nothing is ever evaluated. Rows are "
    "upserted by ID number; the same file twice changes nothing. Poll GET /imports/{id} for "
    "progress and the per-row report. A file is imported by one job at a time: while a job of the "
    "same file (same org and kind) is queued or running, another upload of it is 409 "
    "`import-in-progress` naming that job (`import_id`).",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=ImportRead,
    responses={
        **problems(*AUTHED, 409, 413, 415),
        413: {
            **problems(413)[413],
            "description": "Over FPW_IMPORT_MAX_BYTES (payload-too-large) or FPW_IMPORT_MAX_ROWS "
            "data rows (too-many-rows)",
        },
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        }
    },
)
async def create_import(
    request: Request,
    response: Response,
    session: Session,
    principal: Importer,
    kind: Annotated[ImportKind, Query()],
    mode: Annotated[ImportMode, Query()] = ImportMode.per_row,
    format: Annotated[ImportFormat | None, Query(description="Default: from the Content-Type")] = None,
) -> ImportRead:
    content_type = request.headers.get("content-type", "")
    fmt = format or (
        ImportFormat.ndjson if "ndjson" in content_type or "json" in content_type else ImportFormat.csv
    )
    job = await service.create_job(
        session,
        principal,
        kind=kind,
        fmt=fmt,
        mode=mode,
        body=await request.body(),
        max_rows=request.app.state.settings.import_max_rows,
    )
    response.headers["Location"] = f"/api/v1/imports/{job.id}"
    return ImportRead.model_validate(job)


@router.get(
    "",
    operation_id="listImports",
    summary="Imports of the caller's area, newest first",
    response_model=Page[ImportRead],
    responses=problems(*AUTHED),
)
@lane
async def list_imports(
    principal: Reads("imports:write"), limit: LimitQuery = DEFAULT_LIMIT, cursor: CursorQuery = None
) -> Any:
    return await import_reads.IMPORTS.page(principal, limit=limit, cursor=cursor)


@router.get(
    "/{import_id}",
    operation_id="getImport",
    summary="An import's progress (rows done of total) and, when finished, its per-row report",
    response_model=ImportRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_import(import_id: IdPath, principal: Reads("imports:write")) -> Any:
    return await import_reads.IMPORTS.one(principal, import_id)
