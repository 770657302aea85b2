"""The indicator catalogue (考核指标): what a responsibility book can measure, and how.

An indicator's actual value is either *computed* by a named figure query over live records
(``figure_code`` = ``"<area>.<figure>"``, exported by ``app/services/<area>/figures.py``) or
*reported* by the community with evidence. The catalogue is data: the migration loads the standard
indicators and the street may add more.
"""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, CheckConstraint, Enum, Float, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, VersionedMixin


class DashboardAlertCode(enum.StrEnum):
    """What the dashboard asks the office to act on."""

    calendar_next_year_missing = "calendar_next_year_missing"  # 次年节假日安排未录入


class IndicatorDirection(enum.StrEnum):
    at_least = "at_least"  # met when actual >= target
    at_most = "at_most"  # met when actual <= target


class IndicatorSource(enum.StrEnum):
    computed = "computed"
    reported = "reported"


class IndicatorUnit(enum.StrEnum):
    percent = "percent"
    ratio = "ratio"
    cases = "cases"
    days = "days"


class Indicator(VersionedMixin, Base):
    __tablename__ = "indicators"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    name_zh: Mapped[str] = mapped_column(String(100), nullable=False)
    name_en: Mapped[str] = mapped_column(String(150), nullable=False)
    unit: Mapped[IndicatorUnit] = mapped_column(
        Enum(IndicatorUnit, native_enum=False, length=16), nullable=False
    )
    direction: Mapped[IndicatorDirection] = mapped_column(
        Enum(IndicatorDirection, native_enum=False, length=16), nullable=False
    )
    source: Mapped[IndicatorSource] = mapped_column(
        Enum(IndicatorSource, native_enum=False, length=16), nullable=False
    )
    # "<area>.<figure>" for computed indicators (e.g. "quality.screening_coverage").
    figure_code: Mapped[str | None] = mapped_column(String(100), nullable=True)
    # Points taken off per unit missed (e.g. 3 per wrong roster case); None: proportional scoring.
    deduction_per_unit: Mapped[float | None] = mapped_column(Float, nullable=True)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    __table_args__ = (
        CheckConstraint(
            "(source = 'computed' AND figure_code IS NOT NULL) "
            "OR (source = 'reported' AND figure_code IS NULL)",
            name="figure_code_for_computed",
        ),
    )
