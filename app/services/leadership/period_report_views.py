"""What the street and the district see of the periodic reports: a report with every version, the list,
who submitted a period's report (late and missing ones), and the roll-up of what was accepted.

Every read is scoped by ``org_id_scope`` on the report's street (the street its own, the district
its streets', a community or unit nothing); the submissions view and the roll-up list the streets
in the caller's subtree, so a street sees only its own line.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, org_scope
from app.models.core.org import Org, OrgKind
from app.models.leadership.period_report import (
    PeriodReport,
    PeriodReportVersion,
    ReportForm,
)
from app.reasons import localize_row
from app.schemas.leadership.period_report import (
    PeriodReportRead,
    PeriodReportRow,
    PeriodReportVersionRead,
    Rollup,
    RollupStreet,
    Submission,
    Submissions,
)
from app.services.leadership.period_report_values import roll_up
from app.services.leadership.period_reports import REPORT_WORKFLOW, due_date, get_report, versions_of
from app.services.leadership.report_forms import get_form, period_end
from app.services.leadership.scope import org_id_scope


def _rows_stmt() -> Select[Any]:
    return (
        select(PeriodReport, ReportForm.code, ReportForm.name_zh, Org.name)
        .join(ReportForm, ReportForm.id == PeriodReport.form_id)
        .join(Org, Org.id == PeriodReport.org_id)
    )


def _row(report: PeriodReport, form_code: str, form_name: str, org_name: str) -> dict[str, Any]:
    late = report.first_submitted_on is not None and report.first_submitted_on > report.due_on
    return {
        **{c: getattr(report, c) for c in PeriodReportRow.model_fields if hasattr(report, c)},
        "form_code": form_code,
        "form_name_zh": form_name,
        "org_name": org_name,
        "late": late,
    }


async def present(session: AsyncSession, report: PeriodReport) -> PeriodReportRead:
    """The report with every version, oldest first, and the steps its state allows."""
    form_code, form_name, org_name = (
        await session.execute(
            select(ReportForm.code, ReportForm.name_zh, Org.name)
            .join(Org, Org.id == report.org_id)
            .where(ReportForm.id == report.form_id)
        )
    ).one()
    versions = await versions_of(session, [report.id])
    return PeriodReportRead.model_validate(
        {
            **_row(report, form_code, form_name, org_name),
            "next_steps": REPORT_WORKFLOW.allowed(report.status),
            "versions": [_version(v) for v in versions],
        }
    )


def _version(v: PeriodReportVersion) -> PeriodReportVersionRead:
    """A stored version; each figure's reason rendered in the reader's language from its code (a
    value stored before the codes shows its text as stored)."""
    row = {c: getattr(v, c) for c in PeriodReportVersionRead.model_fields}
    row["values"] = [dict(value) for value in v.values]
    for value in row["values"]:
        localize_row(value)
    return PeriodReportVersionRead.model_validate(row, from_attributes=False)


async def read_report(session: AsyncSession, principal: Principal, report_id: int) -> PeriodReportRead:
    return await present(session, await get_report(session, principal, report_id))


async def _streets(session: AsyncSession, principal: Principal, district_id: int) -> list[tuple[int, str]]:
    """The streets of the form's district in the caller's subtree (a street: itself)."""
    return [
        (row.id, row.name)
        for row in (
            await session.execute(
                select(Org.id, Org.name)
                .where(Org.parent_id == district_id, Org.kind == OrgKind.street, org_scope(principal))
                .order_by(Org.id)
            )
        ).all()
    ]


async def _period_reports(
    session: AsyncSession, principal: Principal, form: ReportForm, start: date
) -> dict[int, PeriodReport]:
    return {
        r.org_id: r
        for r in (
            await session.execute(
                select(PeriodReport).where(
                    PeriodReport.form_id == form.id,
                    PeriodReport.period_start == start,
                    org_id_scope(PeriodReport.org_id, principal),
                )
            )
        ).scalars()
    }


async def submissions(
    session: AsyncSession, principal: Principal, form_id: int, start: date, today: date
) -> Submissions:
    """Who has submitted the period's report: late and missing ones, against the due date."""
    form = await get_form(session, principal, form_id)
    end = period_end(form.period_kind, start)
    due = await due_date(session, end, form.deadline_working_days)
    reports = await _period_reports(session, principal, form, start)
    rows = []
    for org_id, name in await _streets(session, principal, form.district_id):
        report = reports.get(org_id)
        first = report.first_submitted_on if report else None
        rows.append(
            Submission(
                org_id=org_id,
                org_name=name,
                report_id=report.id if report else None,
                status=report.status if report else None,
                first_submitted_on=first,
                submitted=first is not None,
                late=(first > due) if first is not None else today > due,
                missing=first is None and today > due,
            )
        )
    return Submissions(
        form_id=form.id,
        period_start=start,
        period_end=end,
        due_on=due,
        streets=len(rows),
        submitted=sum(r.submitted for r in rows),
        accepted=sum(
            1
            for r in reports.values()
            if r.accepted_version is not None and r.org_id in {x.org_id for x in rows}
        ),
        late=sum(r.late for r in rows),
        missing=sum(r.missing for r in rows),
        rows=rows,
    )


async def rollup(session: AsyncSession, principal: Principal, form_id: int, start: date) -> Rollup:
    """The sum of what the district accepted for the period (each street's last accepted version),
    never the live records."""
    form = await get_form(session, principal, form_id)
    end = period_end(form.period_kind, start)
    reports = await _period_reports(session, principal, form, start)
    streets = await _streets(session, principal, form.district_id)
    accepted_ids = {r.id: r for r in reports.values() if r.accepted_version is not None}
    accepted_values: dict[int, list[dict[str, Any]]] = {}
    if accepted_ids:
        for version in await versions_of(session, list(accepted_ids)):
            if version.number == accepted_ids[version.report_id].accepted_version:
                accepted_values[accepted_ids[version.report_id].org_id] = version.values
    counted = [(org_id, name) for org_id, name in streets if org_id in accepted_values]
    return Rollup(
        form_id=form.id,
        form_code=form.code,
        form_name_zh=form.name_zh,
        period_kind=form.period_kind,
        period_start=start,
        period_end=end,
        due_on=await due_date(session, end, form.deadline_working_days),
        accepted_streets=[
            RollupStreet(
                org_id=org_id,
                org_name=name,
                report_id=reports[org_id].id,
                accepted_version=reports[org_id].accepted_version or 0,
            )
            for org_id, name in counted
        ],
        not_accepted_org_ids=[org_id for org_id, _ in streets if org_id not in accepted_values],
        items=roll_up(form, [(org_id, accepted_values[org_id]) for org_id, _ in counted]),
    )
