"""Task 7: the Family Planning Association (计生协) and integrity family planning (诚信计生)."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class MemberRole(enum.StrEnum):
    chair = "chair"
    vice_chair = "vice_chair"
    secretary = "secretary"
    member = "member"


class FulfilmentOutcome(enum.StrEnum):
    kept = "kept"
    broken = "broken"


class AssociationBranch(VersionedMixin, Base):
    __tablename__ = "association_branches"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    founded_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (Index("ix_association_branches_org_id", "org_id", unique=True),)


class AssociationMember(VersionedMixin, Base):
    __tablename__ = "association_members"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("association_branches.id"), nullable=False)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"), nullable=True)
    joined_on: Mapped[date] = mapped_column(Date, nullable=False)
    role: Mapped[MemberRole] = mapped_column(Enum(MemberRole, native_enum=False, length=16), nullable=False)

    __table_args__ = (
        CheckConstraint("(resident_id IS NULL) <> (worker_id IS NULL)", name="one_person"),
        Index("ix_association_members_branch_id_id", "branch_id", "id"),
        Index("ix_association_members_org_id_id", "org_id", "id"),
    )


class IntegrityAgreement(VersionedMixin, Base):
    """诚信计生协议: a family's commitments under resident self-governance (村居民自治)."""

    __tablename__ = "integrity_agreements"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), nullable=False)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    signed_on: Mapped[date] = mapped_column(Date, nullable=False)
    term_years: Mapped[int] = mapped_column(Integer, nullable=False)
    ends_on: Mapped[date] = mapped_column(Date, nullable=False)
    commitments: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)

    __table_args__ = (
        CheckConstraint("term_years BETWEEN 1 AND 10", name="term"),
        Index("ix_integrity_agreements_org_id_id", "org_id", "id"),
        Index("ix_integrity_agreements_family_id", "family_id"),
    )


class IntegrityReview(Base):
    """The yearly review of an agreement's fulfilment: kept or broken (with a reason)."""

    __tablename__ = "integrity_reviews"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("integrity_agreements.id"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    outcome: Mapped[FulfilmentOutcome] = mapped_column(
        Enum(FulfilmentOutcome, native_enum=False, length=8), nullable=False
    )
    reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    reviewed_on: Mapped[date] = mapped_column(Date, nullable=False)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (Index("ix_integrity_reviews_agreement_id_year", "agreement_id", "year", unique=True),)
