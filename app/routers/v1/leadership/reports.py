"""The dashboard and the annual report (JSON, CSV with BOM, XLSX with charts, PDF with charts)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query, Response

from app.clock import Today, now
from app.deps import IdQuery, Requires, Session
from app.documents.responses import pdf_response, pdf_responses
from app.routers.v1.leadership.books import TAG
from app.schemas.common import AUTHED, problems
from app.schemas.leadership.report import AnnualReport, Dashboard
from app.services.leadership import exports, report_documents
from app.services.leadership import reports as report_service

router = APIRouter(prefix="/reports", tags=[TAG])

Reader = Requires("reports:read")
Year = Annotated[int, Query(ge=2000, le=2100, description="A year that has begun: not after this year")]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get(
    "/dashboard",
    operation_id="getDashboard",
    summary="Indicators and per-task monthly counts for an org of the caller's area, against last year",
    response_model=Dashboard,
    responses=problems(*AUTHED, 404),
)
async def dashboard(
    session: Session, principal: Reader, today: Today, year: Year, org_id: IdQuery = None
) -> Dashboard:
    return await report_service.dashboard(session, principal, org_id=org_id, year=year, today=today)


@router.get(
    "/annual.pdf",
    operation_id="getAnnualReportDocument",
    summary="The year's report as a PDF with its charts (trends, comparison, coverage, evaluations)",
    response_class=Response,
    responses=pdf_responses(),
)
async def annual_report_document(
    session: Session, principal: Reader, today: Today, year: Year, org_id: IdQuery = None
) -> Response:
    report = await report_service.annual_report(session, principal, org_id=org_id, year=year, today=today)
    document = report_documents.report_document(report, at=now())
    return await pdf_response(document, f"annual-report-{report.org_id}-{year}.pdf")


@router.get(
    "/annual",
    operation_id="getAnnualReport",
    summary="The year's report: sections with figures, evaluations, trends (format=json|csv|xlsx or Accept)",
    response_model=AnnualReport,
    responses={**problems(*AUTHED, 404), 200: {"content": {"text/csv": {}, XLSX: {}}}},
)
async def annual_report(
    session: Session,
    principal: Reader,
    today: Today,
    year: Year,
    org_id: IdQuery = None,
    format: Annotated[Literal["json", "csv", "xlsx"] | None, Query()] = None,  # noqa: A002
    accept: Annotated[str | None, Header()] = None,
) -> AnnualReport | Response:
    report = await report_service.annual_report(session, principal, org_id=org_id, year=year, today=today)
    chosen = format or (
        "xlsx" if accept and XLSX in accept else "csv" if accept and "text/csv" in accept else "json"
    )
    filename = f"annual-report-{report.org_id}-{year}"
    if chosen == "csv":
        return Response(
            exports.to_csv(report),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{filename}.csv"'},
        )
    if chosen == "xlsx":
        return Response(
            exports.to_xlsx(report),
            media_type=XLSX,
            headers={"Content-Disposition": f'attachment; filename="{filename}.xlsx"'},
        )
    return report
