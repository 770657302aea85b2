"""A street's periodic report (统计报表): prepared from the records, reviewed, signed and submitted,
accepted or returned by the district, amended after acceptance, every version kept.

The street prepares its report once the period has ended: every figure of the form is read from the
live records for the period (so late entries dated in the period count) and stored as version 1.
While it reviews, a revision re-reads the records or corrects figures with a reason (a new version
each time). Submitting signs the current version. The district accepts it (the report's
``accepted_version``, which the roll-up sums) or returns it with its reasons; a returned report is
revised and submitted again. After acceptance, a correction is an amendment: a new version with its
reason, signed and submitted at once; the version accepted before stays in the roll-up until the
district accepts the amendment. No version is ever changed once submitted, nor deleted.

Scope: a report is the street's (``org_id``); the street sees its own, the district those of its
streets, a community or unit none (its street's reports are the street's business with the district).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.clock import local_today
from app.errors import Conflict, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.leadership.period_report import (
    PeriodReport,
    PeriodReportVersion,
    ReportDecision,
    ReportVersionKind,
)
from app.models.leadership.period_report import PeriodReportStatus as S
from app.schemas.leadership.period_report import ItemCorrection, PeriodReportCreate, ReportSignatory
from app.services.core.loading import one_or_404
from app.services.core.working_days import deadline
from app.services.leadership.period_report_values import corrected, read_values
from app.services.leadership.report_forms import get_form, period_end
from app.services.leadership.scope import org_id_scope
from app.workflow import Workflow, step

REPORT_WORKFLOW = Workflow(
    "period_report",
    S,
    [
        step(
            "revise",
            [S.prepared, S.returned],
            S.prepared,
            "reports:prepare",
            "with a reason: the figures read again from the records, or corrected; a new version",
            zh="修订",
            en="Revise",
        ),
        step(
            "submit",
            [S.prepared],
            S.submitted,
            "reports:prepare",
            "the preparer and the street's leader sign the current version",
            zh="签字报送",
            en="Sign and submit",
        ),
        step(
            "accept",
            [S.submitted],
            S.accepted,
            "reports:review",
            "the district accepts",
            zh="采用",
            en="Accept",
        ),
        step(
            "return",
            [S.submitted],
            S.returned,
            "reports:review",
            "with the reasons, for the street to revise and submit again",
            zh="退回",
            en="Return",
        ),
        step(
            "amend",
            [S.accepted],
            S.submitted,
            "reports:prepare",
            "a correction after acceptance: a new version with its reason, signed and submitted; "
            "the accepted one counts until the district accepts the amendment",
            zh="更正",
            en="Amend",
        ),
    ],
)


async def get_report(session: AsyncSession, principal: Principal, report_id: int) -> PeriodReport:
    return await one_or_404(
        session,
        select(PeriodReport).where(
            PeriodReport.id == report_id, org_id_scope(PeriodReport.org_id, principal)
        ),
        "Period report",
    )


async def versions_of(session: AsyncSession, report_ids: list[int]) -> list[PeriodReportVersion]:
    return list(
        (
            await session.execute(
                select(PeriodReportVersion)
                .where(PeriodReportVersion.report_id.in_(report_ids))
                .order_by(PeriodReportVersion.report_id, PeriodReportVersion.number)
            )
        ).scalars()
    )


async def _current(session: AsyncSession, report: PeriodReport) -> PeriodReportVersion:
    found = await session.scalar(
        select(PeriodReportVersion).where(
            PeriodReportVersion.report_id == report.id, PeriodReportVersion.number == report.current_version
        )
    )
    assert found is not None
    return found


async def _audit(
    session: AsyncSession, principal: Principal, report: PeriodReport, action: str, **detail: Any
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=f"period_report.{action}",
        object_type="period_report",
        object_id=report.id,
        scope_path=principal.org_path,
        detail={"version": report.current_version, **detail},
    )


async def due_date(session: AsyncSession, last_day: date, working_days: int) -> date:
    """The due date: ``working_days`` working days after the period's last day (core's calendar)."""
    return (await deadline(session, last_day, working_days)).on


async def prepare(session: AsyncSession, principal: Principal, data: PeriodReportCreate) -> PeriodReport:
    """The street prepares its report for an ended period from the records: version 1."""
    if principal.org_kind is not OrgKind.street:
        raise Unprocessable("A periodic report is prepared by a street", loc=["body"])
    form = await get_form(session, principal, data.form_id)
    if not form.active:
        raise Conflict("The form is no longer in use")
    end = period_end(form.period_kind, data.period_start)
    if data.period_start < form.effective_from:
        raise Unprocessable(f"The form applies from {form.effective_from}", loc=["body", "period_start"])
    if end >= local_today():
        raise Unprocessable(
            f"The period ends on {end}: it is prepared once it has ended", loc=["body", "period_start"]
        )
    taken = await session.scalar(
        select(PeriodReport.id).where(
            PeriodReport.form_id == form.id,
            PeriodReport.org_id == principal.org_id,
            PeriodReport.period_start == data.period_start,
        )
    )
    if taken is not None:
        raise Conflict(f"The street's report for this period exists (id {taken}): revise it")
    street = await session.get_one(Org, principal.org_id)
    assert street.parent_id is not None
    report = PeriodReport(
        form_id=form.id,
        org_id=street.id,
        district_id=street.parent_id,
        period_start=data.period_start,
        period_end=end,
        due_on=await due_date(session, end, form.deadline_working_days),
        status=S.prepared,
        current_version=1,
        created_by=principal.user_id,
    )
    session.add(report)
    await session.flush()
    values = await read_values(session, form, street.path, data.period_start, end)
    session.add(
        PeriodReportVersion(
            report_id=report.id,
            number=1,
            kind=ReportVersionKind.prepared,
            values=values,
            prepared_by=principal.user_id,
        )
    )
    await session.flush()
    await _audit(
        session, principal, report, "prepare", form_id=form.id, period_start=data.period_start.isoformat()
    )
    return report


async def _new_version(
    session: AsyncSession,
    principal: Principal,
    report: PeriodReport,
    kind: ReportVersionKind,
    reason: str,
    corrections: list[ItemCorrection],
) -> PeriodReportVersion:
    previous = await _current(session, report)
    if corrections:
        values = corrected(previous.values, corrections)
    else:
        form = await get_form(session, principal, report.form_id)
        street_path = await session.scalar(select(Org.path).where(Org.id == report.org_id))
        assert street_path is not None
        values = await read_values(session, form, street_path, report.period_start, report.period_end)
    report.current_version += 1
    version = PeriodReportVersion(
        report_id=report.id,
        number=report.current_version,
        kind=kind,
        values=values,
        reason=reason,
        prepared_by=principal.user_id,
    )
    session.add(version)
    return version


async def revise(
    session: AsyncSession,
    principal: Principal,
    report_id: int,
    *,
    reason: str,
    corrections: list[ItemCorrection],
    expected_version: int | None,
) -> PeriodReport:
    report = await get_report(session, principal, report_id)
    report.status = REPORT_WORKFLOW.move(report, "revise", expected_version)
    await _new_version(session, principal, report, ReportVersionKind.revision, reason, corrections)
    await session.flush()
    await _audit(session, principal, report, "revise", reason=reason, corrected=[c.code for c in corrections])
    return report


def _sign(
    version: PeriodReportVersion, signed_on: date, signatories: list[ReportSignatory], today: date
) -> None:
    if signed_on > today:
        raise Unprocessable(
            "The report is signed on or before the day it is submitted", loc=["body", "signed_on"]
        )
    version.signed_on = signed_on
    version.signatories = [s.model_dump(mode="json") for s in signatories]
    version.submitted_on = today


async def submit(
    session: AsyncSession,
    principal: Principal,
    report_id: int,
    *,
    signed_on: date,
    signatories: list[ReportSignatory],
    expected_version: int | None,
    today: date,
) -> PeriodReport:
    report = await get_report(session, principal, report_id)
    report.status = REPORT_WORKFLOW.move(report, "submit", expected_version)
    _sign(await _current(session, report), signed_on, signatories, today)
    if report.first_submitted_on is None:
        report.first_submitted_on = today
    await session.flush()
    await _audit(session, principal, report, "submit", late=today > report.due_on)
    return report


async def _decide(
    session: AsyncSession,
    principal: Principal,
    report_id: int,
    step_name: str,
    reason: str | None,
    expected_version: int | None,
    today: date,
) -> PeriodReport:
    report = await get_report(session, principal, report_id)
    report.status = REPORT_WORKFLOW.move(report, step_name, expected_version)
    version = await _current(session, report)
    version.decision = ReportDecision.accepted if step_name == "accept" else ReportDecision.returned
    version.decision_reason, version.decided_by, version.decided_on = reason, principal.user_id, today
    if step_name == "accept":
        report.accepted_version = report.current_version
    await session.flush()
    await _audit(session, principal, report, step_name, reason=reason)
    return report


async def accept(
    session: AsyncSession, principal: Principal, report_id: int, *, expected_version: int | None, today: date
) -> PeriodReport:
    """The district accepts the submitted version: from now on the roll-up counts it."""
    return await _decide(session, principal, report_id, "accept", None, expected_version, today)


async def return_report(
    session: AsyncSession,
    principal: Principal,
    report_id: int,
    *,
    reason: str,
    expected_version: int | None,
    today: date,
) -> PeriodReport:
    """The district returns the submitted version with its reasons."""
    return await _decide(session, principal, report_id, "return", reason, expected_version, today)


async def amend(
    session: AsyncSession,
    principal: Principal,
    report_id: int,
    *,
    reason: str,
    corrections: list[ItemCorrection],
    signed_on: date,
    signatories: list[ReportSignatory],
    expected_version: int | None,
    today: date,
) -> PeriodReport:
    """A correction after acceptance: a new, signed and submitted version with its reason."""
    report = await get_report(session, principal, report_id)
    report.status = REPORT_WORKFLOW.move(report, "amend", expected_version)
    version = await _new_version(session, principal, report, ReportVersionKind.amendment, reason, corrections)
    _sign(version, signed_on, signatories, today)
    await session.flush()
    await _audit(session, principal, report, "amend", reason=reason, corrected=[c.code for c in corrections])
    return report
