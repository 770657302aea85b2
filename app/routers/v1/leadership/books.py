"""Target responsibility books (目标管理责任书), the indicator catalogue, and a book's progress."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.clock import Today, now
from app.deps import CursorQuery, IdPath, IfMatch, LimitQuery, Reads, Requires, Session, set_etag
from app.documents.responses import pdf_response, pdf_responses
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, IsoDate, problems
from app.schemas.leadership.book import (
    BookAmend,
    BookAmendmentRead,
    BookCopy,
    BookCopyResult,
    BookCreate,
    BookIndicatorRead,
    BookRead,
    BookSign,
    BookUpdate,
    IndicatorCreate,
    IndicatorRead,
    ReportedValue,
)
from app.schemas.leadership.progress import BookProgress
from app.services.leadership import book_documents, book_reads, templates
from app.services.leadership import books as book_service
from app.services.leadership import indicators as indicator_service
from app.services.leadership import progress as progress_service
from app.services.leadership.books import BOOK_WORKFLOW
from app.step_routes import StepRoutes, step_principal

TAG = "Leadership · Responsibility books (目标管理责任制)"
router = APIRouter(tags=[TAG])

Reader = Requires("books:read")
Writer = Requires("books:write")
STEP = problems(*AUTHED, 404, 409, 412)


@router.get(
    "/indicators",
    operation_id="listIndicators",
    summary="The indicator catalogue, with whether each computed indicator can be computed yet",
    response_model=list[IndicatorRead],
    responses=problems(*AUTHED),
)
@lane
async def list_indicators(principal: Reads("books:read")) -> Any:
    return await book_reads.CATALOGUE.all(principal)


@router.post(
    "/indicators",
    operation_id="createIndicator",
    summary="Add an indicator to the catalogue",
    status_code=status.HTTP_201_CREATED,
    response_model=IndicatorRead,
    responses=problems(*AUTHED, 409),
)
async def create_indicator(
    body: IndicatorCreate,
    response: Response,
    session: Session,
    principal: Requires("indicators:write"),
) -> IndicatorRead:
    indicator = await indicator_service.create_indicator(session, principal, body)
    response.headers["Location"] = f"/api/v1/indicators/{indicator.id}"
    return indicator_service.to_read(indicator)


@router.get(
    "/responsibility-books",
    operation_id="listResponsibilityBooks",
    summary="Books of the caller's area (a community or unit sees its own)",
    response_model=Page[BookRead],
    responses=problems(*AUTHED),
)
@lane
async def list_books(
    principal: Reads("books:read"),
    where: Annotated[book_reads.BookFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await book_reads.BOOKS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/responsibility-books",
    operation_id="createResponsibilityBook",
    summary="Draft a book for a community or unit of the street",
    status_code=status.HTTP_201_CREATED,
    response_model=BookRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_book(body: BookCreate, response: Response, session: Session, principal: Writer) -> BookRead:
    book = await book_service.create_book(session, principal, body)
    response.headers["Location"] = f"/api/v1/responsibility-books/{book.id}"
    set_etag(response, book.version)
    return await book_service.to_read(session, book)


@router.post(
    "/responsibility-books/copies",
    operation_id="copyResponsibilityBook",
    summary="Template: copy a book (last year's) to every community and unit of its street",
    status_code=status.HTTP_201_CREATED,
    response_model=BookCopyResult,
    responses=problems(*AUTHED, 404),
)
async def copy_book(body: BookCopy, session: Session, principal: Writer) -> BookCopyResult:
    created, skipped = await templates.copy_to_street(session, principal, body)
    return BookCopyResult(created=await book_service.to_reads(session, created), skipped_org_ids=skipped)


@router.get(
    "/responsibility-books/{book_id}",
    operation_id="getResponsibilityBook",
    summary="One book with its indicators",
    response_model=BookRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_book(book_id: IdPath, principal: Reads("books:read")) -> Any:
    return await book_reads.BOOKS.one(principal, book_id)


@router.get(
    "/responsibility-books/{book_id}/book.pdf",
    operation_id="getResponsibilityBookDocument",
    summary="The book for signing (PDF): indicators, weights, veto items, signature blocks",
    response_class=Response,
    responses=pdf_responses(),
)
async def book_document(book_id: IdPath, session: Session, principal: Reader) -> Response:
    document = await book_documents.book_document(session, principal, book_id, at=now())
    return await pdf_response(document, f"responsibility-book-{book_id}.pdf")


@router.patch(
    "/responsibility-books/{book_id}",
    operation_id="updateResponsibilityBook",
    summary="Edit a draft book (a signed one changes only by amendment)",
    response_model=BookRead,
    responses=STEP,
)
async def update_book(
    book_id: IdPath,
    body: BookUpdate,
    response: Response,
    session: Session,
    principal: Writer,
    if_match: IfMatch,
) -> BookRead:
    book = await book_service.update_draft(session, principal, book_id, body, if_match)
    set_etag(response, book.version)
    return await book_service.to_read(session, book)


@router.get(
    "/responsibility-books/{book_id}/indicators",
    operation_id="listBookIndicators",
    summary="A book's indicators: weights, targets, veto flags, reported values",
    response_model=list[BookIndicatorRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_book_indicators(book_id: IdPath, principal: Reads("books:read")) -> Any:
    return await book_reads.book_indicators(principal, book_id)


steps = StepRoutes(
    router,
    "book_id",
    BookRead,
    book_service.to_read,
    BOOK_WORKFLOW,
    responses=STEP,
    prefix="/responsibility-books",
)
steps.post("sign", "signResponsibilityBook", "Sign (lock) the book", book_service.sign_book, BookSign)


@router.post(
    "/responsibility-books/{book_id}/amendments",
    operation_id="amendResponsibilityBook",
    summary="Amend a signed book by a recorded amendment",
    status_code=status.HTTP_201_CREATED,
    response_model=BookAmendmentRead,
    responses=STEP,
)
async def amend_book(
    book_id: IdPath,
    body: BookAmend,
    session: Session,
    principal: step_principal(BOOK_WORKFLOW, "amend", "amendResponsibilityBook"),
    if_match: IfMatch,
) -> BookAmendmentRead:
    return BookAmendmentRead.model_validate(
        await book_service.amend_book(session, principal, book_id, body, if_match)
    )


@router.get(
    "/responsibility-books/{book_id}/amendments",
    operation_id="listBookAmendments",
    summary="A book's amendments, oldest first",
    response_model=list[BookAmendmentRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_amendments(book_id: IdPath, principal: Reads("books:read")) -> Any:
    await book_reads.BOOK_SEEN.one(principal, book_id)
    return await book_reads.AMENDMENTS.all(principal, book_id=book_id)


@router.post(
    "/responsibility-books/{book_id}/indicators/{book_indicator_id}/report",
    operation_id="reportBookIndicator",
    summary="Report a reported indicator's value with evidence",
    response_model=BookRead,
    responses=problems(*AUTHED, 404, 409),
)
async def report_value(
    book_id: IdPath,
    book_indicator_id: IdPath,
    body: ReportedValue,
    session: Session,
    principal: step_principal(BOOK_WORKFLOW, "report_value", "reportBookIndicator"),
) -> BookRead:
    book = await book_service.report_value(session, principal, book_id, book_indicator_id, body)
    return await book_service.to_read(session, book)


@router.get(
    "/responsibility-books/{book_id}/progress",
    operation_id="getBookProgress",
    summary="Each indicator's value as of a date, its score and the veto state",
    response_model=BookProgress,
    responses=problems(*AUTHED, 404),
)
async def book_progress(
    book_id: IdPath,
    session: Session,
    principal: Reader,
    today: Today,
    as_of: Annotated[IsoDate | None, Query(description="Default: today")] = None,
) -> BookProgress:
    return await progress_service.book_progress(session, principal, book_id, as_of or today)
