"""Figures of work style (作风建设), the three activities (三项活动) and political style (政风行风),
for responsibility-book indicators and the conduct view (app/figures.py's signature; listed in
app/services/grassroots/figures.py's FIGURES).

Each is computed in SQL over the orgs of ``org_path``'s subtree and the inclusive period
``start``..``end``; a state "as of ``end``" (a finding still open) is judged by its dates, so a
past period answers the same later.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import Figure, FigureQuery
from app.models.core.org import Org
from app.models.grassroots.conduct import ConductActivity, ConductFinding, ConductParticipant
from app.models.grassroots.sunshine import Feedback


def _subtree(org_path: str) -> Select[tuple[int]]:
    return select(Org.id).where(Org.path.startswith(org_path, autoescape=True))


async def conduct_activities_held(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Work-style activities (作风建设、三项活动、政风行风) held in the period."""
    n = await session.scalar(
        select(func.count(ConductActivity.id)).where(
            ConductActivity.org_id.in_(_subtree(org_path)), ConductActivity.held_on.between(start, end)
        )
    )
    return Figure.count(int(n or 0))


async def conduct_participations(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """People taking part in the period's work-style activities (one per person and activity)."""
    n = await session.scalar(
        select(func.count(ConductParticipant.id))
        .join(ConductActivity, ConductActivity.id == ConductParticipant.activity_id)
        .where(ConductActivity.org_id.in_(_subtree(org_path)), ConductActivity.held_on.between(start, end))
    )
    return Figure.count(int(n or 0))


async def conduct_findings_rectified_on_time(
    session: AsyncSession, org_path: str, start: date, end: date
) -> Figure:
    """Of the findings due in the period, the share rectified by their due date (按时整改率)."""
    row = (
        await session.execute(
            select(
                func.count(ConductFinding.id).filter(ConductFinding.rectified_on <= ConductFinding.due_on),
                func.count(ConductFinding.id),
            ).where(ConductFinding.org_id.in_(_subtree(org_path)), ConductFinding.due_on.between(start, end))
        )
    ).one()
    return Figure.rate(row[0], row[1])


async def conduct_findings_overdue(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Findings past their due date and not rectified on ``end`` (逾期未整改)."""
    n = await session.scalar(
        select(func.count(ConductFinding.id)).where(
            ConductFinding.org_id.in_(_subtree(org_path)),
            ConductFinding.due_on < end,
            or_(ConductFinding.rectified_on.is_(None), ConductFinding.rectified_on > end),
        )
    )
    return Figure.count(int(n or 0))


async def feedback_response_days(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Mean calendar days from receipt to reply of the feedback answered in the period."""
    row = (
        await session.execute(
            select(
                func.coalesce(func.sum(Feedback.answered_on - Feedback.received_on), 0),
                func.count(Feedback.id),
            ).where(Feedback.org_id.in_(_subtree(org_path)), Feedback.answered_on.between(start, end))
        )
    ).one()
    return Figure.rate(int(row[0]), row[1], per=1, unit="days")


async def staff_complaints(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Complaints about a staff member's conduct (作风投诉) received in the period."""
    n = await session.scalar(
        select(func.count(Feedback.id)).where(
            Feedback.org_id.in_(_subtree(org_path)),
            Feedback.about_staff.is_(True),
            Feedback.received_on.between(start, end),
        )
    )
    return Figure.count(int(n or 0))


async def staff_complaints_upheld(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Complaints about staff resolved in the period and upheld (查实)."""
    n = await session.scalar(
        select(func.count(Feedback.id)).where(
            Feedback.org_id.in_(_subtree(org_path)),
            Feedback.staff_upheld.is_(True),
            Feedback.answered_on.between(start, end),
        )
    )
    return Figure.count(int(n or 0))


CONDUCT_FIGURES: dict[str, FigureQuery] = {
    "conduct_activities_held": conduct_activities_held,
    "conduct_participations": conduct_participations,
    "conduct_findings_rectified_on_time": conduct_findings_rectified_on_time,
    "conduct_findings_overdue": conduct_findings_overdue,
    "feedback_response_days": feedback_response_days,
    "staff_complaints": staff_complaints,
    "staff_complaints_upheld": staff_complaints_upheld,
}
