"""Figures of the grassroots area for responsibility-book indicators and reports (app/figures.py).

Each is ``(session, org_path, start, end) -> Figure`` over the orgs in ``org_path``'s subtree and
the inclusive period ``start``..``end`` (Beijing dates).
"""

from __future__ import annotations

from datetime import date
from functools import partial

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.figures import Figure, FigureQuery, once
from app.models.core.family import Family
from app.models.core.org import Org, OrgKind
from app.models.grassroots.association import FulfilmentOutcome, IntegrityAgreement, IntegrityReview
from app.models.grassroots.care import CareAssistance, CareCase, CareStatus, CareVisit
from app.models.grassroots.care_project import CareProject, CareProjectStatus
from app.models.grassroots.demonstration import Demonstration, DemonstrationStatus
from app.models.grassroots.network import Training, TrainingAttendance, Worker, WorkerKind
from app.models.grassroots.publicity import Activity, ActivityStatus
from app.models.grassroots.sunshine import Feedback
from app.services.grassroots.conduct_figures import CONDUCT_FIGURES
from app.services.grassroots.facility_figures import (
    boards_refreshed_on_schedule_rate,
    facilities_good_rate,
    knowledge_awareness_rate,
)


def _subtree(org_path: str) -> Select[tuple[int]]:
    return select(Org.id).where(Org.path.startswith(org_path, autoescape=True))


