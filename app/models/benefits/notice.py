"""Public notices (公示) of approved-at-community cases, and objections filed against them."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, Enum, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow


class ObjectionStatus(enum.StrEnum):
    open = "open"
    upheld = "upheld"
    dismissed = "dismissed"


class PublicNotice(Base):
    """A roster posted by a community for one program; the window is at least 7 days."""

    __tablename__ = "public_notices"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    program_id: Mapped[int] = mapped_column(ForeignKey("benefit_programs.id"), nullable=False)
    published_on: Mapped[date] = mapped_column(Date, nullable=False)
    window_ends_on: Mapped[date] = mapped_column(Date, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (
        Index("ix_public_notices_window_ends_on_id", "window_ends_on", "id"),
        Index("ix_public_notices_community_id_id", "community_id", "id"),
        Index(
            "ix_public_notices_key",
            "community_id",
            "program_id",
            "published_on",
            "window_ends_on",
            unique=True,
        ),
    )


class NoticeEntry(Base):
    """One case on a notice. The name is stored masked: the public side never sees more."""

    __tablename__ = "public_notice_entries"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    notice_id: Mapped[int] = mapped_column(
        ForeignKey("public_notices.id", ondelete="CASCADE"), nullable=False
    )
    application_id: Mapped[int] = mapped_column(
        ForeignKey("benefit_applications.id"), nullable=False, unique=True
    )
    masked_name: Mapped[str] = mapped_column(String(64), nullable=False)

    __table_args__ = (Index("ix_public_notice_entries_notice_id_id", "notice_id", "id"),)


class Objection(VersionedMixin, Base):
    """An objection (异议) from anyone during the window; it holds the case until resolved."""

    __tablename__ = "public_notice_objections"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("public_notices.id"), nullable=False)
    entry_id: Mapped[int] = mapped_column(ForeignKey("public_notice_entries.id"), nullable=False)
    application_id: Mapped[int] = mapped_column(ForeignKey("benefit_applications.id"), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    # How to reach the objector (personal information): ciphertext, shown only to those who resolve.
    contact_enc: Mapped[str | None] = mapped_column(String(512), nullable=True)
    # Keyed hash of the client address: the rate limit counts rows, no raw IP is kept.
    client_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    # Given to the objector on the receipt: with it they read the outcome (no account needed).
    tracking_code: Mapped[str | None] = mapped_column(String(32), nullable=True, unique=True)
    status: Mapped[ObjectionStatus] = mapped_column(
        Enum(ObjectionStatus, native_enum=False, length=16), nullable=False, default=ObjectionStatus.open
    )
    resolution_comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        Index("ix_public_notice_objections_notice_id_id", "notice_id", "id"),
        Index("ix_public_notice_objections_application_id_status", "application_id", "status"),
        Index("ix_public_notice_objections_client_hash_created_at", "client_hash", "created_at"),
    )
