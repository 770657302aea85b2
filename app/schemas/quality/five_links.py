"""The five links of the quality service action (优质服务"五联"): request and response shapes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import ConfigDict, Field

from app.models.quality.five_links import ContactKind, PairingGroup
from app.models.quality.referral import ReferralStatus
from app.schemas.common import DbId, IsoDate, ORMModel, StorableBody

ServiceName = Annotated[str, Field(min_length=1, max_length=64)]


class PartnerPairingCreate(StorableBody):
    """对象联姻: a partner paired with a group of one community's residents or families."""

    org_id: DbId = Field(description="The community whose residents or families are paired")
    partner_id: DbId = Field(description="The partner (a hospital, a school, an enterprise) paired with them")
    target_group: PairingGroup
    title: str = Field(min_length=1, max_length=200, examples=["区妇幼保健院结对民生路社区孕产妇"])
    services: list[ServiceName] = Field(
        default_factory=list, max_length=20, examples=[["孕期保健咨询", "产后访视"]]
    )
    started_on: IsoDate
    ended_on: IsoDate | None = Field(default=None, description="When the pairing ends (open if omitted)")
    resident_ids: list[DbId] = Field(default_factory=list, max_length=500, description="Residents paired")
    family_ids: list[DbId] = Field(default_factory=list, max_length=500, description="Families paired")


class PartnerPairingRead(ORMModel):
    id: int
    org_id: int
    org_name: str | None = Field(default=None, description="The community's name")
    partner_id: int
    partner_name: str | None = Field(default=None, description="The partner's name")
    target_group: PairingGroup
    title: str
    services: list[str]
    started_on: date
    ended_on: date | None
    members: int = Field(description="Residents and families paired")
    version: int
    created_at: datetime


class NetworkMemberCreate(StorableBody):
    """网络联盟: a partner's service point joins a community's service network."""

    org_id: DbId = Field(description="The community whose network the point joins")
    partner_id: DbId
    service_point: str = Field(min_length=1, max_length=200, examples=["区妇幼保健院民生路服务点"])
    address: str | None = Field(default=None, max_length=200)
    services: list[ServiceName] = Field(
        min_length=1,
        max_length=20,
        examples=[["避孕药具发放", "生殖健康咨询"]],
        description="What it provides",
    )
    joined_on: IsoDate = Field(description="Not after today")


class NetworkMemberLeave(StorableBody):
    left_on: IsoDate


class NetworkMemberRead(ORMModel):
    id: int
    org_id: int
    org_name: str | None = Field(default=None, description="The community's name")
    partner_id: int
    partner_name: str | None = Field(default=None, description="The partner's name")
    service_point: str
    address: str | None
    services: list[str]
    joined_on: date
    left_on: date | None
    version: int
    created_at: datetime


class ContactVisitCreate(StorableBody):
    """感情联络: a visit or a call to a partner or to a resident of the community (one of the two)."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {
                    "required": [name],
                    "properties": {name: {"type": "integer"}, other: {"type": "null"}},
                }
                for name, other in (("partner_id", "resident_id"), ("resident_id", "partner_id"))
            ]
        }
    )

    org_id: DbId = Field(description="The community that kept in touch")
    kind: ContactKind
    partner_id: DbId | None = Field(default=None, description="The partner visited or called")
    resident_id: DbId | None = Field(default=None, description="The resident visited or called")
    contacted_on: IsoDate
    contact_by: str = Field(
        min_length=1, max_length=64, description="Who went or called", examples=["张专干"]
    )
    notes: str | None = Field(default=None, max_length=2000)


class ContactVisitRead(ORMModel):
    id: int
    org_id: int
    org_name: str | None = Field(default=None, description="The community's name")
    kind: ContactKind
    partner_id: int | None
    partner_name: str | None = Field(default=None, description="The partner's name")
    resident_id: int | None
    resident_name: str | None = Field(default=None, description="The resident's name")
    contacted_on: date
    contact_by: str
    notes: str | None
    version: int
    created_at: datetime


class JointActivity(ORMModel):
    """活动联办: an activity held with a partner (recorded with ``POST /activities``)."""

    id: int
    org_id: int
    partner_id: int
    partner_name: str | None
    title: str
    held_on: date
    attendance: int = Field(description="Participants")


class WorkLink(ORMModel):
    """工作联动: a referral to a partner (recorded with ``POST /referrals``)."""

    id: int
    org_id: int
    partner_id: int
    partner_name: str | None
    resident_name: str | None
    status: ReferralStatus
    requested_on: date


class FiveLinkCounts(ORMModel):
    """One community's five links in the period; each count is also a figure (``quality.*``)."""

    org_id: int
    org_name: str
    pairings: int = Field(
        description="对象联姻: pairings in force during the period (quality.partner_pairings)"
    )
    paired_members: int = Field(
        description="Residents and families in those pairings (quality.paired_members)"
    )
    referrals: int = Field(description="工作联动: referrals made in the period (quality.referrals_made)")
    referrals_completed: int = Field(description="Completed in the period (quality.referrals_completed)")
    network_members: int = Field(
        description="网络联盟: service points in the network at the period end (quality.network_members)"
    )
    joint_activities: int = Field(
        description="活动联办: activities held with a partner (quality.joint_activities)"
    )
    joint_activity_participants: int = Field(
        description="Their participants (quality.joint_activity_participants)"
    )
    contact_visits: int = Field(
        description="感情联络: visits and calls in the period (quality.contact_visits)"
    )


class FiveLinksView(ORMModel):
    """One community's five links for a period: the counts and the latest records of each link."""

    date_from: date
    date_to: date
    counts: FiveLinkCounts
    pairings: list[PartnerPairingRead]
    referrals: list[WorkLink]
    network_members: list[NetworkMemberRead]
    joint_activities: list[JointActivity]
    contact_visits: list[ContactVisitRead]


class FiveLinksSummary(ORMModel):
    date_from: date
    date_to: date
    items: list[FiveLinkCounts]
