"""Stock ledger movements, stock on hand, dispensations, alerts and contraceptive reports."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field

from app.id_numbers import ID_NUMBER_PATTERN
from app.models.quality.stock import DispenseChannel, MovementKind, ReceiptSource
from app.schemas.common import IsoDate, ORMModel
from app.schemas.quality.common import MAX_ID, QualityBody


class StockMovementCreate(QualityBody):
    """One stock operation; a transfer writes two ledger lines (out of one point, into another)."""

    kind: Literal["receipt", "transfer", "adjustment", "expiry_write_off"]
    point_id: int = Field(ge=1, le=MAX_ID)
    product_id: int = Field(ge=1, le=MAX_ID)
    batch_no: str = Field(min_length=1, max_length=32, examples=["20190312"])
    expires_on: IsoDate | None = Field(default=None, description="Required for a receipt (有效期至)")
    quantity: int = Field(
        ge=-1_000_000,
        le=1_000_000,
        description="Positive; an adjustment may be negative (a count found short) but not zero",
    )
    to_point_id: int | None = Field(default=None, ge=1, le=MAX_ID, description="Required for a transfer")
    reason: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        description="Required for an adjustment and for a receipt of returned stock",
    )
    source: ReceiptSource | None = Field(
        default=None,
        description="Required for a receipt: district_allocation (with document_no) or returned "
        "(with a reason); stock from another point comes by a transfer",
    )
    document_no: str | None = Field(
        default=None, min_length=1, max_length=64, description="The allocation's document number (文号)"
    )


class StockMovementRead(ORMModel):
    id: int
    kind: MovementKind
    point_id: int
    product_id: int
    batch_id: int
    batch_no: str
    expires_on: date
    quantity: int = Field(description="Signed: positive adds to the point's stock, negative takes")
    reason: str | None
    counterpart_point_id: int | None
    source: ReceiptSource | None
    document_no: str | None
    dispensation_id: int | None
    created_by: int | None
    occurred_at: datetime
    occurred_on: date


class StockMovementResult(ORMModel):
    items: list[StockMovementRead]


class StockBatchRead(ORMModel):
    id: int
    point_id: int
    product_id: int
    batch_no: str
    expires_on: date
    qty_on_hand: int
    expired: bool
    updated_at: datetime


class DispensationCreate(QualityBody):
    """Staff give ``point_id`` and optionally ``resident_id`` (none: anonymous, counted only);
    a self-service machine gives the ID number it read and dispenses at its own point."""

    product_id: int = Field(ge=1, le=MAX_ID)
    quantity: int = Field(default=1, ge=1, le=1000)
    point_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    resident_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    id_number: str | None = Field(
        default=None,
        min_length=18,
        max_length=18,
        pattern=ID_NUMBER_PATTERN,
        description="Machines only: read from the ID card; stored as a keyed hash",
    )


class DispensedBatch(ORMModel):
    batch_no: str
    expires_on: date
    quantity: int


class DispensationRead(ORMModel):
    id: int
    point_id: int
    product_id: int
    quantity: int
    channel: DispenseChannel
    resident_id: int | None
    anonymous: bool
    dispensed_by: int | None
    dispensed_at: datetime
    dispensed_on: date
    batches: list[DispensedBatch] | None = Field(default=None, description="On creation: batches taken")


class LowStockAlert(ORMModel):
    point_id: int
    product_id: int
    on_hand: int = Field(description="Usable (unexpired) units")
    threshold: int


class ExpiringBatchAlert(ORMModel):
    batch_id: int
    point_id: int
    product_id: int
    batch_no: str
    expires_on: date
    qty_on_hand: int
    expired: bool


class DispensingReportRow(ORMModel):
    month: str = Field(examples=["2019-05"])
    point_id: int
    product_id: int
    quantity: int
    dispensations: int


class StockOutReportRow(ORMModel):
    point_id: int
    product_id: int
    stock_out_days: int


class DispensingReport(ORMModel):
    date_from: date
    date_to: date
    items: list[DispensingReportRow]


class StockOutReport(ORMModel):
    date_from: date
    date_to: date
    items: list[StockOutReportRow]
