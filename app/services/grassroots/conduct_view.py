"""The conduct view (作风建设一览) of an org: its work-style activities, their findings and the
measures of conduct (feedback answered on time, response days, satisfaction, complaints about
staff received and upheld), from the first of the year to a date, each computed by the figure an
indicator of the responsibility books names (``grassroots.<code>``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.models.core.org import OrgKind
from app.schemas.grassroots.conduct import ConductFigure, ConductView
from app.services.grassroots.figures import FIGURES
from app.services.grassroots.scope import org_in_scope

VIEW = (
    ("conduct_activities_held", "作风建设活动次数", "Work-style activities held"),
    ("conduct_participations", "参加活动人次", "Participations in the activities"),
    ("conduct_findings_rectified_on_time", "问题按时整改率", "Findings rectified on time"),
    ("conduct_findings_overdue", "逾期未整改问题数", "Findings overdue, not rectified"),
    ("feedback_answered_on_time", "群众意见按时答复率", "Feedback answered on time"),
    ("feedback_response_days", "平均答复天数", "Mean days to reply"),
    ("feedback_satisfaction", "群众满意度（1–5分）", "Satisfaction (1–5)"),
    ("staff_complaints", "作风投诉件数", "Complaints about staff"),
    ("staff_complaints_upheld", "作风投诉查实件数", "Complaints about staff upheld"),
)


async def conduct_view(session: AsyncSession, principal: Principal, org_id: int, on: date) -> ConductView:
    """The street's or a community's view, from 1 January of ``on``'s year to ``on``."""
    org = await org_in_scope(
        session, principal, org_id, kinds=(OrgKind.street, OrgKind.community), field="org_id"
    )
    start = date(on.year, 1, 1)
    figures = []
    for code, zh, en in VIEW:
        figure = await FIGURES[code](session, org.path, start, on)
        figures.append(
            ConductFigure(
                code=f"grassroots.{code}",
                name_zh=zh,
                name_en=en,
                value=figure.value,
                numerator=figure.numerator,
                denominator=figure.denominator,
                unit=figure.unit,
            )
        )
    return ConductView(org_id=org.id, org_name=org.name, start=start, on=on, figures=figures)
