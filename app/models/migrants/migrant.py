"""Migrants (流动人口): a resident whose household registration lies elsewhere, living here.

The place of current residence leads (属地化管理): the record belongs to the community the migrant
lives in (and the employer unit, if any), which keeps the certificate and permit duties until a
hand-over to another community is accepted.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, Enum, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class MigrantStatus(enum.StrEnum):
    present = "present"
    departed = "departed"


class CertificateStatus(enum.StrEnum):
    """婚育证明: missing until submitted; verified once the registration place confirmed it."""

    missing = "missing"
    submitted = "submitted"
    verified = "verified"


class PermitStatus(enum.StrEnum):
    """居住证: none, applied (issued within 15 days), issued (endorsed yearly)."""

    none = "none"
    applied = "applied"
    issued = "issued"


class Migrant(VersionedMixin, Base):
    __tablename__ = "migrants"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), nullable=False, unique=True)
    # 户籍地 division code (6..12 digits) and its province (first two digits), for filters.
    household_division_code: Mapped[str] = mapped_column(String(12), nullable=False)
    household_province: Mapped[str] = mapped_column(String(2), nullable=False)
    arrival_date: Mapped[date] = mapped_column(Date, nullable=False)
    community_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    employer_unit_id: Mapped[int | None] = mapped_column(ForeignKey("orgs.id"), nullable=True)
    address: Mapped[str] = mapped_column(String(200), nullable=False)
    employer_name: Mapped[str | None] = mapped_column(String(200), nullable=True)

    certificate_status: Mapped[CertificateStatus] = mapped_column(
        Enum(CertificateStatus, native_enum=False, length=16),
        nullable=False,
        default=CertificateStatus.missing,
    )
    certificate_due_on: Mapped[date] = mapped_column(Date, nullable=False)
    certificate_number: Mapped[str | None] = mapped_column(String(64), nullable=True)
    certificate_issuer: Mapped[str | None] = mapped_column(String(200), nullable=True)
    certificate_issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    certificate_reminded_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    permit_status: Mapped[PermitStatus] = mapped_column(
        Enum(PermitStatus, native_enum=False, length=16), nullable=False, default=PermitStatus.none
    )
    permit_applied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    permit_issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    permit_endorsed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    permit_expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    status: Mapped[MigrantStatus] = mapped_column(
        Enum(MigrantStatus, native_enum=False, length=16), nullable=False, default=MigrantStatus.present
    )
    departed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    destination: Mapped[str | None] = mapped_column(String(200), nullable=True)

    __table_args__ = (
        Index("ix_migrants_community_id_id", "community_id", "id"),
        Index("ix_migrants_employer_unit_id_id", "employer_unit_id", "id"),
        Index("ix_migrants_status_certificate_due_on", "status", "certificate_due_on"),
        Index("ix_migrants_updated_at_id", "updated_at", "id"),
    )
