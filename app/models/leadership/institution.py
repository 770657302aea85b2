"""Institutions and systems in force (制度、机构到位): the street's rules and regulations and its leading
bodies (the family planning leading group, the Association, the office) as dated documents.

A document is in force on day D when it took effect on or before D and was not repealed on or before
D. A repeal is a dated step of its own; nothing is overwritten.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import CheckConstraint, Date, Enum, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class InstitutionKind(enum.StrEnum):
    # bodies (机构)
    leading_group = "leading_group"  # 计划生育工作领导小组
    association = "association"  # 计划生育协会
    working_body = "working_body"  # 计生办、服务站等工作机构
    # systems (制度)
    work_rules = "work_rules"  # 工作制度
    responsibility_system = "responsibility_system"  # 目标管理责任制、问责制
    funds_rules = "funds_rules"  # 经费管理制度
    other_rules = "other_rules"  # 其他制度


class InstitutionCategory(enum.StrEnum):
    body = "body"  # 机构
    system = "system"  # 制度


BODIES = frozenset({InstitutionKind.leading_group, InstitutionKind.association, InstitutionKind.working_body})

# What the plan asks to be in place: a leading body, the Association, the work rules and the
# responsibility system (制度、机构到位). The figure "required institutions in force" counts these.
REQUIRED_KINDS = (
    InstitutionKind.leading_group,
    InstitutionKind.association,
    InstitutionKind.work_rules,
    InstitutionKind.responsibility_system,
)


def category(kind: InstitutionKind) -> InstitutionCategory:
    return InstitutionCategory.body if kind in BODIES else InstitutionCategory.system


class InstitutionDocument(VersionedMixin, Base):
    __tablename__ = "institution_documents"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)  # whose it is
    kind: Mapped[InstitutionKind] = mapped_column(
        Enum(InstitutionKind, native_enum=False, length=32), nullable=False
    )
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    issued_by: Mapped[str] = mapped_column(String(200), nullable=False)  # e.g. 中共××街道工作委员会
    document_number: Mapped[str | None] = mapped_column(String(100), nullable=True)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False)
    repealed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    repeal_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    file_id: Mapped[int | None] = mapped_column(ForeignKey("evidence_files.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        Index("ix_institution_documents_org_id_id", "org_id", "id"),
        Index("ix_institution_documents_kind", "kind"),
        Index("ix_institution_documents_effective_from", "effective_from"),
        Index("ix_institution_documents_file_id", "file_id"),
        CheckConstraint("repealed_on IS NULL OR repealed_on > effective_from", name="dates"),
    )
