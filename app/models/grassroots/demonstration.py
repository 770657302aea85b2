"""The two highlights: demonstration communities (示范社区) per theme, with a weighted checklist."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Enum, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class DemonstrationTheme(enum.StrEnum):
    publicity = "publicity"
    floating_population = "floating_population"


class DemonstrationStatus(enum.StrEnum):
    candidate = "candidate"
    self_assessed = "self_assessed"
    assessed = "assessed"
    named = "named"
    revoked = "revoked"


class Demonstration(VersionedMixin, Base):
    __tablename__ = "demonstrations"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    theme: Mapped[DemonstrationTheme] = mapped_column(
        Enum(DemonstrationTheme, native_enum=False, length=24), nullable=False
    )
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    status: Mapped[DemonstrationStatus] = mapped_column(
        Enum(DemonstrationStatus, native_enum=False, length=16),
        nullable=False,
        default=DemonstrationStatus.candidate,
    )
    pass_score: Mapped[int] = mapped_column(Integer, nullable=False, default=85)
    status_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)

    __table_args__ = (Index("ix_demonstrations_org_id_theme_year", "org_id", "theme", "year", unique=True),)


class DemonstrationCriterion(Base):
    """One line of the checklist: weight (the lines sum to 100), self score, street score, evidence."""

    __tablename__ = "demonstration_criteria"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    demonstration_id: Mapped[int] = mapped_column(
        ForeignKey("demonstrations.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    weight: Mapped[int] = mapped_column(Integer, nullable=False)
    self_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    street_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    evidence_links: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)

    __table_args__ = (
        CheckConstraint("weight BETWEEN 1 AND 100", name="weight"),
        CheckConstraint("self_score IS NULL OR (self_score BETWEEN 0 AND weight)", name="self_score"),
        CheckConstraint("street_score IS NULL OR (street_score BETWEEN 0 AND weight)", name="street_score"),
        Index(
            "ix_demonstration_criteria_demonstration_id_position", "demonstration_id", "position", unique=True
        ),
    )
