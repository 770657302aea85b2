"""Registrations and certificates issued to a family, one record per document and child."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, Enum, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class FamilyDocumentKind(enum.StrEnum):
    birth_registration = "birth_registration"  # 生育登记 (per child)
    honour_certificate = "honour_certificate"  # 独生子女父母光荣证 (per family, for its one child)


class FamilyDocumentStatus(enum.StrEnum):
    valid = "valid"
    revoked = "revoked"  # e.g. an honour certificate after a later child (收回)


class FamilyDocument(VersionedMixin, Base):
    __tablename__ = "family_documents"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id", ondelete="CASCADE"), nullable=False)
    kind: Mapped[FamilyDocumentKind] = mapped_column(
        Enum(FamilyDocumentKind, native_enum=False, length=24), nullable=False
    )
    number: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    child_order: Mapped[int] = mapped_column(Integer, nullable=False)  # the child it is for (1st, 2nd…)
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id"), nullable=True)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    issuing_org_id: Mapped[int | None] = mapped_column(ForeignKey("orgs.id"), nullable=True)
    service_request_id: Mapped[int | None] = mapped_column(ForeignKey("service_requests.id"), nullable=True)
    status: Mapped[FamilyDocumentStatus] = mapped_column(
        Enum(FamilyDocumentStatus, native_enum=False, length=16), nullable=False
    )
    revoked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    revoke_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)

    __table_args__ = (Index("ix_family_documents_family_id_kind", "family_id", "kind"),)
