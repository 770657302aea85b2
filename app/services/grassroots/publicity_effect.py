"""The effectiveness of publicity (宣传实效性) beyond attendance.

The orgs taking part in a campaign record the people they reached, per channel, and the knowledge
surveys (知晓率调查) they ran before and after it — at one of its activities or across their area.
The campaign's report (app/services/grassroots/publicity.py) sums the reach by channel and sets the
correct rate after against the rate before, both within the caller's area.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Unprocessable
from app.models.core.org import Org
from app.models.grassroots.publicity import Activity, Campaign
from app.models.grassroots.publicity_effect import CampaignReach, KnowledgeSurvey, SurveyStage
from app.schemas.grassroots.publicity_effect import ReachCreate, ReachRead, SurveyCreate, SurveyRead
from app.services.core.loading import one_or_404
from app.services.grassroots.publicity import get_campaign
from app.services.grassroots.scope import activity_scope, org_in_scope


async def _taking_part(session: AsyncSession, principal: Principal, campaign: Campaign, org_id: int) -> Org:
    """The recording org: in the caller's area and the campaign's street or an org under it."""
    org = await org_in_scope(session, principal, org_id)
    street = await session.get(Org, campaign.org_id)
    assert street is not None
    if not org.path.startswith(street.path):
        raise Unprocessable("The org does not take part in this campaign", loc=["body", "org_id"])
    return org


def _not_future(day: date, today: date, field: str) -> None:
    if day > today:
        raise Unprocessable(f"{field} is in the future", loc=["body", field])


async def record_reach(
    session: AsyncSession, principal: Principal, campaign_id: int, data: ReachCreate, today: date
) -> CampaignReach:
    campaign = await get_campaign(session, principal, campaign_id)
    org = await _taking_part(session, principal, campaign, data.org_id)
    _not_future(data.recorded_on, today, "recorded_on")
    reach = CampaignReach(
        campaign_id=campaign.id,
        org_id=org.id,
        channel=data.channel,
        people_reached=data.people_reached,
        recorded_on=data.recorded_on,
        notes=data.notes,
        recorded_by=principal.user_id,
    )
    session.add(reach)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="campaign.reach_recorded",
        object_type="campaign",
        object_id=campaign.id,
        scope_path=org.path,
        detail={"reach_id": reach.id, "channel": data.channel.value, "people_reached": data.people_reached},
    )
    return reach


async def record_survey(
    session: AsyncSession, principal: Principal, data: SurveyCreate, today: date
) -> KnowledgeSurvey:
    campaign = await get_campaign(session, principal, data.campaign_id)
    org = await _taking_part(session, principal, campaign, data.org_id)
    _not_future(data.conducted_on, today, "conducted_on")
    if data.stage is SurveyStage.pre and data.conducted_on > campaign.held_on:
        raise Unprocessable("A survey before the campaign is not after its day", loc=["body", "conducted_on"])
    if data.stage is SurveyStage.post and data.conducted_on < campaign.held_on:
        raise Unprocessable("A survey after the campaign is not before its day", loc=["body", "conducted_on"])
    if data.activity_id is not None:
        activity = await one_or_404(
            session,
            select(Activity).where(Activity.id == data.activity_id, activity_scope(principal)),
            "Activity",
        )
        if activity.campaign_id != campaign.id:
            raise Unprocessable(
                "activity_id must be an activity of the campaign", loc=["body", "activity_id"]
            )
    survey = KnowledgeSurvey(**data.model_dump(), recorded_by=principal.user_id)
    session.add(survey)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="knowledge_survey.recorded",
        object_type="knowledge_survey",
        object_id=survey.id,
        scope_path=org.path,
        detail={"campaign_id": campaign.id, "stage": data.stage.value},
    )
    return survey


async def read_reach(session: AsyncSession, reach_id: int) -> ReachRead:
    """The reach record just written, as the list shows it (its org's name)."""
    reach, name = (
        await session.execute(
            select(CampaignReach, Org.name)
            .join(Org, Org.id == CampaignReach.org_id)
            .where(CampaignReach.id == reach_id)
        )
    ).one()
    fields = {f: getattr(reach, f) for f in ReachRead.model_fields if hasattr(reach, f)}
    return ReachRead.model_validate({**fields, "org_name": name})


async def read_survey(session: AsyncSession, survey_id: int) -> SurveyRead:
    """The survey just written, as the list shows it (its org's name, its correct rate)."""
    survey, name = (
        await session.execute(
            select(KnowledgeSurvey, Org.name)
            .join(Org, Org.id == KnowledgeSurvey.org_id)
            .where(KnowledgeSurvey.id == survey_id)
        )
    ).one()
    fields = {f: getattr(survey, f) for f in SurveyRead.model_fields if hasattr(survey, f)}
    rate = round(survey.correct_answers * 100 / (survey.questions * survey.respondents), 2)
    return SurveyRead.model_validate({**fields, "org_name": name, "correct_rate": rate})
