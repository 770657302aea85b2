"""Periodic reports (统计报表): the district's forms, the streets' reports and their steps, the
district's view of who submitted and the roll-up of what it accepted (JSON or XLSX)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, IsoDate, problems
from app.schemas.leadership.period_report import (
    PeriodReportCreate,
    PeriodReportRead,
    PeriodReportRow,
    ReportAmend,
    ReportFormCreate,
    ReportFormRead,
    ReportReturn,
    ReportRevise,
    ReportSign,
    Rollup,
    Submissions,
)
from app.services.leadership import (
    period_report_exports,
    period_report_reads,
    period_report_views,
    report_forms,
)
from app.services.leadership import period_reports as report_service
from app.services.leadership.period_reports import REPORT_WORKFLOW
from app.step_routes import StepRoutes

TAG = "Leadership · Periodic reports (统计报表)"
router = APIRouter(tags=[TAG])

Reader = Requires("reports:read")
Preparer = Requires("reports:prepare")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FormId = Annotated[int, Query(ge=1, le=2**63 - 1, description="The report form")]
PeriodStart = Annotated[IsoDate, Query(description="First day of the period")]


@router.post(
    "/report-forms",
    operation_id="createReportForm",
    summary="The district defines a report form: its period, figures and deadline",
    status_code=status.HTTP_201_CREATED,
    response_model=ReportFormRead,
    responses=problems(*AUTHED, 409),
)
async def create_form(
    body: ReportFormCreate,
    response: Response,
    session: Session,
    principal: Requires("report-forms:write"),
) -> ReportFormRead:
    form = await report_forms.create_form(session, principal, body)
    response.headers["Location"] = f"/api/v1/report-forms/{form.id}"
    set_etag(response, form.version)
    return report_forms.to_read(form)


@router.get(
    "/report-forms",
    operation_id="listReportForms",
    summary="The report forms of the caller's district",
    response_model=list[ReportFormRead],
    responses=problems(*AUTHED),
)
@lane
async def list_forms(principal: Reads("reports:read")) -> Any:
    return await period_report_reads.FORMS.all(principal)


@router.get(
    "/report-forms/{form_id}",
    operation_id="getReportForm",
    summary="One report form",
    response_model=ReportFormRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_form(form_id: IdPath, principal: Reads("reports:read")) -> Any:
    return await period_report_reads.FORMS.one(principal, form_id)


@router.post(
    "/period-reports",
    operation_id="preparePeriodReport",
    summary="The street prepares its report for an ended period from the records (version 1)",
    status_code=status.HTTP_201_CREATED,
    response_model=PeriodReportRead,
    responses=problems(*AUTHED, 404, 409),
)
async def prepare(
    body: PeriodReportCreate, response: Response, session: Session, principal: Preparer
) -> PeriodReportRead:
    report = await report_service.prepare(session, principal, body)
    response.headers["Location"] = f"/api/v1/period-reports/{report.id}"
    set_etag(response, report.version)
    return await period_report_views.present(session, report)


@router.get(
    "/period-reports",
    operation_id="listPeriodReports",
    summary="Reports of the caller's area (a street its own, the district its streets')",
    response_model=Page[PeriodReportRow],
    responses=problems(*AUTHED),
)
@lane
async def list_reports(
    principal: Reads("reports:read"),
    where: Annotated[period_report_reads.ReportFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await period_report_reads.REPORTS.page(principal, limit=limit, cursor=cursor, where=where)


@router.get(
    "/period-reports/submissions",
    operation_id="getPeriodReportSubmissions",
    summary="Who submitted a period's report: each street's state, late and missing ones",
    response_model=Submissions,
    responses=problems(*AUTHED, 404),
)
async def submissions(
    session: Session, principal: Reader, today: Today, form_id: FormId, period_start: PeriodStart
) -> Submissions:
    return await period_report_views.submissions(session, principal, form_id, period_start, today)


@router.get(
    "/period-reports/rollup",
    operation_id="getPeriodReportRollup",
    summary="The period's roll-up: the sum of the accepted reports (format=json|xlsx), in the form's layout",
    response_model=Rollup,
    responses={**problems(*AUTHED, 404), 200: {"content": {XLSX: {}}}},
)
async def rollup(
    session: Session,
    principal: Reader,
    form_id: FormId,
    period_start: PeriodStart,
    format: Annotated[Literal["json", "xlsx"], Query()] = "json",  # noqa: A002
) -> Rollup | Response:
    result = await period_report_views.rollup(session, principal, form_id, period_start)
    if format == "xlsx":
        return Response(
            period_report_exports.rollup_xlsx(result),
            media_type=XLSX,
            headers={"Content-Disposition": f'attachment; filename="{result.form_code}-{period_start}.xlsx"'},
        )
    return result


@router.get(
    "/period-reports/{report_id}",
    operation_id="getPeriodReport",
    summary="One report with every version (prepared, revised, amended), oldest first",
    response_model=PeriodReportRead,
    responses=problems(*AUTHED, 404),
)
async def get_report(
    report_id: IdPath, response: Response, session: Session, principal: Reader
) -> PeriodReportRead:
    read = await period_report_views.read_report(session, principal, report_id)
    set_etag(response, read.version)
    return read


steps_router = APIRouter(prefix="/period-reports", tags=[TAG])
steps = StepRoutes(
    steps_router,
    "report_id",
    PeriodReportRead,
    period_report_views.present,
    REPORT_WORKFLOW,
    responses=problems(*AUTHED, 404, 409, 412),
)
steps.post(
    "revise",
    "revisePeriodReport",
    "Revise a prepared or returned report: read the records again, or correct figures (a new version)",
    report_service.revise,
    ReportRevise,
)
steps.post(
    "submit",
    "submitPeriodReport",
    "Sign and submit the current version to the district (prepared → submitted)",
    report_service.submit,
    ReportSign,
)
steps.post(
    "accept",
    "acceptPeriodReport",
    "The district accepts the submitted version (→ accepted; the roll-up counts it)",
    report_service.accept,
)
steps.post(
    "return",
    "returnPeriodReport",
    "The district returns the submitted version with its reasons (→ returned)",
    report_service.return_report,
    ReportReturn,
)
steps.post(
    "amend",
    "amendPeriodReport",
    "Correct an accepted report: a new signed version with its reason, submitted again",
    report_service.amend,
    ReportAmend,
)
router.include_router(steps_router)
