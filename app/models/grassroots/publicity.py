"""Task 2, publicity and education (宣传教育): campaigns on key days and their activities.

Activities also carry the Association's members' activities (三进, the "three advances") and the
lectures of the Reproductive Care Action, so none of them is kept twice.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin


class KeyDay(enum.StrEnum):
    members_day = "members_day"  # 5·29 计生协会员活动日
    world_population_day = "world_population_day"  # 7·11 世界人口日
    other = "other"


class ActivityKind(enum.StrEnum):
    lecture = "lecture"
    consultation_booth = "consultation_booth"
    exhibition = "exhibition"
    door_to_door = "door_to_door"
    online_post = "online_post"


class ActivityStatus(enum.StrEnum):
    planned = "planned"
    reported = "reported"


class AdvanceInto(enum.StrEnum):
    """The Association's "three advances" (三进)."""

    community = "community"
    enterprise = "enterprise"
    school = "school"


class Campaign(VersionedMixin, Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    theme: Mapped[str] = mapped_column(String(200), nullable=False)
    key_day: Mapped[KeyDay] = mapped_column(Enum(KeyDay, native_enum=False, length=24), nullable=False)
    key_day_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    report_due_on: Mapped[date] = mapped_column(Date, nullable=False)

    __table_args__ = (
        CheckConstraint("report_due_on >= held_on", name="report_due"),
        Index("ix_campaigns_org_id_id", "org_id", "id"),
    )


class Activity(VersionedMixin, Base):
    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"), nullable=True)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("association_branches.id"), nullable=True)
    kind: Mapped[ActivityKind] = mapped_column(
        Enum(ActivityKind, native_enum=False, length=24), nullable=False
    )
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    status: Mapped[ActivityStatus] = mapped_column(
        Enum(ActivityStatus, native_enum=False, length=16), nullable=False, default=ActivityStatus.planned
    )
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    place: Mapped[str | None] = mapped_column(String(200), nullable=True)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), nullable=True)
    attendance: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    materials_handed_out: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    photo_links: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    advance_into: Mapped[AdvanceInto | None] = mapped_column(
        Enum(AdvanceInto, native_enum=False, length=16), nullable=True
    )
    care_action: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        CheckConstraint("attendance >= 0 AND materials_handed_out >= 0", name="counts"),
        Index("ix_activities_org_id_id", "org_id", "id"),
        Index("ix_activities_campaign_id_org_id", "campaign_id", "org_id"),
        Index("ix_activities_branch_id", "branch_id"),
        # Joint activities with a partner (活动联办, the quality area's five links) by date.
        Index("ix_activities_partner_id_held_on", "partner_id", "held_on"),
    )
