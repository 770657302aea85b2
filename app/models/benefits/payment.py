"""Payment batches: one program, one period, one street and payer; a line per enrolment paid."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Enum, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin


class BatchStatus(enum.StrEnum):
    generated = "generated"
    street_approved = "street_approved"
    approved = "approved"
    paid = "paid"


class LineStatus(enum.StrEnum):
    """A line is in a batch (included), paid by the bank, returned by the bank, or dropped at a re-check."""

    included = "included"
    paid = "paid"
    returned = "returned"
    dropped = "dropped"


class LineKind(enum.StrEnum):
    """A regular line pays a period's standard; a difference line (补发差额) pays what a standard
    entered later with an earlier effective month adds to a period already paid."""

    regular = "regular"
    difference = "difference"


# The lines that count as paying a beneficiary for a period (the one-payment index covers these).
HOLDING_LINE_STATUSES = ("included", "paid")
HOLDING_WHERE = "status IN ('included','paid')"
ONCE_WHERE = f"{HOLDING_WHERE} AND kind = 'regular'"
DIFFERENCE_ONCE_WHERE = f"{HOLDING_WHERE} AND kind = 'difference'"
# Programs of one exclusive group are never both paid to a person for a period (the group index);
# a difference line (补发) tops up the regular line of its own program and period.
EXCLUSIVE_WHERE = f"{ONCE_WHERE} AND exclusive_group IS NOT NULL"


class PaymentBatch(VersionedMixin, Base):
    __tablename__ = "payment_batches"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("benefit_programs.id"), nullable=False)
    period: Mapped[str] = mapped_column(String(8), nullable=False)
    street_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    payer_org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    status: Mapped[BatchStatus] = mapped_column(
        Enum(BatchStatus, native_enum=False, length=16), nullable=False, default=BatchStatus.generated
    )
    line_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    total_fen: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    generated_by: Mapped[str] = mapped_column(String(64), nullable=False)
    street_approved_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    district_approved_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    paid_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        Index("ix_payment_batches_street_id_id", "street_id", "id"),
        Index("ix_payment_batches_payer_org_id_id", "payer_org_id", "id"),
        Index("ix_payment_batches_period_program_id", "period", "program_id"),
    )


class PaymentLine(Base):
    __tablename__ = "payment_lines"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("payment_batches.id", ondelete="CASCADE"), nullable=False
    )
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("benefit_enrolments.id"), nullable=False)
    program_id: Mapped[int] = mapped_column(ForeignKey("benefit_programs.id"), nullable=False)
    # The period paid for: the batch's own, or an earlier one (back pay, a returned line paid again).
    period: Mapped[str] = mapped_column(String(8), nullable=False)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), nullable=False)
    community_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    amount_fen: Mapped[int] = mapped_column(Integer, nullable=False)
    # The program's exclusive group (copied from the program when the line is written), so the
    # database itself refuses a second paying line of the same group for a person and period.
    exclusive_group: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status: Mapped[LineStatus] = mapped_column(
        Enum(LineStatus, native_enum=False, length=16), nullable=False, default=LineStatus.included
    )
    kind: Mapped[LineKind] = mapped_column(
        Enum(LineKind, native_enum=False, length=16),
        nullable=False,
        default=LineKind.regular,
        server_default=LineKind.regular.value,
    )
    # A difference line: the standard whose amount it completes for its period.
    standard_id: Mapped[int | None] = mapped_column(ForeignKey("benefit_program_standards.id"), nullable=True)
    # Why a line was dropped at a re-check, or what the bank said when it returned the money.
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Why the system dropped it: a code with parameters (app/reasons.py), rendered in the reader's
    # language; the text column keeps its English for the audit trail, or the bank's own words.
    reason_code: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reason_params: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        # One payment per beneficiary, program and period, whatever enrolment or batch it comes
        # through: the database refuses a second included or paid regular line.
        Index(
            "uq_payment_lines_once",
            "beneficiary_id",
            "program_id",
            "period",
            unique=True,
            postgresql_where=text(ONCE_WHERE),
        ),
        # A difference (补发) is paid once per beneficiary, program, period and standard.
        Index(
            "uq_payment_lines_difference_once",
            "beneficiary_id",
            "program_id",
            "period",
            "standard_id",
            unique=True,
            postgresql_where=text(DIFFERENCE_ONCE_WHERE),
        ),
        # Whatever path writes it: one included or paid line per person and period within one
        # exclusive group (特别扶助 死亡 / 伤残 exclude each other).
        Index(
            "uq_payment_lines_exclusive",
            "beneficiary_id",
            "exclusive_group",
            "period",
            unique=True,
            postgresql_where=text(EXCLUSIVE_WHERE),
        ),
        Index("ix_payment_lines_batch_id_id", "batch_id", "id"),
        Index("ix_payment_lines_enrolment_id", "enrolment_id"),
    )
