"""Work style (作风建设), the three activities (三项活动) and political style (政风行风): activity
kinds the street keeps, activities with participants and findings, and the conduct view."""

from __future__ import annotations

from datetime import date
from typing import Self

from pydantic import ConfigDict, Field, model_validator

from app.models.grassroots.conduct import FindingStatus
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody
from app.schemas.patch_body import PatchBody

KIND_CODE = r"^[a-z][a-z0-9_]{1,31}$"


class ConductKindCreate(StorableBody):
    org_id: DbId = Field(description="The street that keeps the list of kinds")
    code: str = Field(
        pattern=KIND_CODE, examples=["style_review"], description="Stable code, unique per street"
    )
    name_zh: str = Field(min_length=1, max_length=100, examples=["政风行风评议"])
    name_en: str = Field(min_length=1, max_length=150, examples=["Public review of political style"])


class ConductKindUpdate(StorableBody, PatchBody):
    name_zh: str | None = Field(default=None, min_length=1, max_length=100)
    name_en: str | None = Field(default=None, min_length=1, max_length=150)
    active: bool | None = Field(
        default=None, description="An inactive kind is kept but takes no new activity"
    )


class ConductKindRead(ORMModel):
    id: int
    org_id: int
    code: str
    name_zh: str
    name_en: str
    active: bool
    version: int


class ParticipantRef(StorableBody):
    # the rule of the validator below, as JSON Schema says it
    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {
                    "required": [name],
                    "properties": {name: {"type": "integer"}, other: {"type": "null"}},
                }
                for name, other in (("worker_id", "user_id"), ("user_id", "worker_id"))
            ]
        }
    )
    """Exactly one of a worker of the workforce register or a user of the office."""

    worker_id: DbId | None = None
    user_id: DbId | None = None

    @model_validator(mode="after")
    def _one_person(self) -> Self:
        if (self.worker_id is None) == (self.user_id is None):
            raise ValueError("give exactly one of worker_id, user_id")
        return self


class ParticipantRead(ORMModel):
    id: int
    worker_id: int | None
    user_id: int | None
    name: str = Field(description="The worker's or user's name")


class ConductActivityCreate(StorableBody):
    org_id: DbId = Field(description="The street or community whose team the activity concerns")
    kind_id: DbId = Field(description="An active kind of the street's list")
    title: str = Field(min_length=1, max_length=200, examples=["2019年上半年政风行风评议会"])
    held_on: IsoDate
    summary: str = Field(default="", max_length=5000)
    participants: list[ParticipantRef] = Field(default_factory=list, max_length=200)


class ConductActivityRead(ORMModel):
    id: int
    org_id: int
    org_name: str
    kind_id: int
    kind_code: str
    kind_name_zh: str
    kind_name_en: str
    title: str
    held_on: date
    summary: str
    participants: list[ParticipantRead]
    findings_count: int = Field(description="Problems the activity found")
    findings_open: int = Field(description="Of those, not yet rectified")
    version: int


class FindingCreate(StorableBody):
    org_id: DbId | None = Field(
        default=None, description="The org whose team the problem concerns; the activity's org if left out"
    )
    problem: str = Field(min_length=1, max_length=1000, examples=["个别专干接待群众态度生硬"])
    rectification: str = Field(min_length=1, max_length=1000, examples=["开展文明用语培训，窗口服务亮牌上岗"])
    due_on: IsoDate = Field(description="Rectification due by")


class FindingRectify(StorableBody):
    rectified_on: IsoDate = Field(description="Not after today, nor before the day of the activity")
    note: str = Field(min_length=1, max_length=1000, description="What was done")


class FindingRead(ORMModel):
    id: int
    activity_id: int
    activity_title: str
    org_id: int
    org_name: str
    problem: str
    rectification: str
    due_on: date
    status: FindingStatus
    rectified_on: date | None
    rectified_note: str | None
    overdue: bool = Field(description="Still open after its due date (as of today)")
    rectified_on_time: bool | None
    version: int


class ConductFigure(ORMModel):
    code: str = Field(description="The figure's code for a computed indicator (grassroots.<code>)")
    name_zh: str
    name_en: str
    value: float | None = Field(description="Null: not computable (nothing to divide by)")
    numerator: int | None
    denominator: int | None
    unit: str


class ConductView(ORMModel):
    """An org's work-style measures from the first of the year to ``on``, as indicators compute them."""

    org_id: int
    org_name: str
    start: date
    on: date
    figures: list[ConductFigure]
