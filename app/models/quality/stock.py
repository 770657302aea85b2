"""The stock ledger (台账): batches on hand, every movement, dispensations and machine claims.

Stock on hand per point, product and batch is kept in ``stock_batches`` and always equals the sum
of that batch's movements; a CHECK constraint keeps it from going below zero.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Enum, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, utcnow


class MovementKind(enum.StrEnum):
    receipt = "receipt"
    transfer_out = "transfer_out"
    transfer_in = "transfer_in"
    dispense = "dispense"
    adjustment = "adjustment"
    expiry_write_off = "expiry_write_off"


class ReceiptSource(enum.StrEnum):
    """Where received stock comes from: it is never created from nothing."""

    district_allocation = "district_allocation"  # 区级调拨下发, with its document number
    transfer = "transfer"  # moved from another point (the transfer_in line of a transfer)
    returned = "returned"  # handed back (e.g. by a unit or a resident), with a reason


class DispenseRefusal(enum.StrEnum):
    """Every reason a dispense is refused (the ``reason`` member of a ``dispense-refused`` problem)."""

    device_not_registered = "device_not_registered"
    not_this_devices_point = "not_this_devices_point"
    machine_point_staff = "machine_point_staff"
    point_inactive = "point_inactive"
    product_inactive = "product_inactive"
    quantity_over_limit = "quantity_over_limit"
    age_out_of_range = "age_out_of_range"
    interval_not_elapsed = "interval_not_elapsed"
    out_of_stock = "out_of_stock"


class DispenseChannel(enum.StrEnum):
    staff = "staff"
    machine = "machine"


class StockBatch(Base):
    __tablename__ = "stock_batches"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("distribution_points.id"), nullable=False)
    product_id: Mapped[int] = mapped_column(ForeignKey("contraceptive_products.id"), nullable=False)
    batch_no: Mapped[str] = mapped_column(String(32), nullable=False)
    # The last day the batch may be used (有效期至).
    expires_on: Mapped[date] = mapped_column(Date, nullable=False)
    qty_on_hand: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (
        CheckConstraint("qty_on_hand >= 0", name="qty_on_hand_not_negative"),
        UniqueConstraint("point_id", "product_id", "batch_no"),
        Index("ix_stock_batches_point_id_product_id_expires_on", "point_id", "product_id", "expires_on"),
        Index("ix_stock_batches_expires_on", "expires_on"),
    )


class StockMovement(Base):
    """One ledger line; ``quantity`` is signed (receipts and transfers in add, the rest take)."""

    __tablename__ = "stock_movements"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    kind: Mapped[MovementKind] = mapped_column(
        Enum(MovementKind, native_enum=False, length=24), nullable=False
    )
    point_id: Mapped[int] = mapped_column(ForeignKey("distribution_points.id"), nullable=False)
    product_id: Mapped[int] = mapped_column(ForeignKey("contraceptive_products.id"), nullable=False)
    batch_id: Mapped[int] = mapped_column(ForeignKey("stock_batches.id"), nullable=False)
    batch_no: Mapped[str] = mapped_column(String(32), nullable=False)
    expires_on: Mapped[date] = mapped_column(Date, nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False)
    reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    counterpart_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("distribution_points.id"), nullable=True
    )
    dispensation_id: Mapped[int | None] = mapped_column(ForeignKey("dispensations.id"), nullable=True)
    # Receipts and transfers in: where the stock came from (and the allocation's document number).
    source: Mapped[ReceiptSource | None] = mapped_column(
        Enum(ReceiptSource, native_enum=False, length=24), nullable=True
    )
    document_no: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    # The local (Beijing) business day, for day-level reports.
    occurred_on: Mapped[date] = mapped_column(Date, nullable=False)

    __table_args__ = (
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        Index("ix_stock_movements_point_id_product_id_occurred_on", "point_id", "product_id", "occurred_on"),
        Index("ix_stock_movements_batch_id", "batch_id"),
        Index("ix_stock_movements_kind_id", "kind", "id"),
        Index("ix_stock_movements_dispensation_id", "dispensation_id"),
    )


class Dispensation(Base):
    """Contraceptives handed out: by staff (to a resident, or anonymously) or by a machine."""

    __tablename__ = "dispensations"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("distribution_points.id"), nullable=False)
    product_id: Mapped[int] = mapped_column(ForeignKey("contraceptive_products.id"), nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False)
    channel: Mapped[DispenseChannel] = mapped_column(
        Enum(DispenseChannel, native_enum=False, length=16), nullable=False
    )
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    # Keyed hash (HMAC) of the ID number a machine read; never the number itself.
    person_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    dispensed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    dispensed_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    dispensed_on: Mapped[date] = mapped_column(Date, nullable=False)

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_dispensations_point_id_id", "point_id", "id"),
        Index("ix_dispensations_dispensed_on_point_id_product_id", "dispensed_on", "point_id", "product_id"),
        Index("ix_dispensations_person_hash_dispensed_at", "person_hash", "dispensed_at"),
        Index("ix_dispensations_resident_id", "resident_id"),
        Index("ix_dispensations_dispensed_on_id", "dispensed_on", "id"),  # dispensed_from/_to filter
    )


class MachineDispenseClaim(Base):
    """The last machine dispense per person and product category (the method: condoms, emergency
    pills…): claimed with one conditional write, so two machines cannot both hand out inside the
    interval, and an emergency pill does not block condoms."""

    __tablename__ = "machine_dispense_claims"

    person_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    category: Mapped[str] = mapped_column(String(24), primary_key=True)
    last_dispensed_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
