"""Report forms (统计报表表式): the district's monthly, quarterly and annual forms, and their periods.

A form lists the figures it holds, each an indicator of the catalogue or an area's figure
(``"<area>.<figure>"``, resolved like the books' indicators: one that does not exist yet is refused
here, not faked later), and the working days after a period's last day the streets have to submit
(counted on core's working-day calendar). The form is data the district keeps, with the document
that sets it and the day it applies from.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Conflict, Unprocessable
from app.models.core.org import OrgKind
from app.models.leadership.indicator import Indicator, IndicatorSource
from app.models.leadership.period_report import ReportForm, ReportPeriodKind
from app.schemas.leadership.period_report import ReportFormCreate, ReportFormRead
from app.services.core.loading import one_or_404
from app.services.leadership.resolver import find_figure
from app.services.leadership.scope import form_scope

# A period kind's report and the day its periods start, in Chinese (for the 422 above).
_PERIOD_ZH = {
    ReportPeriodKind.monthly: ("月报", "每月1日"),
    ReportPeriodKind.quarterly: ("季报", "每季度首月1日"),
    ReportPeriodKind.annual: ("年报", "每年1月1日"),
}


def period_end(kind: ReportPeriodKind, start: date) -> date:
    """The last day of the period starting at ``start``; 422 when ``start`` does not start one."""
    months = {ReportPeriodKind.monthly: 1, ReportPeriodKind.quarterly: 3, ReportPeriodKind.annual: 12}[kind]
    first_months = {
        ReportPeriodKind.monthly: set(range(1, 13)),
        ReportPeriodKind.quarterly: {1, 4, 7, 10},
        ReportPeriodKind.annual: {1},
    }[kind]
    if start.day != 1 or start.month not in first_months:
        raise Unprocessable(
            f"A {kind.value} period starts on the first day of "
            + {"monthly": "a month", "quarterly": "a quarter", "annual": "a year"}[kind.value],
            loc=["body", "period_start"],
            zh=f"{_PERIOD_ZH[kind][0]}的报告期须从{_PERIOD_ZH[kind][1]}开始",
        )
    month = start.month - 1 + months
    following = date(start.year + month // 12, month % 12 + 1, 1)
    return following - timedelta(days=1)


async def _items(session: AsyncSession, data: ReportFormCreate) -> list[dict[str, Any]]:
    codes = [i.indicator_code for i in data.items if i.indicator_code]
    indicators = {
        i.code: i
        for i in (
            await session.execute(select(Indicator).where(Indicator.code.in_(codes), Indicator.active))
        ).scalars()
    }
    items: list[dict[str, Any]] = []
    for n, item in enumerate(data.items):
        loc: list[str | int] = ["body", "items", n]
        if item.indicator_code is not None:
            indicator = indicators.get(item.indicator_code)
            if indicator is None:
                raise Unprocessable(f"Unknown or inactive indicator '{item.indicator_code}'", loc=loc)
            figure_code = indicator.figure_code if indicator.source is IndicatorSource.computed else None
            items.append(
                {
                    "code": indicator.code,
                    "indicator_code": indicator.code,
                    "figure_code": figure_code,
                    "name_zh": item.name_zh or indicator.name_zh,
                    "name_en": item.name_en or indicator.name_en,
                    "unit": indicator.unit.value,
                }
            )
        else:
            assert item.figure_code is not None
            query, reason = find_figure(item.figure_code)
            if query is None:
                raise Unprocessable(
                    f"Figure '{item.figure_code}' cannot be computed: {reason.en if reason else ''}",
                    loc=loc,
                    zh=f"指标“{item.figure_code}”无法计算：{reason.text('zh-CN') if reason else ''}",
                )
            items.append(
                {
                    "code": item.figure_code,
                    "indicator_code": None,
                    "figure_code": item.figure_code,
                    "name_zh": item.name_zh,
                    "name_en": item.name_en,
                    "unit": None,
                }
            )
    if len({i["code"] for i in items}) != len(items):
        raise Unprocessable("Each figure appears once in a form", loc=["body", "items"])
    return items


async def create_form(session: AsyncSession, principal: Principal, data: ReportFormCreate) -> ReportForm:
    """The district defines a form for its streets."""
    if principal.org_kind is not OrgKind.district:
        raise Unprocessable("Report forms are defined by the district", loc=["body"])
    items = await _items(session, data)
    taken = await session.scalar(
        select(ReportForm.id).where(ReportForm.district_id == principal.org_id, ReportForm.code == data.code)
    )
    if taken is not None:
        raise Conflict(f"The district already has a form '{data.code}' (id {taken})")
    form = ReportForm(
        district_id=principal.org_id,
        code=data.code,
        name_zh=data.name_zh,
        name_en=data.name_en,
        period_kind=data.period_kind,
        items=items,
        deadline_working_days=data.deadline_working_days,
        effective_from=data.effective_from,
        source=data.source,
        active=True,
        created_by=principal.user_id,
    )
    session.add(form)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="report_form.create",
        object_type="report_form",
        object_id=form.id,
        scope_path=principal.org_path,
        detail={
            "code": data.code,
            "period_kind": data.period_kind.value,
            "items": [i["code"] for i in items],
        },
    )
    return form


async def get_form(session: AsyncSession, principal: Principal, form_id: int) -> ReportForm:
    return await one_or_404(
        session, select(ReportForm).where(ReportForm.id == form_id, form_scope(principal)), "Report form"
    )


def to_read(form: ReportForm) -> ReportFormRead:
    return ReportFormRead.model_validate(form)
