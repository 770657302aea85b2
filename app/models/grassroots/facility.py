"""Facilities in place (设施到位) and the publicity environment (环境推动).

A facility is a service station or room, a publicity site, a publicity board or a cultural wall of
a community, unit or the street; a contraceptive distribution point (Task 6's
``distribution_points``) is a facility of kind ``distribution_point`` that links that point, so its
inspections and condition are kept here without keeping the point twice. Inspections record the
condition found (the latest one by date sets the facility's condition); boards and walls carry a
content refresh schedule (every N days) and their refreshes, from which the next refresh is due.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow


class FacilityKind(enum.StrEnum):
    service_station = "service_station"  # 计生服务站
    service_room = "service_room"  # 计生服务室
    publicity_site = "publicity_site"  # 宣传阵地 (人口学校、图书角)
    publicity_board = "publicity_board"  # 宣传栏
    cultural_wall = "cultural_wall"  # 文化墙
    distribution_point = "distribution_point"  # 药具发放点 (links distribution_points)


# Kinds whose content is refreshed on a schedule.
REFRESHED_KINDS = (FacilityKind.publicity_board, FacilityKind.cultural_wall)


class FacilityCondition(enum.StrEnum):
    good = "good"
    needs_repair = "needs_repair"
    out_of_use = "out_of_use"


class Facility(VersionedMixin, Base):
    __tablename__ = "facilities"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    kind: Mapped[FacilityKind] = mapped_column(
        Enum(FacilityKind, native_enum=False, length=24), nullable=False
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    location: Mapped[str] = mapped_column(String(200), nullable=False)
    distribution_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("distribution_points.id"), nullable=True, unique=True
    )
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    condition: Mapped[FacilityCondition] = mapped_column(
        Enum(FacilityCondition, native_enum=False, length=16), nullable=False
    )
    last_inspected_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    refresh_every_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_refreshed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # (last refresh, else opened_on) + refresh_every_days: kept on every refresh, for the overdue filter.
    refresh_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        CheckConstraint(
            "(kind = 'distribution_point') = (distribution_point_id IS NOT NULL)", name="distribution_point"
        ),
        CheckConstraint(
            "(kind IN ('publicity_board', 'cultural_wall')) = (refresh_every_days IS NOT NULL)"
            " AND (refresh_every_days IS NULL OR refresh_every_days BETWEEN 1 AND 3650)",
            name="refresh_schedule",
        ),
        Index("ix_facilities_org_id_id", "org_id", "id"),
        Index("ix_facilities_kind_id", "kind", "id"),
        Index("ix_facilities_condition_id", "condition", "id"),
        Index("ix_facilities_refresh_due_on", "refresh_due_on"),
    )


class FacilityInspection(Base):
    """An inspection: who looked, when, the condition found, what was found, photos as links."""

    __tablename__ = "facility_inspections"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id", ondelete="CASCADE"), nullable=False)
    inspected_on: Mapped[date] = mapped_column(Date, nullable=False)
    inspector: Mapped[str] = mapped_column(String(100), nullable=False)
    condition: Mapped[FacilityCondition] = mapped_column(
        Enum(FacilityCondition, native_enum=False, length=16), nullable=False
    )
    findings: Mapped[str | None] = mapped_column(Text, nullable=True)
    photo_links: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (
        Index("ix_facility_inspections_facility_id_inspected_on", "facility_id", "inspected_on"),
    )


class FacilityRefresh(Base):
    """A board's or wall's content refreshed (更新): the date, the new theme, photos as links."""

    __tablename__ = "facility_refreshes"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facilities.id", ondelete="CASCADE"), nullable=False)
    refreshed_on: Mapped[date] = mapped_column(Date, nullable=False)
    theme: Mapped[str] = mapped_column(String(200), nullable=False)
    photo_links: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (Index("ix_facility_refreshes_facility_id_refreshed_on", "facility_id", "refreshed_on"),)
