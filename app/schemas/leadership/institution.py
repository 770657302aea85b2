"""Institutions and systems in force (制度、机构): dated documents with their file."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from app.models.leadership.institution import InstitutionCategory, InstitutionKind
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody


class InstitutionCreate(StorableBody):
    org_id: DbId = Field(description="Whose body or rules these are: the street, a community or a unit")
    kind: InstitutionKind
    title: str = Field(
        min_length=1, max_length=200, examples=["关于调整街道人口和计划生育工作领导小组的通知"]
    )
    issued_by: str = Field(min_length=1, max_length=200, examples=["中共石油路街道工作委员会"])
    document_number: str | None = Field(default=None, max_length=100)
    effective_from: IsoDate
    file_id: DbId | None = Field(default=None, description="The signed document (POST /evidence-files)")
    note: str = Field(default="", max_length=2000)


class InstitutionRepeal(StorableBody):
    repealed_on: IsoDate
    reason: str = Field(min_length=1, max_length=2000)


class InstitutionRead(ORMModel):
    id: int
    org_id: int
    org_name: str
    kind: InstitutionKind
    category: InstitutionCategory
    title: str
    issued_by: str
    document_number: str | None
    effective_from: date
    repealed_on: date | None
    repeal_reason: str | None
    file_id: int | None
    file_name: str | None
    note: str
    version: int


class RequiredKind(ORMModel):
    kind: InstitutionKind
    kind_label: str
    in_force: bool
    document_ids: list[int]


class RequiredInstitutions(ORMModel):
    org_id: int
    on: date
    required: int
    in_force: int
    kinds: list[RequiredKind]
