"""Report forms and the streets' reports on the fast read path.

A form is seen by its district and everything beneath it (``form_scope``); a report by its street
and the district above it (``org_id_scope`` on the report's street, as every step's
``get_report`` uses it): a community or unit sees none. A report's row carries the names a list
screen shows (the form's code and name, the street's name) and whether it was first submitted after
its due date; its versions are read with the report itself (``GET /period-reports/{id}``).
"""

from __future__ import annotations

from typing import Annotated, Any

from sqlalchemy import and_, func, select

from app.list_filters import Equals, ListFilters
from app.models.core.org import Org
from app.models.leadership.period_report import PeriodReport, PeriodReportStatus, ReportForm
from app.read_path import ReadPath
from app.schemas.common import DbId, IsoDate
from app.schemas.leadership.period_report import PeriodReportRow, ReportFormRead
from app.services.leadership.scope import form_scope, report_scope

FORMS = ReadPath(model=ReportForm, schema=ReportFormRead, scope=form_scope, label="Report form")


def _form(column: Any) -> Any:
    return (
        select(column).where(ReportForm.id == PeriodReport.form_id).correlate(PeriodReport).scalar_subquery()
    )


class ReportFilters(ListFilters):
    """The period report list's query parameters."""

    form_id: Annotated[DbId | None, Equals(PeriodReport.form_id)] = None
    period_start: Annotated[IsoDate | None, Equals(PeriodReport.period_start)] = None
    status: Annotated[PeriodReportStatus | None, Equals(PeriodReport.status)] = None
    org_id: Annotated[DbId | None, Equals(PeriodReport.org_id)] = None


REPORTS = ReadPath(
    model=PeriodReport,
    schema=PeriodReportRow,
    scope=report_scope,
    label="Period report",
    columns={
        "form_code": _form(ReportForm.code),
        "form_name_zh": _form(ReportForm.name_zh),
        "org_name": select(Org.name)
        .where(Org.id == PeriodReport.org_id)
        .correlate(PeriodReport)
        .scalar_subquery(),
        "late": func.coalesce(
            and_(
                PeriodReport.first_submitted_on.is_not(None),
                PeriodReport.first_submitted_on > PeriodReport.due_on,
            ),
            False,
        ),
    },
    filters=ReportFilters,
)
