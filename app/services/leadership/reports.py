"""The dashboard and the annual report, built from the areas' figures over an org's subtree.

Both take any org in the caller's scope (out of scope: 404) and a year. Figures come from the
areas' ``figures`` modules through the resolver, so a section whose area does not exist yet shows
its figures as not computable. Monthly series are counted per calendar month; last year's values
cover the same stretch of the year, so the comparison is like for like.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, org_scope
from app.errors import Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.leadership.book import ResponsibilityBook
from app.models.leadership.evaluation import Evaluation, EvaluationScore
from app.models.leadership.indicator import DashboardAlertCode, Indicator, IndicatorSource
from app.schemas.leadership.report import (
    AnnualReport,
    Dashboard,
    DashboardAlert,
    EvaluationSummary,
    FigureValue,
    MonthlySeries,
    OrgCoverage,
    ReportSection,
)
from app.services.core import working_days
from app.services.core.loading import one_or_404
from app.services.leadership.resolver import reason_fields, resolve, resolve_monthly, side_by_side
from app.services.quality.figures import coverage_by_org

# (figure code, Chinese name): the per-task counts the dashboard and the report show month by month.
MONTHLY = [
    ("lawful_services.requests_submitted", "服务申请受理数"),
    ("lawful_services.requests_completed_on_time", "按时办结数"),
    ("benefits.applications_submitted", "利益导向各项目申请数"),
    ("benefits.applications_enrolled", "审批纳入数"),
    ("benefits.notices_published", "公示次数"),
    ("benefits.objections_filed", "异议件数"),
    ("quality.screenings", "免费孕检/筛查人数"),
    ("quality.dispensed_units", "药具发放量"),
]

# The work plan's sections and the figures each reports (area figures, resolved by code).
SECTIONS = [
    (
        "population",
        "人口计生基本情况",
        [
            ("core.births", "出生人数"),
            ("core.policy_compliant_birth_rate", "政策符合率(%)"),
            ("core.sex_ratio_at_birth", "出生人口性别比"),
        ],
    ),
    ("network", "任务一 网络建设", [("grassroots.training_hours", "培训学时")]),
    ("publicity", "任务二 宣传教育", [("grassroots.campaign_activities_held", "宣传活动场次")]),
    (
        "benefits",
        "任务三 利益导向",
        [
            ("benefits.applications_submitted", "申请数"),
            ("benefits.applications_enrolled", "审批纳入数"),
            ("benefits.applications_rejected", "不予纳入数"),
            ("benefits.applications_open", "审核中"),
            ("benefits.roster_wrong_cases", "错评错漏件数"),
            ("benefits.objections_filed", "异议件数"),
            ("benefits.overpayments_found_fen", "新发现多发金额(分)"),
            ("benefits.overpayments_recovered_fen", "已追回金额(分)"),
            ("benefits.overpayments_outstanding_fen", "待追回金额(分)"),
        ],
    ),
    (
        "lawful_services",
        "任务四 依法行政",
        [
            ("lawful_services.requests_submitted", "服务申请受理数"),
            ("lawful_services.requests_completed_on_time", "按时办结率(%)"),
            ("lawful_services.birth_registration_timeliness", "生育登记及时率(%)"),
            ("lawful_services.one_time_notification_compliance", "一次性告知办结率(%)"),
        ],
    ),
    (
        "migrants",
        "任务五 流动人口",
        [
            ("migrants.migrant_certificate_rate", "婚育证明查验率(%)"),
            ("migrants.migrant_information_collection_rate", "信息采集率(%)"),
        ],
    ),
    (
        "quality",
        "任务六 优质服务",
        [
            ("quality.screenings", "筛查人数"),
            ("quality.screening_coverage", "目标人群覆盖率(%)"),
            ("quality.dispensed_units", "药具发放量"),
            ("quality.stock_out_days_per_point", "每发放点断货天数"),
        ],
    ),
    (
        "association",
        "任务七 诚信计生与计生协",
        [("grassroots.integrity_signing_rate", "诚信计生协议签订率(%)")],
    ),
    ("sunshine", "任务八 阳光计生", [("benefits.notices_published", "公示次数")]),
    (
        "care",
        "生育关怀行动",
        [
            ("grassroots.care_visits", "关怀走访次数"),
            ("grassroots.care_projects_completed", "完成关怀项目数"),
            ("grassroots.care_project_beneficiaries", "关怀项目受益对象数"),
            ("grassroots.care_project_spent_fen", "关怀项目帮扶支出(分)"),
        ],
    ),
]


# The per-task counts of the dashboard: applications by state, requests on time, screenings and
# coverage, dispensing, notices and objections.
DASHBOARD_SECTIONS = ["benefits", "lawful_services", "quality", "sunshine"]


def _sections(figures: dict[str, FigureValue], codes: list[str] | None = None) -> list[ReportSection]:
    """The work plan's sections (all, or those named) with their figures, already computed."""
    return [
        ReportSection(
            code=code,
            title_zh=title,
            figures=[figures[f].model_copy(update={"name_zh": name}) for f, name in section_figures],
        )
        for code, title, section_figures in SECTIONS
        if codes is None or code in codes
    ]


