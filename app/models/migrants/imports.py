"""Bulk import jobs: a district system's CSV or NDJSON of residents or migrants, processed by the worker."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Enum, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin


class ImportKind(enum.StrEnum):
    residents = "residents"
    migrants = "migrants"


class ImportFormat(enum.StrEnum):
    csv = "csv"
    ndjson = "ndjson"


class ImportMode(enum.StrEnum):
    all_or_nothing = "all_or_nothing"  # one bad row: nothing is written
    per_row = "per_row"  # good rows are written, bad ones reported


class ImportStatus(enum.StrEnum):
    queued = "queued"
    running = "running"
    done = "done"  # finished (per row: with or without bad rows)
    rejected = "rejected"  # all-or-nothing with bad rows: nothing written


# A job holds its file while queued or running (uq_import_jobs_active_file).
ACTIVE = "status IN ('queued','running')"


class ImportJob(VersionedMixin, Base):
    __tablename__ = "import_jobs"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    kind: Mapped[ImportKind] = mapped_column(Enum(ImportKind, native_enum=False, length=16), nullable=False)
    format: Mapped[ImportFormat] = mapped_column(
        Enum(ImportFormat, native_enum=False, length=8), nullable=False
    )
    mode: Mapped[ImportMode] = mapped_column(Enum(ImportMode, native_enum=False, length=16), nullable=False)
    status: Mapped[ImportStatus] = mapped_column(
        Enum(ImportStatus, native_enum=False, length=16), nullable=False, default=ImportStatus.queued
    )
    content: Mapped[str | None] = mapped_column(Text, nullable=True)  # dropped once processed
    # SHA-256 of the uploaded bytes: one queued or running job per org, kind and file.
    content_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    total_rows: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    rows_done: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    failed: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # [{"row": n, "errors": [{"field": ..., "msg": ...}]}], row numbers from 1 (data rows).
    errors: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        Index("ix_import_jobs_org_id_id", "org_id", "id"),
        Index("ix_import_jobs_status_id", "status", "id"),
        Index(
            "uq_import_jobs_active_file",
            "org_id",
            "kind",
            "content_sha256",
            unique=True,
            postgresql_where=text(ACTIVE),
        ),
    )
