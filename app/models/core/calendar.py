"""The working-day calendar: public holidays and make-up working days kept as data, per known year."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import BigInteger, Date, Enum, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, utcnow


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


class ProvisionalDeadline(Base):
    """A legal deadline counted into a year whose arrangement was unknown (weekdays only), kept so it
    is counted again when that year is entered or loaded (app/services/core/working_days.py).

    ``object_type`` names the record (``service_request``, ``feedback``, ``exchange_message``) and
    ``field`` its date column; the record itself carries the date shown and its provisional flag.
    """

    __tablename__ = "provisional_deadlines"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    object_type: Mapped[str] = mapped_column(String(32), nullable=False)
    object_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    field: Mapped[str] = mapped_column(String(32), nullable=False)
    counted_from: Mapped[date] = mapped_column(Date, nullable=False)
    working_days: Mapped[int] = mapped_column(Integer, nullable=False)
    # The date given while provisional: a later count never moves it earlier without saying so.
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    # The first year counted by the weekday rule: the year whose arrangement settles it.
    unknown_year: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (
        UniqueConstraint("object_type", "object_id", "field"),
        Index("ix_provisional_deadlines_unknown_year", "unknown_year"),
    )
