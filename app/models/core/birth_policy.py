"""Birth policy (生育政策) as effective-dated data: which birth orders are within policy, and what
registering a child of each order requires, from which day to which, and the document that says so.

A birth is judged by the rule in force on the child's birth date (not on the day it is judged): a
third child born in 2019 stays outside 2019's two-child policy, one born in 2022 is within the
three-child policy. Where rules of several scopes are in force on a day, the most specific wins
(district over province over national); rules of one scope never overlap (the service refuses it).
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class BirthPolicyScope(enum.StrEnum):
    national = "national"  # the State's law and decisions
    province = "province"  # the province's (municipality's) regulation: 重庆市
    district = "district"  # the district's own rule


# Specificity of a scope: the most specific rule in force on a day decides.
SCOPE_RANK: dict[BirthPolicyScope, int] = {
    BirthPolicyScope.national: 1,
    BirthPolicyScope.province: 2,
    BirthPolicyScope.district: 3,
}


class BeyondRegistration(enum.StrEnum):
    """What a child beyond the orders a birth registration (生育登记) covers needs."""

    reapproval = "reapproval"  # 再生育审批: an approval, another service, on the law's conditions
    not_available = "not_available"  # no route: the birth is outside the policy


class BirthPolicyRule(VersionedMixin, Base):
    __tablename__ = "birth_policy_rules"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    code: Mapped[str] = mapped_column(String(48), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    name_en: Mapped[str] = mapped_column(String(100), nullable=False)
    scope: Mapped[BirthPolicyScope] = mapped_column(
        Enum(BirthPolicyScope, native_enum=False, length=16), nullable=False
    )
    # In force from this day to effective_to inclusive (None: still in force); judged on birth dates.
    effective_from: Mapped[date] = mapped_column(Date, nullable=False)
    effective_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The highest birth order within policy without an approval (全面两孩: 2; 三孩: 3).
    children_within_policy: Mapped[int] = mapped_column(Integer, nullable=False)
    # Birth registration (生育登记) covers orders up to this; beyond it, ``beyond_registration``.
    registration_max_order: Mapped[int] = mapped_column(Integer, nullable=False)
    beyond_registration: Mapped[BeyondRegistration] = mapped_column(
        Enum(BeyondRegistration, native_enum=False, length=16), nullable=False
    )
    # The source document: title, number (文号) where it has one, issuing authority, date issued.
    source_title: Mapped[str] = mapped_column(String(200), nullable=False)
    source_document_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    source_authority: Mapped[str] = mapped_column(String(100), nullable=False)
    source_issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (
        CheckConstraint("effective_to IS NULL OR effective_to >= effective_from", name="period"),
        CheckConstraint("children_within_policy >= 1", name="children_within_policy"),
        CheckConstraint("registration_max_order >= 1", name="registration_max_order"),
        # The rule in force on a birth date (figures look it up per birth).
        Index("ix_birth_policy_rules_effective_from", "effective_from"),
    )
