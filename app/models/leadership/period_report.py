"""Periodic reports (统计报表): the district's report forms and each street's report per period.

A form (monthly, quarterly or annual) lists the figures it holds, from the indicator catalogue and
the areas' figures, and the working days after a period's end the streets have to submit. A
street's report for a period keeps every version it ever had (``PeriodReportVersion``): prepared
from the records, revised, submitted with its signatures, returned with reasons, accepted, amended.
No version is overwritten; the report points at its current one and at the one the district
accepted last, which is what the district's roll-up sums.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
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

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow


class ReportPeriodKind(enum.StrEnum):
    monthly = "monthly"
    quarterly = "quarterly"
    annual = "annual"


class PeriodReportStatus(enum.StrEnum):
    prepared = "prepared"  # prepared from the records, being reviewed by the street
    submitted = "submitted"  # signed and submitted, awaiting the district
    returned = "returned"  # returned by the district with reasons
    accepted = "accepted"  # accepted by the district


class ReportVersionKind(enum.StrEnum):
    prepared = "prepared"  # the first, read from the records as of the period's end
    revision = "revision"  # the street re-read or corrected it before (re)submitting
    amendment = "amendment"  # a correction after acceptance, with its reason


class ReportDecision(enum.StrEnum):
    accepted = "accepted"
    returned = "returned"


class ReportSignatoryRole(enum.StrEnum):
    preparer = "preparer"  # 填表人
    reviewer = "reviewer"  # 审核人
    leader = "leader"  # 单位负责人


class ReportForm(VersionedMixin, Base):
    __tablename__ = "report_forms"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    name_zh: Mapped[str] = mapped_column(String(100), nullable=False)
    name_en: Mapped[str] = mapped_column(String(150), nullable=False)
    period_kind: Mapped[ReportPeriodKind] = mapped_column(
        Enum(ReportPeriodKind, native_enum=False, length=16), nullable=False
    )
    # [{"code", "indicator_code", "figure_code", "name_zh", "name_en"}], in the layout order
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False)
    # Working days after the period's last day (the working-day calendar of core counts them).
    deadline_working_days: Mapped[int] = mapped_column(Integer, nullable=False)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)  # the document that sets the form
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        UniqueConstraint("district_id", "code"),
        CheckConstraint("deadline_working_days BETWEEN 1 AND 60", name="deadline_working_days"),
    )


class PeriodReport(VersionedMixin, Base):
    __tablename__ = "period_reports"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("report_forms.id"), nullable=False)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)  # the street
    district_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[PeriodReportStatus] = mapped_column(
        Enum(PeriodReportStatus, native_enum=False, length=16), nullable=False
    )
    current_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    accepted_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    first_submitted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        UniqueConstraint("form_id", "org_id", "period_start"),
        Index("ix_period_reports_form_id_period_start", "form_id", "period_start", "org_id"),
        Index("ix_period_reports_org_id_id", "org_id", "id"),
        Index("ix_period_reports_status_id", "status", "id"),
    )


class PeriodReportVersion(Base):
    """One version of a street's report; never updated once submitted, never deleted."""

    __tablename__ = "period_report_versions"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("period_reports.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[ReportVersionKind] = mapped_column(
        Enum(ReportVersionKind, native_enum=False, length=16), nullable=False
    )
    # [{"code", "value", "numerator", "denominator", "unit", "per", "corrected", "not_computable_reason"}]
    values: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    prepared_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    prepared_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    signatories: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, nullable=True)
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    submitted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision: Mapped[str | None] = mapped_column(String(16), nullable=True)  # accepted | returned
    decision_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (UniqueConstraint("report_id", "number"),)
