"""Benefit programs (利益导向) and the applications that move through review toward enrolment."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow


class ProgramPeriod(enum.StrEnum):
    monthly = "monthly"
    annual = "annual"
    one_off = "one_off"


class ProgramBasis(enum.StrEnum):
    per_family = "per_family"
    per_person = "per_person"


class ProgramPayer(enum.StrEnum):
    """Who pays: ``unit`` means the parents' employer where they have one, else the street."""

    unit = "unit"
    street = "street"
    district = "district"


class EligibilityRule(enum.StrEnum):
    """The rule set a program's eligibility check applies (the program's code names its data)."""

    one_child_award = "one_child_award"
    special_support_death = "special_support_death"
    special_support_disability = "special_support_disability"
    street_special_assistance = "street_special_assistance"
    rural_reward_support = "rural_reward_support"


class ApplicationStatus(enum.StrEnum):
    draft = "draft"
    submitted = "submitted"
    returned = "returned"
    in_notice = "in_notice"
    street_approved = "street_approved"
    enrolled = "enrolled"
    rejected = "rejected"
    withdrawn = "withdrawn"


OPEN_APPLICATION_STATUSES = (
    ApplicationStatus.draft,
    ApplicationStatus.submitted,
    ApplicationStatus.returned,
    ApplicationStatus.in_notice,
    ApplicationStatus.street_approved,
)


class ReviewLevel(enum.StrEnum):
    community = "community"
    street = "street"
    district = "district"


class ReviewDecision(enum.StrEnum):
    approve = "approve"
    return_ = "return"
    reject = "reject"


class BenefitProgram(VersionedMixin, Base):
    __tablename__ = "benefit_programs"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    code: Mapped[str] = mapped_column(String(48), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    rule: Mapped[EligibilityRule] = mapped_column(
        Enum(EligibilityRule, native_enum=False, length=32), nullable=False
    )
    # The street or district that runs the program and may edit it.
    owner_org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    # The standard in force today (kept equal to the latest effective standard row).
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    # National programs never pay below the national floor (per period, in fen); None for local ones.
    national_floor_fen: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The street's own criteria (data, not code), e.g. {"max_children": 1, "honour_certificate": true}.
    criteria: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    period: Mapped[ProgramPeriod] = mapped_column(
        Enum(ProgramPeriod, native_enum=False, length=16), nullable=False
    )
    basis: Mapped[ProgramBasis] = mapped_column(
        Enum(ProgramBasis, native_enum=False, length=16), nullable=False
    )
    payer: Mapped[ProgramPayer] = mapped_column(
        Enum(ProgramPayer, native_enum=False, length=16), nullable=False
    )
    # Programs sharing a group are not paid together: a person gets the higher one.
    exclusive_group: Mapped[str | None] = mapped_column(String(32), nullable=True)
    required_materials: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    criteria_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    open_for_applications: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    policy_year: Mapped[int] = mapped_column(Integer, nullable=False)


class BenefitApplication(VersionedMixin, Base):
    __tablename__ = "benefit_applications"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("benefit_programs.id"), nullable=False)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), nullable=False)
    # Denormalised for the scope filter: the family's community and a parent's employer unit.
    community_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("orgs.id"), nullable=True)
    payer_org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    status: Mapped[ApplicationStatus] = mapped_column(
        Enum(ApplicationStatus, native_enum=False, length=16),
        nullable=False,
        default=ApplicationStatus.draft,
    )
    materials: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    missing_materials: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), nullable=False)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    notice_ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decision_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # A reason the system wrote: its code and parameters (app/reasons.py), rendered when read.
    decision_reason_code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    decision_reason_params: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (
        Index("ix_benefit_applications_community_id_id", "community_id", "id"),
        Index("ix_benefit_applications_unit_id_id", "unit_id", "id"),
        Index("ix_benefit_applications_status_id", "status", "id"),
        Index("ix_benefit_applications_program_id_id", "program_id", "id"),
        Index("ix_benefit_applications_family_id", "family_id"),
        Index("ix_benefit_applications_submitted_at", "submitted_at"),  # submitted_from/_to filter
        # One open application per family and program (a closed one may be followed by a new one).
        Index(
            "uq_benefit_applications_open",
            "family_id",
            "program_id",
            unique=True,
            postgresql_where=text("status IN ('draft','submitted','returned','in_notice','street_approved')"),
        ),
    )


class ApplicationReview(Base):
    """One decision on an application: who, when, at which level, what and why."""

    __tablename__ = "benefit_application_reviews"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("benefit_applications.id", ondelete="CASCADE"), nullable=False
    )
    level: Mapped[ReviewLevel] = mapped_column(
        Enum(ReviewLevel, native_enum=False, length=16), nullable=False
    )
    decision: Mapped[str] = mapped_column(String(16), nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    missing_materials: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    reviewer_username: Mapped[str] = mapped_column(String(64), nullable=False)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)

    __table_args__ = (Index("ix_benefit_application_reviews_application_id_id", "application_id", "id"),)


class ProgramStandard(Base):
    """A program's amount from an effective month on (标准调整): batches pay the one in force."""

    __tablename__ = "benefit_program_standards"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("benefit_programs.id"), nullable=False)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False)
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    basis_document: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (
        UniqueConstraint("program_id", "effective_from", name="uq_benefit_program_standards_program_from"),
    )
