"""Free contraceptives (免费避孕药具): the product catalogue, distribution points and their thresholds."""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, CheckConstraint, Enum, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class ContraceptiveMethod(enum.StrEnum):
    condom = "condom"
    oral_short_acting = "oral_short_acting"
    oral_emergency = "oral_emergency"
    suppository = "suppository"
    film = "film"
    gel = "gel"
    iud = "iud"
    implant = "implant"
    injection = "injection"


class PointKind(enum.StrEnum):
    community_station = "community_station"
    unit_station = "unit_station"
    clinic = "clinic"
    self_service_machine = "self_service_machine"


class ContraceptiveProduct(VersionedMixin, Base):
    __tablename__ = "contraceptive_products"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    method: Mapped[ContraceptiveMethod] = mapped_column(
        Enum(ContraceptiveMethod, native_enum=False, length=24), nullable=False
    )
    form: Mapped[str] = mapped_column(String(32), nullable=False)  # e.g. "乳胶", "片剂", "凝胶"
    unit: Mapped[str] = mapped_column(String(16), nullable=False)  # the counted unit: "盒", "支", "板"
    units_per_pack: Mapped[int] = mapped_column(Integer, nullable=False, default=1)  # 10 condoms a box
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (
        CheckConstraint("units_per_pack >= 1", name="units_per_pack"),
        Index("ix_contraceptive_products_method_id", "method", "id"),
    )


class DistributionPoint(VersionedMixin, Base):
    """A place that hands out contraceptives; a self-service machine carries its own rules."""

    __tablename__ = "distribution_points"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    kind: Mapped[PointKind] = mapped_column(Enum(PointKind, native_enum=False, length=24), nullable=False)
    org_id: Mapped[int] = mapped_column(ForeignKey("orgs.id"), nullable=False)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), nullable=True)
    address: Mapped[str | None] = mapped_column(String(200), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    # The dispenser_device account of a self-service machine (one device, one point).
    device_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True, unique=True)
    # Machine rules (configuration, not code): 18–60 years, one box per 22 days by default.
    min_age: Mapped[int] = mapped_column(Integer, nullable=False, default=18)
    max_age: Mapped[int] = mapped_column(Integer, nullable=False, default=60)
    interval_days: Mapped[int] = mapped_column(Integer, nullable=False, default=22)
    max_units_per_dispense: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __table_args__ = (
        CheckConstraint("min_age >= 0 AND max_age >= min_age", name="age_range"),
        CheckConstraint("interval_days >= 0", name="interval_days"),
        CheckConstraint("max_units_per_dispense >= 1", name="max_units"),
        Index("ix_distribution_points_org_id_id", "org_id", "id"),
        Index("ix_distribution_points_kind_id", "kind", "id"),
    )


class StockThreshold(VersionedMixin, Base):
    """Low-stock level per point and product (库存预警线)."""

    __tablename__ = "stock_thresholds"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("distribution_points.id"), nullable=False)
    product_id: Mapped[int] = mapped_column(ForeignKey("contraceptive_products.id"), nullable=False)
    threshold: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        UniqueConstraint("point_id", "product_id"),
        CheckConstraint("threshold >= 0", name="threshold"),
    )
