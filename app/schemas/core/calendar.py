"""The working-day calendar as the API shows and takes it."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field

from app.models.core.calendar import CalendarDayKind, CalendarSource
from app.schemas.common import IsoDate, ORMModel, StrictBody


class CalendarDayRead(ORMModel):
    day: date
    kind: CalendarDayKind
    name: str


class WorkingCalendarRead(ORMModel):
    year: int
    source: CalendarSource = Field(description="package: the State Council notice; district: entered")
    source_detail: str
    loaded_at: datetime
    days: list[CalendarDayRead] = Field(description="Exceptions to Monday-to-Friday, in date order")


class CalendarDayIn(StrictBody):
    day: IsoDate
    name: str = Field(min_length=1, max_length=64, examples=["春节"])


class WorkingCalendarPut(StrictBody):
    """A year's whole arrangement: every day off (法定节假日) and every weekend day worked (调休上班)."""

    holidays: list[CalendarDayIn] = Field(max_length=120)
    workdays: list[CalendarDayIn] = Field(default_factory=list, max_length=30)
