"""The five links of the quality service action (优质服务"五联"): what the office reports of each.

* 对象联姻 (pairing of service objects): a partner paired with a group of the community's residents
  or families — ``partner_pairings`` and their members;
* 工作联动 (work linkage): the referrals (``referrals``), counted as they are;
* 网络联盟 (network alliance): the partner network's member service points in a community, with
  what each provides — ``network_members``;
* 活动联办 (joint activities): the activities held with a partner (``activities.partner_id``, the
  publicity and Association activities of the grassroots area), kept once there;
* 感情联络 (contact visits): visits and calls to partners or residents — ``contact_visits``.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, Enum, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class PairingGroup(enum.StrEnum):
    """Whom a partner is paired with (the service objects of the action)."""

    only_child_families = "only_child_families"  # 独生子女家庭
    special_families = "special_families"  # 计生特殊家庭
    childbearing_women = "childbearing_women"  # 育龄妇女
    pregnant_women = "pregnant_women"  # 孕产妇
    migrants = "migrants"  # 流动人口
    other = "other"


class ContactKind(enum.StrEnum):
    home_visit = "home_visit"  # 入户走访
    partner_visit = "partner_visit"  # 走访共建单位
    phone_call = "phone_call"  # 电话联络
    meeting = "meeting"  # 座谈联谊
    festival_greeting = "festival_greeting"  # 节日慰问


class PartnerPairing(VersionedMixin, Base):
    __tablename__ = "partner_pairings"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    # The community whose residents are paired (scope).
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), nullable=False)
    target_group: Mapped[PairingGroup] = mapped_column(
        Enum(PairingGroup, native_enum=False, length=24), nullable=False
    )
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    # What the partner does for the group (e.g. "孕前优生咨询", "上门随访").
    services: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    started_on: Mapped[date] = mapped_column(Date, nullable=False)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="dates"),
        Index("ix_partner_pairings_org_id_id", "org_id", "id"),
        Index("ix_partner_pairings_partner_id_id", "partner_id", "id"),
        Index("ix_partner_pairings_started_on", "started_on"),
    )


class PartnerPairingMember(Base):
    """One resident or one family of a pairing's group."""

    __tablename__ = "partner_pairing_members"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    pairing_id: Mapped[int] = mapped_column(
        ForeignKey("partner_pairings.id", ondelete="CASCADE"), nullable=False
    )
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    family_id: Mapped[int | None] = mapped_column(ForeignKey("families.id"), nullable=True)

    __table_args__ = (
        CheckConstraint("(resident_id IS NULL) <> (family_id IS NULL)", name="one_member"),
        Index("ix_partner_pairing_members_pairing_id", "pairing_id"),
        Index("ix_partner_pairing_members_resident_id", "resident_id"),
        Index("ix_partner_pairing_members_family_id", "family_id"),
    )


class NetworkMember(VersionedMixin, Base):
    """A service point of a partner that belongs to a community's service network (网络联盟)."""

    __tablename__ = "network_members"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), nullable=False)
    service_point: Mapped[str] = mapped_column(String(200), nullable=False)
    address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    services: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    joined_on: Mapped[date] = mapped_column(Date, nullable=False)
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="dates"),
        Index("ix_network_members_org_id_id", "org_id", "id"),
        Index("ix_network_members_partner_id_id", "partner_id", "id"),
        Index("ix_network_members_joined_on", "joined_on"),
    )


class ContactVisit(VersionedMixin, Base):
    """A visit or call to a partner or a resident (感情联络)."""

    __tablename__ = "contact_visits"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    kind: Mapped[ContactKind] = mapped_column(Enum(ContactKind, native_enum=False, length=24), nullable=False)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), nullable=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    contacted_on: Mapped[date] = mapped_column(Date, nullable=False)
    # Who went or called (a worker's name; the recording user is ``created_by``).
    contact_by: Mapped[str] = mapped_column(String(64), nullable=False)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        CheckConstraint("(partner_id IS NULL) <> (resident_id IS NULL)", name="one_party"),
        Index("ix_contact_visits_org_id_id", "org_id", "id"),
        Index("ix_contact_visits_partner_id_id", "partner_id", "id"),
        Index("ix_contact_visits_resident_id", "resident_id"),
        Index("ix_contact_visits_contacted_on", "contacted_on"),
        Index("ix_contact_visits_kind_id", "kind", "id"),
    )
