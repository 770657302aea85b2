"""Screening kinds (data), screening programs of a kind and year, and screenings.

The kinds are rows of ``screening_kinds`` (migration 0032 loads the free pre-pregnancy check, the
reproductive health census, youth health for migrant workers and birth-defect prenatal screening);
a program names its kind by code, and a kind may be added without a code change.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class PopulationRule(enum.StrEnum):
    """The conditions of a program's target population (``ScreeningProgram.population``)."""

    sex = "sex"
    age = "age"  # age reached in the program's year, between min_age and max_age
    marital_status = "marital_status"
    registration = "registration"  # local (户籍在本区) or migrant (流动人口)
    spouse = "spouse"  # a spouse checked together is of the other sex and married too


class RiskLevel(enum.StrEnum):
    low = "low"
    high = "high"


class ScreeningKind(VersionedMixin, Base):
    """A kind of screening program (筛查项目类别): its code, names, default target population and the
    dates it is in force (a program's year must fall within them)."""

    __tablename__ = "screening_kinds"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    name_zh: Mapped[str] = mapped_column(String(100), nullable=False)
    name_en: Mapped[str] = mapped_column(String(150), nullable=False)
    # The target population a program of this kind gets when it names none (same shape as
    # ``ScreeningProgram.population``).
    population: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    # The document the kind and its population follow.
    source: Mapped[str] = mapped_column(Text, nullable=False, default="")
    effective_from: Mapped[date] = mapped_column(Date, nullable=False)
    effective_to: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        CheckConstraint("effective_to IS NULL OR effective_to >= effective_from", name="effective_dates"),
    )


class ScreeningProgram(VersionedMixin, Base):
    __tablename__ = "screening_programs"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(ForeignKey("screening_kinds.code"), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    # The org that runs the program (usually the street); its subtree is where it counts.
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    # Who the program is for: {"sex", "min_age", "max_age", "marital_status": [...], "registration"}.
    population: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)

    __table_args__ = (
        UniqueConstraint("org_id", "year", "kind"),
        Index("ix_screening_programs_year_id", "year", "id"),
    )


class ScreeningTarget(VersionedMixin, Base):
    """How many people a community (or unit) is to screen in a program (目标任务数)."""

    __tablename__ = "screening_targets"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("screening_programs.id", ondelete="CASCADE"), nullable=False
    )
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    target_count: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        UniqueConstraint("program_id", "org_id"),
        CheckConstraint("target_count >= 0", name="target_count"),
    )


class Screening(VersionedMixin, Base):
    __tablename__ = "screenings"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("screening_programs.id"), nullable=False)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), nullable=False)
    # The spouse when a couple is checked together (孕前优生检查 is for couples).
    spouse_resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    # The resident's community when recorded: whose casework it is (scope).
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    # The org whose target it counts toward: the employer unit when the program gives that unit a
    # target (youth health for migrant workers), otherwise the community.
    counted_org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    provider_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), nullable=True)
    screened_on: Mapped[date] = mapped_column(Date, nullable=False)
    items: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    risk_level: Mapped[RiskLevel] = mapped_column(
        Enum(RiskLevel, native_enum=False, length=8), nullable=False
    )
    # Health findings are sensitive (PIPL art. 28): AES-GCM ciphertext only.
    findings_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        Index("ix_screenings_program_id_counted_org_id", "program_id", "counted_org_id"),
        Index("ix_screenings_org_id_id", "org_id", "id"),
        Index("ix_screenings_risk_level_id", "risk_level", "id"),
        Index("ix_screenings_resident_id", "resident_id"),
        Index("ix_screenings_spouse_resident_id", "spouse_resident_id"),
        Index("ix_screenings_screened_on", "screened_on"),  # the screened_from/screened_to filter
        # People screened per org and period (leadership figures), from the index alone on PostgreSQL.
        Index(
            "ix_screenings_counted_org_id_screened_on",
            "counted_org_id",
            "screened_on",
            postgresql_include=["program_id", "resident_id"],
        ),
    )
