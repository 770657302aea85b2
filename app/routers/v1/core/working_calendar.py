"""The working-day calendar behind every legal clock: read a year, or (district) enter or correct one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from app.deps import Requires, Session
from app.models.core.calendar import CalendarDay, CalendarYear
from app.schemas.common import AUTHED, problems
from app.schemas.core.calendar import CalendarDayRead, WorkingCalendarPut, WorkingCalendarRead
from app.services.core import working_days

router = APIRouter(prefix="/working-calendar", tags=["Platform: reference data"])
Year = Annotated[int, Path(ge=1900, le=2200)]


def _read(year: CalendarYear, days: list[CalendarDay]) -> WorkingCalendarRead:
    return WorkingCalendarRead(
        year=year.year,
        source=year.source,
        source_detail=year.source_detail,
        loaded_at=year.loaded_at,
        days=[CalendarDayRead.model_validate(d) for d in days],
    )


@router.get(
    "/{year}",
    operation_id="getWorkingCalendar",
    summary="A year's public holidays and make-up working days (422 if the year is not known)",
    response_model=WorkingCalendarRead,
    responses=problems(*AUTHED, 422),
)
async def get_working_calendar(
    year: Year, session: Session, principal: Requires("services:read")
) -> WorkingCalendarRead:
    return _read(*await working_days.get_year(session, year))


@router.put(
    "/{year}",
    operation_id="putWorkingCalendar",
    summary="Enter or correct a year's arrangement (district; replaces the year, audited)",
    response_model=WorkingCalendarRead,
    responses=problems(*AUTHED, 422),
)
async def put_working_calendar(
    year: Year, body: WorkingCalendarPut, session: Session, principal: Requires("calendar:write")
) -> WorkingCalendarRead:
    stored = await working_days.replace_year(
        session,
        principal,
        year,
        [(d.day, d.name) for d in body.holidays],
        [(d.day, d.name) for d in body.workdays],
    )
    return _read(*stored)
