"""Service types with their guides (一次性告知), and service requests on the clock."""

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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow


class ServiceSubject(enum.StrEnum):
    resident = "resident"
    family = "family"


class IssuedDocument(enum.StrEnum):
    """What a completed request issues, and where the number is recorded."""

    birth_registration_no = "birth_registration_no"  # recorded on the family (Family.birth_registration_no)
    honour_certificate_no = "honour_certificate_no"  # recorded on the family (光荣证)
    certificate_no = "certificate_no"  # kept on the request only (e.g. 婚育证明)
    none = "none"


class ServiceLevel(enum.StrEnum):
    """The level of the office that takes a step: the community (社区) or the street office (街道)."""

    community = "community"
    street = "street"


class PreconditionRule(enum.StrEnum):
    """The conditions a service type may state on the family record (its ``preconditions``)."""

    children_min = "children_min"  # at least N children on record
    children_max = "children_max"  # at most N children on record
    child_order_max = "child_order_max"  # the child the request is for is at most the N-th
    # ... is within the registration orders of the birth policy rule in force on its birth date
    child_order_within_birth_policy = "child_order_within_birth_policy"
    child_born_before = "child_born_before"  # that child was born before the date
    child_status_in = "child_status_in"  # some child has one of these statuses (deceased, disabled)
    one_valid_per_family = "one_valid_per_family"  # no valid document of this kind held already
    one_valid_per_child = "one_valid_per_child"  # no valid document of this kind for the same child


class ServiceRequestState(enum.StrEnum):
    submitted = "submitted"
    returned = "returned"  # 补正: returned once for correction with every missing item
    forwarded = "forwarded"  # the community pre-checked the papers and sent them to the street
    accepted = "accepted"
    completed = "completed"
    rejected = "rejected"


class MaterialForm(enum.StrEnum):
    original = "original"
    alternative = "alternative"  # one of the material's accepted alternatives
    commitment = "commitment"  # 告知承诺: a signed commitment stands in for the paper


class ServiceType(VersionedMixin, Base):
    __tablename__ = "service_types"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    code: Mapped[str] = mapped_column(String(48), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    subject: Mapped[ServiceSubject] = mapped_column(
        Enum(ServiceSubject, native_enum=False, length=16), nullable=False
    )
    time_limit_working_days: Mapped[int] = mapped_column(Integer, nullable=False)
    instant: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)  # 即办
    online: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    fee_fen: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    where_to_apply: Mapped[str] = mapped_column(String(200), nullable=False)
    issues: Mapped[IssuedDocument] = mapped_column(
        Enum(IssuedDocument, native_enum=False, length=32), nullable=False, default=IssuedDocument.none
    )
    number_prefix: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    # Which level accepts (受理) and which completes and issues (办结/发证); a community that takes
    # the papers of a street-level service pre-checks and forwards them within its own limit.
    accepting_level: Mapped[ServiceLevel] = mapped_column(
        Enum(ServiceLevel, native_enum=False, length=16), nullable=False, default=ServiceLevel.community
    )
    issuing_level: Mapped[ServiceLevel] = mapped_column(
        Enum(ServiceLevel, native_enum=False, length=16), nullable=False, default=ServiceLevel.community
    )
    forward_limit_working_days: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # The conditions on the family record (see app/services/lawful_services/preconditions.py).
    preconditions: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    materials: Mapped[list[ServiceMaterial]] = relationship(
        lazy="raise", order_by="ServiceMaterial.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("time_limit_working_days >= 0", name="time_limit"),
        CheckConstraint("fee_fen >= 0", name="fee"),
        CheckConstraint("forward_limit_working_days >= 0", name="forward_limit"),
    )


class ServiceMaterial(Base):
    """One item of the one-time notification list (一次性告知清单)."""

    __tablename__ = "service_materials"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    service_type_id: Mapped[int] = mapped_column(
        ForeignKey("service_types.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    code: Mapped[str] = mapped_column(String(48), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    name_en: Mapped[str | None] = mapped_column(String(100), nullable=True)
    mandatory: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # [{"code": "household_register", "name": "户口簿"}]: papers accepted instead.
    alternatives: Mapped[list[dict[str, str]]] = mapped_column(JSON, nullable=False, default=list)
    commitment_allowed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    __table_args__ = (UniqueConstraint("service_type_id", "code"),)


class ServiceTypePolicy(Base):
    """The policies a service type rests on."""

    __tablename__ = "service_type_policies"

    service_type_id: Mapped[int] = mapped_column(
        ForeignKey("service_types.id", ondelete="CASCADE"), primary_key=True
    )
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_service_type_policies_policy_id", "policy_id"),)


class ServiceRequest(VersionedMixin, Base):
    __tablename__ = "service_requests"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    # Unguessable code the applicant uses for the public status look-up.
    tracking_code: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    service_type_id: Mapped[int] = mapped_column(ForeignKey("service_types.id"), nullable=False)
    # The community (or street) the request belongs to: scope and statistics follow it.
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    family_id: Mapped[int | None] = mapped_column(ForeignKey("families.id"), nullable=True)
    state: Mapped[ServiceRequestState] = mapped_column(
        Enum(ServiceRequestState, native_enum=False, length=16), nullable=False
    )
    # [{"code": ..., "form": "original" | "alternative" | "commitment", "alternative": ...}]
    materials: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    note: Mapped[str | None] = mapped_column(String(500), nullable=True)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    submitted_on: Mapped[date] = mapped_column(Date, nullable=False)  # the office's date (UTC+8)
    # The legal clock: started on the (re)submission date, due after N working days.
    clock_started_on: Mapped[date] = mapped_column(Date, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    # Counted into a year whose holidays were unknown (weekdays only): due_on or forward_due_on is
    # counted again when that year's arrangement arrives (app/services/core/working_days.py).
    due_provisional: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # The community's part of a street-level service: due by, and when it forwarded the papers.
    forward_due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    forwarded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The child the request is for (a registration or certificate is per child); None: the next one.
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"), nullable=True)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    finished_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    working_days_taken: Mapped[int | None] = mapped_column(Integer, nullable=True)
    issued_no: Mapped[str | None] = mapped_column(String(40), nullable=True, unique=True)
    reject_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    filed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    returns: Mapped[list[ServiceReturn]] = relationship(lazy="raise", order_by="ServiceReturn.id")

    __table_args__ = (
        CheckConstraint("resident_id IS NOT NULL OR family_id IS NOT NULL", name="has_subject"),
        Index("ix_service_requests_org_id_id", "org_id", "id"),
        Index("ix_service_requests_state_due_on", "state", "due_on"),
        Index("ix_service_requests_service_type_id_id", "service_type_id", "id"),
        Index("ix_service_requests_family_id", "family_id"),
        Index("ix_service_requests_resident_id", "resident_id"),
        Index("ix_service_requests_submitted_on", "submitted_on"),
    )


class ServiceReturn(Base):
    """A return for correction (补正) with the complete list of what was missing then."""

    __tablename__ = "service_returns"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("service_requests.id", ondelete="CASCADE"), nullable=False
    )
    returned_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    returned_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    missing: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    # The listed items the applicant has brought since (补正 may take several visits).
    brought: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    comment: Mapped[str | None] = mapped_column(String(500), nullable=True)

    __table_args__ = (Index("ix_service_returns_request_id", "request_id"),)
