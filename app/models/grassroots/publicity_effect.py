"""The effectiveness of publicity (宣传实效性) beyond attendance: the people a campaign reached, by
channel, and knowledge surveys before and after it (知晓率调查).

A reach record is one org's count of people reached through one channel for a campaign; a survey is
taken before (``pre``) or after (``post``) a campaign, or an activity of it, and records how many
questions each respondent answered, how many respondents, and how many answers were correct in all:
the correct rate is correct answers over questions × respondents.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, utcnow


class ReachChannel(enum.StrEnum):
    on_site = "on_site"  # 现场活动
    door_to_door = "door_to_door"  # 入户宣传
    wechat = "wechat"  # 微信公众号、微信群
    sms = "sms"  # 短信
    publicity_board = "publicity_board"  # 宣传栏、文化墙
    broadcast = "broadcast"  # 广播、电子屏
    other = "other"


class SurveyStage(enum.StrEnum):
    pre = "pre"
    post = "post"


class CampaignReach(Base):
    __tablename__ = "campaign_reach"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), nullable=False)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    channel: Mapped[ReachChannel] = mapped_column(
        Enum(ReachChannel, native_enum=False, length=24), nullable=False
    )
    people_reached: Mapped[int] = mapped_column(Integer, nullable=False)
    recorded_on: Mapped[date] = mapped_column(Date, nullable=False)
    notes: Mapped[str | None] = mapped_column(String(500), nullable=True)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (
        CheckConstraint("people_reached >= 0", name="people_reached"),
        Index("ix_campaign_reach_campaign_id_org_id", "campaign_id", "org_id"),
        Index("ix_campaign_reach_org_id_id", "org_id", "id"),
    )


class KnowledgeSurvey(Base):
    __tablename__ = "knowledge_surveys"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), nullable=False)
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id"), nullable=True)
    stage: Mapped[SurveyStage] = mapped_column(Enum(SurveyStage, native_enum=False, length=8), nullable=False)
    conducted_on: Mapped[date] = mapped_column(Date, nullable=False)
    questions: Mapped[int] = mapped_column(Integer, nullable=False)
    respondents: Mapped[int] = mapped_column(Integer, nullable=False)
    correct_answers: Mapped[int] = mapped_column(Integer, nullable=False)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (
        CheckConstraint(
            "questions >= 1 AND respondents >= 1 AND correct_answers >= 0"
            " AND correct_answers <= questions * respondents",
            name="counts",
        ),
        Index("ix_knowledge_surveys_org_id_id", "org_id", "id"),
        Index("ix_knowledge_surveys_campaign_id_stage", "campaign_id", "stage"),
        Index("ix_knowledge_surveys_stage_conducted_on", "stage", "conducted_on"),
        Index("ix_knowledge_surveys_activity_id", "activity_id"),
    )
