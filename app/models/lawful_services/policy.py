"""Policies (政务公开): documents with their published revisions and a search-term index."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, Enum, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow


class PolicyStatus(enum.StrEnum):
    draft = "draft"
    published = "published"
    repealed = "repealed"


class PolicyCategory(enum.StrEnum):
    birth = "birth"  # 生育政策
    preferential = "preferential"  # 优惠政策 (awards, support)
    procedure = "procedure"  # 办事程序
    floating_population = "floating_population"
    other = "other"


class Policy(VersionedMixin, Base):
    """The current text of a policy; each published text is also kept as a PolicyRevision."""

    __tablename__ = "policies"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    owner_org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    document_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    issuing_authority: Mapped[str] = mapped_column(String(100), nullable=False)
    category: Mapped[PolicyCategory] = mapped_column(
        Enum(PolicyCategory, native_enum=False, length=24), nullable=False
    )
    body: Mapped[str] = mapped_column(Text, nullable=False)
    effective_on: Mapped[date] = mapped_column(Date, nullable=False)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[PolicyStatus] = mapped_column(
        Enum(PolicyStatus, native_enum=False, length=16), nullable=False, default=PolicyStatus.draft
    )
    # Number of the current published revision (0 while never published).
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    repealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    repeal_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)

    __table_args__ = (
        Index("ix_policies_status_id", "status", "id"),
        Index("ix_policies_status_category_id", "status", "category", "id"),
        Index("ix_policies_status_effective_on", "status", "effective_on"),
        Index("ix_policies_owner_org_id_id", "owner_org_id", "id"),
    )


class PolicyRevision(Base):
    """A published text of a policy, immutable: old revisions stay readable."""

    __tablename__ = "policy_revisions"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id", ondelete="CASCADE"), nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    document_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    issuing_authority: Mapped[str] = mapped_column(String(100), nullable=False)
    category: Mapped[PolicyCategory] = mapped_column(
        Enum(PolicyCategory, native_enum=False, length=24), nullable=False
    )
    body: Mapped[str] = mapped_column(Text, nullable=False)
    effective_on: Mapped[date] = mapped_column(Date, nullable=False)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    published_by: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (UniqueConstraint("policy_id", "revision"),)


class PolicyTerm(Base):
    """Search index: the distinct terms (CJK unigrams and bigrams, lower-cased words) of a policy.

    Maintained on every write of the policy's text, so a search is an index look-up by term, never a
    ``LIKE '%q%'`` scan (app/services/lawful_services/policy_search.py).
    """

    __tablename__ = "policy_terms"

    term: Mapped[str] = mapped_column(String(32), primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_policy_terms_policy_id", "policy_id"),)