async def training_hours(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Person-hours of training: each attendance of a worker of the area counts the training's hours."""
    total = (
        await session.execute(
            select(func.coalesce(func.sum(Training.hours), 0.0))
            .join(TrainingAttendance, TrainingAttendance.training_id == Training.id)
            .join(Worker, Worker.id == TrainingAttendance.worker_id)
            .where(Worker.org_id.in_(_subtree(org_path)), Training.held_on.between(start, end))
        )
    ).scalar_one()
    return Figure(value=round(float(total), 2), unit="hours")


async def vacant_posts(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Communities without a serving community worker and units without a liaison, on ``end``."""
    serving = and_(Worker.started_on <= end, or_(Worker.ended_on.is_(None), Worker.ended_on >= end))
    filled = exists(
        select(Worker.id).where(
            Worker.org_id == Org.id,
            serving,
            or_(
                and_(Org.kind == OrgKind.community, Worker.kind == WorkerKind.community_worker),
                and_(Org.kind == OrgKind.unit, Worker.kind == WorkerKind.unit_liaison),
            ),
        )
    )
    n = (
        await session.execute(
            select(func.count(Org.id)).where(
                Org.path.startswith(org_path, autoescape=True),
                Org.kind.in_((OrgKind.community, OrgKind.unit)),
                ~filled,
            )
        )
    ).scalar_one()
    return Figure.count(n)


async def campaign_activities_held(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Publicity activities held and reported in the period (campaigns, Association, care action)."""
    n = (
        await session.execute(
            select(func.count(Activity.id)).where(
                Activity.org_id.in_(_subtree(org_path)),
                Activity.status == ActivityStatus.reported,
                Activity.held_on.between(start, end),
            )
        )
    ).scalar_one()
    return Figure.count(n)


async def campaign_reporting_rate(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Campaign activities reported over those opened, for campaigns held in the period."""
    row = (
        await session.execute(
            select(
                func.count(Activity.id).filter(Activity.status == ActivityStatus.reported),
                func.count(Activity.id),
            ).where(
                Activity.org_id.in_(_subtree(org_path)),
                Activity.campaign_id.is_not(None),
                Activity.held_on.between(start, end),
            )
        )
    ).one()
    return Figure.rate(row[0], row[1])


async def _families(session: AsyncSession, org_path: str) -> int:
    """The area's families today: the same for every period, so counted once per request (a
    district of 2.5 million families took half a second per count)."""
    stmt = select(func.count(Family.id)).where(Family.community_id.in_(_subtree(org_path)))
    return int((await session.execute(stmt)).scalar_one())


async def integrity_signing_rate(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Families with an integrity agreement in force on ``end`` over all families of the area (签约率)."""
    families = await once(session, ("grassroots.families", org_path), partial(_families, session, org_path))
    signed = (
        await session.execute(
            select(func.count(func.distinct(IntegrityAgreement.family_id))).where(
                IntegrityAgreement.org_id.in_(_subtree(org_path)),
                IntegrityAgreement.signed_on <= end,
                IntegrityAgreement.ends_on >= end,
            )
        )
    ).scalar_one()
    return Figure.rate(signed, families)


async def integrity_kept_rate(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Yearly reviews of the period's years that found the agreement kept, over all those reviews."""
    row = (
        await session.execute(
            select(
                func.count(IntegrityReview.id).filter(IntegrityReview.outcome == FulfilmentOutcome.kept),
                func.count(IntegrityReview.id),
            )
            .join(IntegrityAgreement, IntegrityAgreement.id == IntegrityReview.agreement_id)
            .where(
                IntegrityAgreement.org_id.in_(_subtree(org_path)),
                IntegrityReview.year.between(start.year, end.year),
            )
        )
    ).one()
    return Figure.rate(row[0], row[1])


async def feedback_answered_on_time(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Of the feedback whose deadline fell in the period, the share answered by its deadline (按时答复率)."""
    row = (
        await session.execute(
            select(
                func.count(Feedback.id).filter(
                    Feedback.answered_on.is_not(None), Feedback.answered_on <= Feedback.due_on
                ),
                func.count(Feedback.id),
            ).where(Feedback.org_id.in_(_subtree(org_path)), Feedback.due_on.between(start, end))
        )
    ).one()
    return Figure.rate(row[0], row[1])


async def feedback_satisfaction(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Mean satisfaction (1–5) of the feedback answered in the period and rated."""
    row = (
        await session.execute(
            select(
                func.coalesce(func.sum(Feedback.satisfaction), 0), func.count(Feedback.satisfaction)
            ).where(
                Feedback.org_id.in_(_subtree(org_path)),
                Feedback.answered_on.between(start, end),
                Feedback.satisfaction.is_not(None),
            )
        )
    ).one()
    return Figure.rate(int(row[0]), row[1], per=1, unit="ratio")


async def care_visits(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Visits to care-case families in the period."""
    n = (
        await session.execute(
            select(func.count(CareVisit.id))
            .join(CareCase, CareCase.id == CareVisit.case_id)
            .where(CareCase.org_id.in_(_subtree(org_path)), CareVisit.visited_on.between(start, end))
        )
    ).scalar_one()
    return Figure.count(n)


async def care_families_visited_rate(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Open care cases (opened by ``end``, not closed before ``start``) visited in the period."""
    active = and_(
        CareCase.org_id.in_(_subtree(org_path)),
        CareCase.opened_on <= end,
        or_(CareCase.status != CareStatus.closed, CareCase.closed_on >= start),
    )
    visited = exists(
        select(CareVisit.id).where(CareVisit.case_id == CareCase.id, CareVisit.visited_on.between(start, end))
    )
    row = (
        await session.execute(
            select(func.count(CareCase.id).filter(visited), func.count(CareCase.id)).where(active)
        )
    ).one()
    return Figure.rate(row[0], row[1])


async def named_demonstrations(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Demonstration projects of the period's years that are named (not revoked)."""
    n = (
        await session.execute(
            select(func.count(Demonstration.id)).where(
                Demonstration.org_id.in_(_subtree(org_path)),
                Demonstration.year.between(start.year, end.year),
                Demonstration.status == DemonstrationStatus.named,
            )
        )
    ).scalar_one()
    return Figure.count(n)


def _projects_completed(org_path: str, start: date, end: date) -> Select[tuple[int]]:
    return select(CareProject.id).where(
        CareProject.org_id.in_(_subtree(org_path)),
        CareProject.status == CareProjectStatus.completed,
        CareProject.completed_on.between(start, end),
    )


async def care_projects_completed(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Care projects (生育关怀项目) completed in the period, with their results written."""
    n = (
        await session.execute(
            select(func.count()).select_from(_projects_completed(org_path, start, end).subquery())
        )
    ).scalar_one()
    return Figure.count(n)


async def care_project_beneficiaries(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Care cases (families, people, workers) helped by the projects completed in the period."""
    n = (
        await session.execute(
            select(func.count(CareCase.id)).where(
                CareCase.project_id.in_(_projects_completed(org_path, start, end))
            )
        )
    ).scalar_one()
    return Figure.count(n)


async def care_project_spent_fen(session: AsyncSession, org_path: str, start: date, end: date) -> Figure:
    """Assistance (fen) given in the period on the cases of the area's care projects."""
    n = (
        await session.execute(
            select(func.coalesce(func.sum(CareAssistance.amount_fen), 0))
            .join(CareCase, CareCase.id == CareAssistance.case_id)
            .join(CareProject, CareProject.id == CareCase.project_id)
            .where(CareProject.org_id.in_(_subtree(org_path)), CareAssistance.given_on.between(start, end))
        )
    ).scalar_one()
    return Figure.count(int(n))


FIGURES: dict[str, FigureQuery] = {
    "training_hours": training_hours,
    "vacant_posts": vacant_posts,
    "campaign_activities_held": campaign_activities_held,
    "campaign_reporting_rate": campaign_reporting_rate,
    "integrity_signing_rate": integrity_signing_rate,
    "integrity_kept_rate": integrity_kept_rate,
    "feedback_answered_on_time": feedback_answered_on_time,
    "feedback_satisfaction": feedback_satisfaction,
    "care_visits": care_visits,
    "care_families_visited_rate": care_families_visited_rate,
    "named_demonstrations": named_demonstrations,
    "care_projects_completed": care_projects_completed,
    "care_project_beneficiaries": care_project_beneficiaries,
    "care_project_spent_fen": care_project_spent_fen,
    **CONDUCT_FIGURES,
    "facilities_good_rate": facilities_good_rate,
    "boards_refreshed_on_schedule_rate": boards_refreshed_on_schedule_rate,
    "knowledge_awareness_rate": knowledge_awareness_rate,
}
