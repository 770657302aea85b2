"""The working-day calendar: public holidays and make-up working days kept as data, per known year."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Date, Enum, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, UTCDateTime, utcnow


class CalendarDayKind(enum.StrEnum):
    holiday = "holiday"  # 法定节假日 (a day off, weekday or not)
    workday = "workday"  # 调休上班 (a weekend day worked)


class CalendarSource(enum.StrEnum):
    package = "package"  # loaded from the chinese-calendar package (State Council notices)
    district = "district"  # entered or corrected by the district (PUT /working-calendar/{year})


class CalendarDay(Base):
    """An exception to the Monday-to-Friday rule; every other day follows the weekday."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[CalendarDayKind] = mapped_column(
        Enum(CalendarDayKind, native_enum=False, length=16), nullable=False
    )
    name: Mapped[str] = mapped_column(String(64), nullable=False)


class CalendarYear(Base):
    """A year whose arrangement is known; a date in any other year is refused, not guessed."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    source: Mapped[CalendarSource] = mapped_column(
        Enum(CalendarSource, native_enum=False, length=16), nullable=False
    )
    source_detail: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
