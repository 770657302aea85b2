"""Task 2: campaigns, activities and a campaign's report."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import AnyHttpUrl, ConfigDict, Field, model_validator

from app.models.grassroots.publicity import ActivityKind, ActivityStatus, AdvanceInto, KeyDay
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody
from app.schemas.grassroots.publicity_effect import KnowledgeChange, ReachLine

Link = AnyHttpUrl


class CampaignCreate(StorableBody):
    """Created by the street; ``open_activities`` opens one planned activity per community and unit."""

    # the key-day rule of _check, as JSON Schema says it (the dates' order: report_due_on's description)
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"key_day": {"const": "other"}}, "required": ["key_day"]},
            "then": {
                "required": ["key_day_name"],
                "properties": {"key_day_name": {"type": "string", "pattern": r"\S"}},
            },
        }
    )

    org_id: DbId = Field(description="The street running the campaign")
    theme: str = Field(min_length=1, max_length=200, examples=["新时代婚育文明 幸福家庭"])
    key_day: KeyDay
    key_day_name: str | None = Field(default=None, max_length=64, description="Required for key_day=other")
    held_on: IsoDate
    report_due_on: IsoDate = Field(description="Not before held_on (422 otherwise)")
    open_activities: bool = True
    activity_kind: ActivityKind = ActivityKind.consultation_booth

    @model_validator(mode="after")
    def _check(self) -> CampaignCreate:
        if self.key_day is KeyDay.other and not self.key_day_name:
            raise ValueError("key_day_name is required when key_day is other")
        if self.report_due_on < self.held_on:
            raise ValueError("report_due_on must not be before held_on")
        return self


class CampaignRead(ORMModel):
    id: int
    org_id: int
    theme: str
    key_day: KeyDay
    key_day_name: str | None
    held_on: date
    report_due_on: date
    activities_opened: int = 0
    version: int
    created_at: datetime


class ActivityCreate(StorableBody):
    org_id: DbId
    campaign_id: DbId | None = None
    branch_id: DbId | None = Field(default=None, description="An Association branch's member activity")
    kind: ActivityKind
    title: str = Field(min_length=1, max_length=200)
    held_on: IsoDate
    place: str | None = Field(default=None, max_length=200)
    partner_id: DbId | None = None
    advance_into: AdvanceInto | None = Field(
        default=None, description="三进: into communities/enterprises/schools"
    )
    care_action: bool = Field(default=False, description="A lecture of the Reproductive Care Action")


class ActivityReport(StorableBody):
    """What happened: the activity is then reported (上报)."""

    held_on: IsoDate | None = None
    place: str | None = Field(default=None, max_length=200)
    partner_id: DbId | None = None
    attendance: int = Field(ge=0, le=1_000_000)
    materials_handed_out: int = Field(ge=0, le=1_000_000)
    photo_links: list[Link] = Field(default_factory=list, max_length=30)
    notes: str | None = Field(default=None, max_length=2000)


class ActivityRead(ORMModel):
    id: int
    org_id: int
    campaign_id: int | None
    branch_id: int | None
    kind: ActivityKind
    title: str
    status: ActivityStatus
    held_on: date
    place: str | None
    partner_id: int | None
    attendance: int
    materials_handed_out: int
    photo_links: list[str]
    advance_into: AdvanceInto | None
    care_action: bool
    notes: str | None
    reported_at: datetime | None
    version: int


class CampaignOrgLine(ORMModel):
    org_id: int
    org_name: str
    org_kind: str
    activities: int
    reported: int
    attendance: int
    materials_handed_out: int


class CampaignTotals(ORMModel):
    activities: int
    reported: int
    attendance: int
    materials_handed_out: int


class CampaignReport(ORMModel):
    campaign_id: int
    theme: str
    key_day: KeyDay
    orgs: list[CampaignOrgLine]
    totals: CampaignTotals
    not_reported: list[CampaignOrgLine] = Field(description="Communities and units with nothing reported")
    reach: list[ReachLine] = Field(description="People reached by channel (实效性), in the caller's area")
    people_reached: int = Field(description="People reached through every channel")
    knowledge: KnowledgeChange = Field(description="Knowledge surveys before and after, and the change")
