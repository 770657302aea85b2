"""Partners of the resource-sharing network (资源共享网络): hospitals, clinics, schools, enterprises."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import JSON, Boolean, Enum, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class PartnerKind(enum.StrEnum):
    hospital = "hospital"
    mch_hospital = "mch_hospital"
    clinic = "clinic"
    school = "school"
    enterprise = "enterprise"
    other = "other"


class Partner(VersionedMixin, Base):
    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    kind: Mapped[PartnerKind] = mapped_column(Enum(PartnerKind, native_enum=False, length=16), nullable=False)
    # Free-text service names offered (e.g. "孕前优生健康检查", "高危孕产妇管理").
    services: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    contact_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    contact_phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # The org whose area the partner serves; everyone in that subtree (and above it) can use it.
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (
        Index("ix_partners_org_id_id", "org_id", "id"),
        Index("ix_partners_kind_id", "kind", "id"),
    )