async def _org(session: AsyncSession, principal: Principal, org_id: int | None) -> Org:
    return await one_or_404(
        session, select(Org).where(Org.id == (org_id or principal.org_id), org_scope(principal)), "Org"
    )


def _period(year: int, today: date) -> tuple[date, date]:
    if year > today.year:
        raise Unprocessable("The year has not begun", loc=["query", "year"])
    return date(year, 1, 1), min(date(year, 12, 31), today)


def _last_year(day: date) -> date:
    return (
        day.replace(year=day.year - 1)
        if not (day.month == 2 and day.day == 29)
        else date(day.year - 1, 2, 28)
    )


async def _value(session: AsyncSession, code: str, path: str, start: date, end: date) -> FigureValue:
    """A figure in the period, with last year's value for the same stretch of the year."""
    now = await resolve(session, code, path, start, end)
    before = await resolve(session, code, path, _last_year(start), _last_year(end))
    return FigureValue(
        code=code,
        name_zh="",
        unit=now.figure.unit,
        value=now.figure.value,
        numerator=now.figure.numerator,
        denominator=now.figure.denominator,
        last_year=before.figure.value,
        **reason_fields(now.reason),
    )


async def _figures(
    session: AsyncSession, codes: list[str], path: str, start: date, end: date
) -> dict[str, FigureValue]:
    """Each figure code once (the dashboard shows some twice), computed side by side."""
    unique = list(dict.fromkeys(codes))
    calls = [partial(_value, code=c, path=path, start=start, end=end) for c in unique]
    values = await side_by_side(session, calls)
    return dict(zip(unique, values, strict=True))


def _twelve(counts: dict[str, int] | None, year: int, end: date) -> list[float | None]:
    """Twelve monthly values; months after ``end`` (not yet reached) and uncomputable ones are None."""
    return [
        None if counts is None or date(year, m, 1) > end else float(counts.get(f"{year}-{m:02d}", 0))
        for m in range(1, 13)
    ]


async def _one_series(
    session: AsyncSession, code: str, name: str, path: str, year: int, end: date
) -> MonthlySeries:
    last_end = _last_year(end)
    now = await resolve_monthly(session, code, path, date(year, 1, 1), end)
    before = await resolve_monthly(session, code, path, date(year - 1, 1, 1), last_end)
    return MonthlySeries(
        code=code,
        name_zh=name,
        months=_twelve(now, year, end),
        months_last_year=_twelve(before, year - 1, last_end),
        total=None if now is None else float(sum(now.values())),
        total_last_year=None if before is None else float(sum(before.values())),
    )


async def _series(session: AsyncSession, path: str, year: int, end: date) -> list[MonthlySeries]:
    calls = [partial(_one_series, code=c, name=n, path=path, year=year, end=end) for c, n in MONTHLY]
    return await side_by_side(session, calls)


async def _evaluations(session: AsyncSession, org: Org, year: int) -> list[EvaluationSummary]:
    rows = (
        await session.execute(
            select(ResponsibilityBook, Org.name, Evaluation)
            .join(Org, Org.id == ResponsibilityBook.org_id)
            .outerjoin(Evaluation, Evaluation.book_id == ResponsibilityBook.id)
            .where(ResponsibilityBook.year == year, Org.path.startswith(org.path, autoescape=True))
            .order_by(ResponsibilityBook.org_id)
        )
    ).all()
    evaluation_ids = [e.id for _, _, e in rows if e is not None]
    scores: dict[int, dict[str, float]] = {i: {} for i in evaluation_ids}
    names: dict[str, str] = {}
    for s, name_zh in (
        await session.execute(
            select(EvaluationScore, Indicator.name_zh)
            .join(Indicator, Indicator.code == EvaluationScore.indicator_code)
            .where(EvaluationScore.evaluation_id.in_(evaluation_ids))
        )
    ).tuples():
        scores[s.evaluation_id][s.indicator_code] = (
            s.adjusted_score if s.adjusted_score is not None else s.computed_score
        )
        names[s.indicator_code] = name_zh
    return [
        EvaluationSummary(
            book_id=book.id,
            org_id=book.org_id,
            org_name=name,
            total=e.total if e else None,
            result=e.result if e else None,
            vetoed=e.vetoed if e else None,
            scores=scores.get(e.id, {}) if e else {},
            indicator_names={code: names[code] for code in scores.get(e.id, {})} if e else {},
        )
        for book, name, e in rows
    ]


