"""Task 1: workers, trainings and their attendance."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from app.models.grassroots.network import WorkerKind
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody
from app.schemas.patch_body import PatchBody

Text64 = Field(min_length=1, max_length=64)


class WorkerCreate(StorableBody):
    org_id: DbId = Field(description="The community, unit or street the worker serves")
    name: str = Field(min_length=1, max_length=64, examples=["王秀英"])
    kind: WorkerKind
    post: str = Field(min_length=1, max_length=64, examples=["社区计生专干"])
    phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    started_on: IsoDate
    ended_on: IsoDate | None = Field(default=None, description="Not before started_on")
    qualifications: list[str] = Field(default_factory=list, max_length=20)
    user_id: DbId | None = Field(default=None, description="The worker's account, if they have one")


class WorkerUpdate(StorableBody, PatchBody):
    clearable = frozenset({"phone", "ended_on"})

    post: str | None = Field(default=None, min_length=1, max_length=64)
    phone: str | None = Field(default=None, pattern=r"^1\d{10}$")
    ended_on: IsoDate | None = Field(default=None, description="Not before the worker's started_on")
    qualifications: list[str] | None = Field(default=None, max_length=20)


class WorkerRead(ORMModel):
    id: int
    org_id: int
    name: str
    kind: WorkerKind
    post: str
    phone: str | None = Field(validation_alias="phone_masked", description="Masked unless revealed")
    started_on: date
    ended_on: date | None
    qualifications: list[str]
    user_id: int | None
    version: int
    created_at: datetime
    updated_at: datetime


class TrainingCreate(StorableBody):
    org_id: DbId = Field(description="The org that holds the training")
    title: str = Field(min_length=1, max_length=200)
    held_on: IsoDate
    hours: float = Field(gt=0, le=200)
    partner_id: DbId | None = None
    worker_ids: list[DbId] = Field(default_factory=list, max_length=500, description="Who attended")


class TrainingAttendanceAdd(StorableBody):
    worker_ids: list[DbId] = Field(min_length=1, max_length=500)


class TrainingRead(ORMModel):
    id: int
    org_id: int
    title: str
    held_on: date
    hours: float
    partner_id: int | None
    worker_ids: list[int]
    version: int


class WorkerHours(ORMModel):
    worker_id: int
    org_id: int
    name: str
    year: int
    trainings: int
    hours: float


class VacantPost(ORMModel):
    """A community or unit without a serving family planning worker (or liaison)."""

    org_id: int
    org_name: str
    org_kind: str
    missing_kind: WorkerKind
