"""Mobile sync (issue 27): registered devices, the change log, upload receipts and conflicts."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, utcnow
from app.labels import register


class SyncDevice(Base):
    """A phone or tablet registered to a user, bound to the sign-in session it works under."""

    __tablename__ = "sync_devices"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    installation_id: Mapped[str] = mapped_column(String(64), nullable=False)
    label: Mapped[str] = mapped_column(String(100), nullable=False)
    secret_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    session_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    # When the device last proved its user's password (registration or a re-registration).
    signed_in_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    last_synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revoked_by: Mapped[int | None] = mapped_column(BigInteger, nullable=True)

    __table_args__ = (
        UniqueConstraint("user_id", "installation_id"),
        Index("ix_sync_devices_user_id_id", "user_id", "id"),
    )


class SyncChange(Base):
    """One row per (record, org) a write touched; written by database triggers (migration 0021)."""

    __tablename__ = "sync_changes"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    record_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    org_id: Mapped[int] = mapped_column(BigInteger, nullable=False)

    __table_args__ = (
        Index("ix_sync_changes_kind_org_changed", "kind", "org_id", "changed_at", "record_id"),
        # the retention job's predicate (app/services/sync/retention.py; migration 0028)
        Index("ix_sync_changes_changed_at", "changed_at"),
    )


class Outcome(enum.StrEnum):
    applied = "applied"
    conflict = "conflict"
    rejected = "rejected"


register(
    "sync_outcome",
    Outcome,
    {
        "applied": ("已应用", "Applied"),
        "conflict": ("有冲突（以服务器为准）", "Conflict (the server's state kept)"),
        "rejected": ("已拒绝", "Rejected"),
    },
)


class SyncOperation(Base):
    """The receipt of one uploaded operation: a re-sent operation answers this, never runs again."""

    __tablename__ = "sync_operations"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    device_id: Mapped[int | None] = mapped_column(ForeignKey("sync_devices.id"), nullable=True)
    op_id: Mapped[str] = mapped_column(String(64), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    payload_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    outcome: Mapped[str] = mapped_column(String(16), nullable=False)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)

    __table_args__ = (UniqueConstraint("user_id", "op_id"),)


class ConflictState(enum.StrEnum):
    open = "open"
    resolved = "resolved"


class Resolution(enum.StrEnum):
    keep_server = "keep_server"
    use_device = "use_device"


register(
    "sync_conflict_state", ConflictState, {"open": ("待处理", "Open"), "resolved": ("已处理", "Resolved")}
)
register(
    "sync_resolution",
    Resolution,
    {
        "keep_server": ("保留服务器数据", "Keep the server's"),
        "use_device": ("采用设备数据", "Use the device's"),
    },
)


class SyncConflict(Base):
    """What the server kept against what a device recorded, listed for the worker to resolve."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    operation_id: Mapped[int] = mapped_column(ForeignKey("sync_operations.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    object_type: Mapped[str] = mapped_column(String(32), nullable=False)
    object_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    field: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reason: Mapped[str] = mapped_column(String(64), nullable=False)
    server_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    # The device's value may be personal data (a phone number): encrypted like every PII column.
    device_value_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    state: Mapped[str] = mapped_column(String(16), nullable=False, default=ConflictState.open.value)
    resolution: Mapped[str | None] = mapped_column(String(16), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_sync_conflicts_user_id_state_id", "user_id", "state", "id"),)
