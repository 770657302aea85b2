"""Funds (经费): budgets by the plan's tasks, their lines, the spending ledger and evidence files."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from app.models.leadership.safeguards import PlanTask, SpendingKind
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody

Fen = Field(ge=0, le=2_000_000_000, description="In fen (1 yuan = 100 fen)")


class EvidenceFileRead(ORMModel):
    id: int
    org_id: int
    org_name: str
    filename: str
    content_type: str
    size_bytes: int
    sha256: str = Field(description="SHA-256 of the bytes, hex")
    uploaded_by: int | None
    uploaded_by_name: str | None
    uploaded_at: datetime


class BudgetCreate(StorableBody):
    org_id: DbId = Field(description="The street whose budget it is")
    year: int = Field(ge=2000, le=2100)
    title: str = Field(min_length=1, max_length=200, examples=["2026年度人口和计划生育工作经费预算"])
    approved_on: IsoDate
    document_number: str | None = Field(default=None, max_length=100, examples=["渝中石办发〔2026〕3号"])


class BudgetRead(ORMModel):
    id: int
    org_id: int
    org_name: str
    year: int
    title: str
    approved_on: date
    document_number: str | None
    approved_fen: int = Field(description="The lines' approved amounts, summed")
    spent_fen: int = Field(description="Spending net of reversals and adjustments, to date")
    execution_rate: float | None = Field(description="spent / approved × 100; None with nothing approved")
    version: int


class BudgetLineCreate(StorableBody):
    task: PlanTask
    org_id: DbId = Field(description="Who the money is allotted to: the street itself or a community or unit")
    approved_fen: int = Fen
    note: str = Field(default="", max_length=500)


class BudgetLineRead(ORMModel):
    id: int
    budget_id: int
    year: int
    task: PlanTask
    org_id: int
    org_name: str
    approved_fen: int
    note: str
    spent_fen: int = Field(description="Spending net of reversals and adjustments, to date")
    remaining_fen: int
    execution_rate: float | None
    version: int


class SpendingCreate(StorableBody):
    line_id: DbId
    spent_on: IsoDate
    amount_fen: int = Field(ge=1, le=2_000_000_000, description="In fen (1 yuan = 100 fen)")
    purpose: str = Field(min_length=1, max_length=500)
    payee: str = Field(min_length=1, max_length=200)
    evidence_file_id: DbId = Field(description="The uploaded invoice or receipt (POST /evidence-files)")


class SpendingReversal(StorableBody):
    reversed_on: IsoDate
    reason: str = Field(min_length=1, max_length=2000)


class SpendingAdjustment(StorableBody):
    adjusted_on: IsoDate
    amount_fen: int = Field(
        ge=-2_000_000_000,
        le=2_000_000_000,
        description="The signed difference, in fen (not zero)",
        json_schema_extra={"not": {"const": 0}},
    )
    reason: str = Field(min_length=1, max_length=2000)
    evidence_file_id: DbId | None = None


class SpendingRead(ORMModel):
    id: int
    line_id: int
    budget_id: int
    task: PlanTask
    org_id: int
    org_name: str
    kind: SpendingKind
    spent_on: date
    amount_fen: int = Field(description="Signed: a reversal is negative, an adjustment either")
    purpose: str
    payee: str
    evidence_file_id: int | None
    evidence_filename: str | None
    corrects_id: int | None = Field(description="The entry a reversal or adjustment corrects")
    reason: str | None
    recorded_by: int | None
    recorded_by_name: str | None
    recorded_at: datetime


class ExecutionRow(ORMModel):
    approved_fen: int
    spent_fen: int
    remaining_fen: int
    execution_rate: float | None


class TaskExecution(ExecutionRow):
    task: PlanTask
    task_label: str


class LineExecution(ExecutionRow):
    line_id: int
    task: PlanTask
    org_id: int
    org_name: str


class BudgetExecution(ExecutionRow):
    budget_id: int
    year: int
    as_of: date
    tasks: list[TaskExecution]
    lines: list[LineExecution]
