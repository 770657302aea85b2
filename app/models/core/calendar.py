"""The working-day calendar: public holidays and make-up working days kept as data."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, Enum, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base


class CalendarDayKind(enum.StrEnum):
    holiday = "holiday"  # 法定节假日 (a weekday off)
    workday = "workday"  # 调休上班 (a weekend day worked)


class CalendarDay(Base):
    """An exception to the Monday-to-Friday rule; every other day follows the weekday."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[CalendarDayKind] = mapped_column(
        Enum(CalendarDayKind, native_enum=False, length=16), nullable=False
    )
    name: Mapped[str] = mapped_column(String(64), nullable=False)
