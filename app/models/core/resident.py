"""Residents (居民): identity, contact, registration place, residence community and employer."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, Enum, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class Sex(enum.StrEnum):
    male = "male"
    female = "female"


class MaritalStatus(enum.StrEnum):
    unmarried = "unmarried"
    married = "married"
    divorced = "divorced"
    widowed = "widowed"


class ResidentStatus(enum.StrEnum):
    active = "active"
    moved_out = "moved_out"
    deceased = "deceased"


class Resident(VersionedMixin, Base):
    __tablename__ = "residents"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    # ID number and phone are sensitive personal information: ciphertext plus a keyed hash.
    id_number_enc: Mapped[str] = mapped_column(String(128), nullable=False)
    id_number_hash: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    id_number_masked: Mapped[str] = mapped_column(String(18), nullable=False)
    phone_enc: Mapped[str | None] = mapped_column(String(128), nullable=True)
    phone_masked: Mapped[str | None] = mapped_column(String(20), nullable=True)
    name: Mapped[str] = mapped_column(String(64), nullable=False)
    sex: Mapped[Sex] = mapped_column(Enum(Sex, native_enum=False, length=8), nullable=False)
    birth_date: Mapped[date] = mapped_column(Date, nullable=False)
    # 户籍地: 6..12-digit division code of the household registration place.
    household_division_code: Mapped[str] = mapped_column(String(12), nullable=False)
    community_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    employer_unit_id: Mapped[int | None] = mapped_column(ForeignKey("orgs.id"), nullable=True)
    marital_status: Mapped[MaritalStatus] = mapped_column(
        Enum(MaritalStatus, native_enum=False, length=16), nullable=False
    )
    status: Mapped[ResidentStatus] = mapped_column(
        Enum(ResidentStatus, native_enum=False, length=16), nullable=False, default=ResidentStatus.active
    )
    status_date: Mapped[date | None] = mapped_column(Date, nullable=True)

    __table_args__ = (
        Index("ix_residents_community_id_id", "community_id", "id"),
        Index("ix_residents_employer_unit_id_id", "employer_unit_id", "id"),
        Index("ix_residents_status_id", "status", "id"),
        # list filters: age (birth date), sex with age, registration place (migrant or local)
        Index("ix_residents_birth_date", "birth_date"),
        Index("ix_residents_sex_birth_date", "sex", "birth_date"),
        Index(
            "ix_residents_household_division_code",
            "household_division_code",
            postgresql_ops={"household_division_code": "varchar_pattern_ops"},
        ),
        Index("ix_residents_name_id", "name", "id", postgresql_ops={"name": "varchar_pattern_ops"}),
    )
