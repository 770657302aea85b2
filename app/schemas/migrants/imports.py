"""Bulk import jobs and their per-row report."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from app.models.migrants.imports import ImportFormat, ImportKind, ImportMode, ImportStatus
from app.schemas.common import ORMModel


class RowProblem(BaseModel):
    field: str
    msg: str


class RowReport(BaseModel):
    row: int = Field(description="Data row number, from 1 (the CSV header is not counted)")
    errors: list[RowProblem]


class ImportRead(ORMModel):
    id: int
    org_id: int
    kind: ImportKind
    format: ImportFormat
    mode: ImportMode
    status: ImportStatus
    total_rows: int
    rows_done: int
    created: int
    updated: int
    unchanged: int
    failed: int
    errors: list[RowReport] = Field(description="Every bad row (up to 10,000) with its problems by field")
    error: str | None = Field(description="Why the whole file was refused (unreadable, bad header)")
    created_at: datetime
    finished_at: datetime | None