async def dashboard(
    session: AsyncSession, principal: Principal, *, org_id: int | None, year: int, today: date
) -> Dashboard:
    """The catalogue's computed indicators, per-task monthly counts and the books, against last year."""
    org = await _org(session, principal, org_id)
    start, end = _period(year, today)
    indicators = (
        await session.execute(
            select(Indicator.figure_code, Indicator.name_zh)
            .where(Indicator.source == IndicatorSource.computed, Indicator.active)
            .order_by(Indicator.id)
        )
    ).all()
    section_codes = [f for code, _, figures in SECTIONS if code in DASHBOARD_SECTIONS for f, _ in figures]
    figures = await _figures(session, [str(c) for c, _ in indicators] + section_codes, org.path, start, end)
    values = [figures[str(code)].model_copy(update={"name_zh": name}) for code, name in indicators]
    return Dashboard(
        alerts=await _alerts(session, today),
        org_id=org.id,
        org_name=org.name,
        year=year,
        period_start=start,
        period_end=end,
        indicators=values,
        sections=_sections(figures, DASHBOARD_SECTIONS),
        tasks=await _series(session, org.path, year, end),
        books=await _evaluations(session, org, year),
    )


async def _alerts(session: AsyncSession, today: date) -> list[DashboardAlert]:
    alerts = []
    if (year := await working_days.next_year_missing(session, today)) is not None:
        alerts.append(
            DashboardAlert(
                code=DashboardAlertCode.calendar_next_year_missing,
                year=year,
                message_zh=(
                    f"{year}年节假日安排尚未录入：请区级在国务院办公厅通知公布后录入"
                    f"（PUT /api/v1/working-calendar/{year}）；此前跨入{year}年的期限暂按周一至周五计算。"
                ),
                message_en=(
                    f"The {year} holiday arrangement is missing: the district enters it once the State "
                    f"Council's notice is out (PUT /api/v1/working-calendar/{year}); until then deadlines "
                    f"into {year} are counted Monday to Friday and marked provisional."
                ),
            )
        )
    return alerts


async def _coverage(session: AsyncSession, org: Org, start: date, end: date) -> list[OrgCoverage]:
    if org.kind in (OrgKind.community, OrgKind.unit):
        orgs = [org]
    else:
        stmt = select(Org).where(
            Org.path.startswith(org.path, autoescape=True), Org.kind.in_([OrgKind.community, OrgKind.unit])
        )
        orgs = list((await session.execute(stmt.order_by(Org.id))).scalars())

    figures = await coverage_by_org(session, [o.id for o in orgs], start, end)
    return [
        OrgCoverage(
            org_id=o.id,
            org_name=o.name,
            screened=figures[o.id].numerator or 0,
            target=figures[o.id].denominator or 0,
            coverage=figures[o.id].value,
        )
        for o in orgs
    ]


async def annual_report(
    session: AsyncSession, principal: Principal, *, org_id: int | None, year: int, today: date
) -> AnnualReport:
    """The year's work plan sections with their figures, the books' evaluations, trends and coverage."""
    org = await _org(session, principal, org_id)
    start, end = _period(year, today)
    figures = await _figures(session, [f for _, _, fs in SECTIONS for f, _ in fs], org.path, start, end)
    return AnnualReport(
        org_id=org.id,
        org_name=org.name,
        year=year,
        title=f"{org.name}{year}年度人口和计划生育工作报告",
        period_start=start,
        period_end=end,
        sections=_sections(figures),
        monthly=await _series(session, org.path, year, end),
        coverage=await _coverage(session, org, start, end),
        evaluations=await _evaluations(session, org, year),
    )
