"""Equal basic public services (基本公共服务均等化) delivered to a migrant, one row per service given."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, Enum, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class PublicServiceKind(enum.StrEnum):
    health_record = "health_record"
    health_education = "health_education"
    child_vaccination = "child_vaccination"
    maternal_child_health = "maternal_child_health"
    family_planning = "family_planning"
    contraceptives = "contraceptives"


class ServiceSource(enum.StrEnum):
    """Typed in, or taken from the quality-services records (not typed twice)."""

    manual = "manual"
    screening = "screening"
    dispensation = "dispensation"


class MigrantService(VersionedMixin, Base):
    __tablename__ = "migrant_services"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    migrant_id: Mapped[int] = mapped_column(ForeignKey("migrants.id"), nullable=False)
    kind: Mapped[PublicServiceKind] = mapped_column(
        Enum(PublicServiceKind, native_enum=False, length=32), nullable=False
    )
    delivered_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str | None] = mapped_column(String(500), nullable=True)
    source: Mapped[ServiceSource] = mapped_column(
        Enum(ServiceSource, native_enum=False, length=16), nullable=False, default=ServiceSource.manual
    )
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        UniqueConstraint("migrant_id", "kind", "delivered_on"),
        Index("ix_migrant_services_kind_migrant_id", "kind", "migrant_id"),
    )
