"""Reproductive Care projects (生育关怀项目): aim, budget, beneficiaries, activities, results."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from app.models.grassroots.care_project import CareProjectStatus
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody


class CareProjectCreate(StorableBody):
    org_id: DbId = Field(description="The street or community that runs the project")
    year: int = Field(ge=2000, le=2100)
    name: str = Field(min_length=1, max_length=200, examples=["失独老人“暖心陪伴”项目"])
    aim: str = Field(min_length=1, max_length=2000)
    beneficiaries: str = Field(min_length=1, max_length=500, description="Who the project is for")
    beneficiary_target: int = Field(ge=0, le=1_000_000, description="How many it means to reach")
    budget_fen: int = Field(ge=0, le=2_000_000_000, description="The budget, in fen")


class CareProjectLink(StorableBody):
    id: DbId = Field(description="The care case (beneficiary) or activity to link")


class CareProjectComplete(StorableBody):
    completed_on: IsoDate
    results: str = Field(min_length=1, max_length=5000, description="What the project achieved")


class CareProjectRead(ORMModel):
    id: int
    org_id: int
    year: int
    name: str
    aim: str
    beneficiaries: str
    beneficiary_target: int
    budget_fen: int
    status: CareProjectStatus
    results: str | None
    completed_on: date | None
    beneficiaries_reached: int = Field(description="Care cases linked to the project")
    spent_fen: int = Field(description="Assistance given on the project's cases, in fen")
    activities_held: int = Field(description="Activities linked to the project")
    version: int
