"""Resident self-governance (村(居)民自治) on family planning, as the Association reports it:
resident meetings (居民会议) on family planning matters, the clauses of the village rules (村规民约)
or residents' convention (居民公约) they adopt, and the Association's volunteers who carry each clause.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class RuleBook(enum.StrEnum):
    village_rules = "village_rules"
    residents_convention = "residents_convention"


class ResidentMeeting(VersionedMixin, Base):
    __tablename__ = "resident_meetings"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    # The family planning matters put to the meeting, and what it resolved.
    matters: Mapped[str] = mapped_column(Text, nullable=False)
    resolutions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    attendance: Mapped[int] = mapped_column(Integer, nullable=False)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        CheckConstraint("attendance >= 0", name="attendance"),
        Index("ix_resident_meetings_org_id_id", "org_id", "id"),
        Index("ix_resident_meetings_held_on", "held_on"),
    )


class CommunityRule(VersionedMixin, Base):
    """A clause on family planning adopted by a resident meeting, in force from the meeting's day."""

    __tablename__ = "community_rules"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("resident_meetings.id"), nullable=False)
    book: Mapped[RuleBook] = mapped_column(Enum(RuleBook, native_enum=False, length=24), nullable=False)
    clause_no: Mapped[str] = mapped_column(String(16), nullable=False)
    text: Mapped[str] = mapped_column(String(2000), nullable=False)
    adopted_on: Mapped[date] = mapped_column(Date, nullable=False)

    __table_args__ = (
        Index("ix_community_rules_org_id_book_clause_no", "org_id", "book", "clause_no", unique=True),
        Index("ix_community_rules_org_id_id", "org_id", "id"),
        Index("ix_community_rules_meeting_id_id", "meeting_id", "id"),
        Index("ix_community_rules_book", "book"),
    )


class RuleVolunteer(Base):
    """An Association member (a volunteer) who carries a clause: explains it, watches over it."""

    __tablename__ = "community_rule_volunteers"

    rule_id: Mapped[int] = mapped_column(
        ForeignKey("community_rules.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("association_members.id"), primary_key=True)
    duty: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    __table_args__ = (Index("ix_community_rule_volunteers_member_id", "member_id"),)
