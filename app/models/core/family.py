"""Family records (家庭档案): parents, marriage, honour certificate and children."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base, BigIntPK, VersionedMixin
from app.models.core.resident import Sex


class ChildStatus(enum.StrEnum):
    living = "living"
    deceased = "deceased"
    disabled = "disabled"


class Family(VersionedMixin, Base):
    __tablename__ = "families"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    husband_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    wife_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    marriage_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    honour_certificate_no: Mapped[str | None] = mapped_column(String(32), nullable=True)
    honour_certificate_issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The day a second child was born or adopted: the certificate is no longer valid from then.
    honour_certificate_void_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    birth_registration_no: Mapped[str | None] = mapped_column(String(32), nullable=True)

    children: Mapped[list[Child]] = relationship(
        back_populates="family", lazy="raise", order_by="Child.birth_order"
    )

    __table_args__ = (
        CheckConstraint("husband_id IS NOT NULL OR wife_id IS NOT NULL", name="has_parent"),
        Index("ix_families_community_id_id", "community_id", "id"),
        Index("ix_families_husband_id", "husband_id"),
        Index("ix_families_wife_id", "wife_id"),
        # Which org a family counts toward, read per birth from the index alone (leadership figures).
        Index("ix_families_id_members", "id", postgresql_include=["community_id", "husband_id", "wife_id"]),
    )


class Child(VersionedMixin, Base):
    __tablename__ = "children"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id", ondelete="CASCADE"), nullable=False)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    sex: Mapped[Sex] = mapped_column(Enum(Sex, native_enum=False, length=8), nullable=False)
    birth_date: Mapped[date] = mapped_column(Date, nullable=False)
    birth_order: Mapped[int] = mapped_column(Integer, nullable=False)
    adopted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    status: Mapped[ChildStatus] = mapped_column(
        Enum(ChildStatus, native_enum=False, length=16), nullable=False, default=ChildStatus.living
    )
    disability_grade: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deceased_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True)

    family: Mapped[Family] = relationship(back_populates="children", lazy="raise")

    __table_args__ = (
        CheckConstraint("disability_grade IS NULL OR disability_grade BETWEEN 1 AND 4", name="grade"),
        CheckConstraint("birth_order >= 1", name="birth_order"),
        Index("ix_children_family_id_birth_order", "family_id", "birth_order", unique=True),
        # Births in a period (leadership figures: births, policy-compliant birth rate, sex ratio at
        # birth), read from the index alone on PostgreSQL.
        Index(
            "ix_children_birth_date",
            "birth_date",
            postgresql_include=["family_id", "birth_order", "sex", "adopted"],
        ),
    )
