"""Contraceptive products, distribution points and low-stock thresholds."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from app.models.quality.contraceptive import ContraceptiveMethod, PointKind
from app.schemas.common import ORMModel
from app.schemas.patch_body import PatchBody
from app.schemas.quality.common import MAX_ID, QualityBody


class ProductCreate(QualityBody):
    code: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9._-]+$", examples=["CONDOM-10"])
    name: str = Field(min_length=1, max_length=100, examples=["避孕套(10只装)"])
    method: ContraceptiveMethod
    form: str = Field(min_length=1, max_length=32, examples=["乳胶"])
    unit: str = Field(min_length=1, max_length=16, description="The counted unit", examples=["盒"])
    units_per_pack: int = Field(default=1, ge=1, le=1000, examples=[10])


class ProductUpdate(QualityBody, PatchBody):
    name: str | None = Field(default=None, min_length=1, max_length=100)
    form: str | None = Field(default=None, min_length=1, max_length=32)
    unit: str | None = Field(default=None, min_length=1, max_length=16)
    units_per_pack: int | None = Field(default=None, ge=1, le=1000)
    active: bool | None = None


class ProductRead(ORMModel):
    id: int
    code: str
    name: str
    method: ContraceptiveMethod
    form: str
    unit: str
    units_per_pack: int
    active: bool
    version: int
    created_at: datetime
    updated_at: datetime


class MachineRules(QualityBody):
    min_age: int = Field(default=18, ge=0, le=120)
    max_age: int = Field(default=60, ge=0, le=120, description="Not below min_age (422 otherwise)")
    interval_days: int = Field(default=22, ge=0, le=366, description="Days between two dispenses to a person")
    max_units_per_dispense: int = Field(default=1, ge=1, le=100)


class PointCreate(QualityBody):
    name: str = Field(min_length=1, max_length=100)
    kind: PointKind
    org_id: int = Field(ge=1, le=MAX_ID, description="The community, unit or street the point sits under")
    partner_id: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="The partner hosting it (a clinic)"
    )
    address: str | None = Field(default=None, max_length=200)
    device_user_id: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="The dispenser_device account (self-service machines only)"
    )
    rules: MachineRules | None = None


class PointUpdate(QualityBody, PatchBody):
    clearable = frozenset({"address", "device_user_id"})

    name: str | None = Field(default=None, min_length=1, max_length=100)
    address: str | None = Field(default=None, max_length=200)
    active: bool | None = None
    device_user_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    rules: MachineRules | None = None


class PointRead(ORMModel):
    id: int
    name: str
    kind: PointKind
    org_id: int
    partner_id: int | None
    address: str | None
    active: bool
    device_user_id: int | None
    min_age: int
    max_age: int
    interval_days: int
    max_units_per_dispense: int
    version: int
    created_at: datetime
    updated_at: datetime


class ThresholdSet(QualityBody):
    threshold: int = Field(ge=0, le=1_000_000, description="Alert when usable stock falls below this")


class ThresholdRead(ORMModel):
    id: int
    point_id: int
    product_id: int
    threshold: int
    version: int
