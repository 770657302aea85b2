"""Resident self-governance (村(居)民自治): resident meetings, the clauses on family planning they
adopt (村规民约 / 居民公约) and the Association's volunteers who carry them."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from app.models.grassroots.self_governance import RuleBook
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody


class MeetingCreate(StorableBody):
    org_id: DbId = Field(description="The community (residents' committee) that held the meeting")
    held_on: IsoDate
    title: str = Field(min_length=1, max_length=200, examples=["民生路社区2019年第一次居民代表会议"])
    matters: str = Field(min_length=1, max_length=5000, description="The family planning matters put to it")
    resolutions: str = Field(default="", max_length=5000)
    attendance: int = Field(ge=0, le=100_000)


class MeetingRead(ORMModel):
    id: int
    org_id: int
    org_name: str
    held_on: date
    title: str
    matters: str
    resolutions: str
    attendance: int
    rules_adopted: int = Field(description="Clauses the meeting adopted")
    version: int


class VolunteerAdd(StorableBody):
    member_id: DbId = Field(description="A member of the community's Association branch")
    duty: str = Field(default="", max_length=200, examples=["入户宣讲、监督执行"])


class VolunteerRead(ORMModel):
    member_id: int
    name: str
    duty: str


class CommunityRuleCreate(StorableBody):
    book: RuleBook
    clause_no: str = Field(min_length=1, max_length=16, examples=["第十二条"])
    text: str = Field(min_length=1, max_length=2000, examples=["提倡婚育新风，按政策生育，生育登记主动办理"])
    volunteers: list[VolunteerAdd] = Field(default_factory=list, max_length=50)


class CommunityRuleRead(ORMModel):
    id: int
    org_id: int
    org_name: str
    meeting_id: int
    meeting_title: str
    book: RuleBook
    clause_no: str
    text: str
    adopted_on: date
    volunteers: list[VolunteerRead]
    version: int
