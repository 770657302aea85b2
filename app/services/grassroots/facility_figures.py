"""Figures of facilities, the publicity environment and the effectiveness of publicity (issue 29,
points 1 and 4), for responsibility-book indicators; listed in app/services/grassroots/figures.py.

Each is ``(session, org_path, start, end) -> Figure`` over the orgs in ``org_path``'s subtree, as of
``end`` (facilities and boards) or over the period (surveys), computed in SQL.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import Figure, subtree_org_ids
from app.models.grassroots.facility import (
    REFRESHED_KINDS,
    Facility,
    FacilityCondition,
    FacilityInspection,
    FacilityRefresh,
)
from app.models.grassroots.publicity_effect import KnowledgeSurvey, SurveyStage


async def facilities_good_rate(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Facilities in good condition (设施完好率): of the facilities opened and inspected by ``end``,
    those whose latest inspection by ``end`` found them good."""
    latest = (
        select(FacilityInspection.facility_id, FacilityInspection.condition)
        .where(FacilityInspection.inspected_on <= end)
        .order_by(
            FacilityInspection.facility_id,
            FacilityInspection.inspected_on.desc(),
            FacilityInspection.id.desc(),
        )
        .distinct(FacilityInspection.facility_id)
        .subquery()
    )
    row = (
        await session.execute(
            select(
                func.count(Facility.id).filter(latest.c.condition == FacilityCondition.good),
                func.count(Facility.id),
            )
            .join(latest, latest.c.facility_id == Facility.id)
            .where(Facility.org_id.in_(subtree_org_ids(org_path)), Facility.opened_on <= end)
        )
    ).one()
    return Figure.rate(row[0], row[1])


async def boards_refreshed_on_schedule_rate(
    session: AsyncSession, org_path: str, start: date, end: date
) -> Figure:
    """Boards and walls refreshed on schedule (宣传栏按期更新率): of those opened by ``end``, the share
    whose latest refresh by ``end`` (else their opening) plus their schedule is not before ``end``."""
    last = (
        select(func.max(FacilityRefresh.refreshed_on))
        .where(FacilityRefresh.facility_id == Facility.id, FacilityRefresh.refreshed_on <= end)
        .correlate(Facility)
        .scalar_subquery()
    )
    due = func.coalesce(last, Facility.opened_on) + Facility.refresh_every_days
    row = (
        await session.execute(
            select(func.count(Facility.id).filter(due >= end), func.count(Facility.id)).where(
                Facility.org_id.in_(subtree_org_ids(org_path)),
                Facility.kind.in_(REFRESHED_KINDS),
                Facility.opened_on <= end,
            )
        )
    ).one()
    return Figure.rate(row[0], row[1])


async def knowledge_awareness_rate(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Knowledge awareness after campaigns (宣传后知晓率): correct answers over questions × respondents
    of the surveys taken after a campaign (stage ``post``) in the period."""
    row = (
        await session.execute(
            select(
                func.coalesce(func.sum(KnowledgeSurvey.correct_answers), 0),
                func.coalesce(func.sum(KnowledgeSurvey.questions * KnowledgeSurvey.respondents), 0),
            ).where(
                KnowledgeSurvey.org_id.in_(subtree_org_ids(org_path)),
                KnowledgeSurvey.stage == SurveyStage.post,
                KnowledgeSurvey.conducted_on.between(start, end),
            )
        )
    ).one()
    return Figure.rate(int(row[0]), int(row[1]))
