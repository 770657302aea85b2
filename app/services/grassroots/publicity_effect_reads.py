"""Reach and knowledge surveys on the fast read path, and their sums for a campaign's report.

Both are scoped by :func:`app.services.grassroots.scope.owned` on the recording org: a community sees
its own records and the street those of its whole area; a campaign's report sums what the caller's
area recorded.
"""

from __future__ import annotations

from typing import Annotated, Any

from sqlalchemy import Float, Numeric, bindparam, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.list_filters import Equals, ListFilters
from app.models.core.org import Org
from app.models.grassroots.publicity_effect import CampaignReach, KnowledgeSurvey, SurveyStage
from app.read_path import ReadPath
from app.schemas.common import DbId
from app.schemas.grassroots.publicity_effect import (
    KnowledgeChange,
    KnowledgeStage,
    ReachLine,
    ReachRead,
    SurveyRead,
)
from app.services.grassroots.publicity_reads import CAMPAIGNS
from app.services.grassroots.scope import reach_scope, survey_scope

REACH = ReadPath(
    model=CampaignReach,
    schema=ReachRead,
    scope=reach_scope,
    label="Campaign reach",
    columns={
        "org_name": select(Org.name)
        .where(Org.id == CampaignReach.org_id)
        .correlate(CampaignReach)
        .scalar_subquery()
    },
    filters={"campaign_id": lambda: CampaignReach.campaign_id == bindparam("campaign_id")},
)


class SurveyFilters(ListFilters):
    """The knowledge survey list's query parameters."""

    campaign_id: Annotated[DbId | None, Equals(KnowledgeSurvey.campaign_id)] = None
    stage: Annotated[SurveyStage | None, Equals(KnowledgeSurvey.stage)] = None


SURVEYS = ReadPath(
    model=KnowledgeSurvey,
    schema=SurveyRead,
    scope=survey_scope,
    label="Knowledge survey",
    columns={
        "org_name": select(Org.name)
        .where(Org.id == KnowledgeSurvey.org_id)
        .correlate(KnowledgeSurvey)
        .scalar_subquery(),
        "correct_rate": cast(
            func.round(
                cast(KnowledgeSurvey.correct_answers * 100, Numeric)
                / (KnowledgeSurvey.questions * KnowledgeSurvey.respondents),
                2,
            ),
            Float,
        ),
    },
    filters=SurveyFilters,
    descending=True,
)


async def reach_page(principal: Principal, campaign_id: int, *, limit: int, cursor: str | None) -> Any:
    """The campaign's reach records in the caller's area; 404 when the campaign is not the caller's."""
    await CAMPAIGNS.one(principal, campaign_id)
    return await REACH.page(principal, limit=limit, cursor=cursor, campaign_id=campaign_id)


async def reach_by_channel(session: AsyncSession, principal: Principal, campaign_id: int) -> list[ReachLine]:
    rows = (
        await session.execute(
            select(CampaignReach.channel, func.sum(CampaignReach.people_reached))
            .where(CampaignReach.campaign_id == campaign_id, reach_scope(principal))
            .group_by(CampaignReach.channel)
            .order_by(CampaignReach.channel)
        )
    ).all()
    return [ReachLine(channel=row[0], people_reached=int(row[1])) for row in rows]


async def knowledge_change(session: AsyncSession, principal: Principal, campaign_id: int) -> KnowledgeChange:
    """The surveys before and after, pooled: correct answers over questions × respondents."""
    rows = {
        row[0]: row
        for row in (
            await session.execute(
                select(
                    KnowledgeSurvey.stage,
                    func.count(KnowledgeSurvey.id),
                    func.sum(KnowledgeSurvey.respondents),
                    func.sum(KnowledgeSurvey.correct_answers),
                    func.sum(KnowledgeSurvey.questions * KnowledgeSurvey.respondents),
                )
                .where(KnowledgeSurvey.campaign_id == campaign_id, survey_scope(principal))
                .group_by(KnowledgeSurvey.stage)
            )
        ).all()
    }

    def stage(which: SurveyStage) -> KnowledgeStage:
        row = rows.get(which)
        if row is None:
            return KnowledgeStage(surveys=0, respondents=0, correct_rate=None)
        return KnowledgeStage(
            surveys=row[1], respondents=int(row[2]), correct_rate=round(int(row[3]) * 100 / int(row[4]), 2)
        )

    pre, post = stage(SurveyStage.pre), stage(SurveyStage.post)
    change = (
        round(post.correct_rate - pre.correct_rate, 2)
        if pre.correct_rate is not None and post.correct_rate is not None
        else None
    )
    return KnowledgeChange(pre=pre, post=post, change_points=change)
