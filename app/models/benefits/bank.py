"""Beneficiaries' bank accounts (发放账户): encrypted at rest, masked on every read, reveals audited."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class BankAccount(VersionedMixin, Base):
    __tablename__ = "benefit_bank_accounts"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), nullable=False, unique=True)
    bank_name: Mapped[str] = mapped_column(String(100), nullable=False)
    account_enc: Mapped[str] = mapped_column(String(512), nullable=False)
    account_masked: Mapped[str] = mapped_column(String(40), nullable=False)
