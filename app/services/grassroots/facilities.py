"""Facilities in place (设施到位) and the publicity environment (环境推动).

A community, unit or the street records its facilities: service stations and rooms, publicity sites,
publicity boards and cultural walls, and its contraceptive distribution points (a facility of kind
``distribution_point`` links the point of /distribution-points, which stays Task 6's record: this
area keeps only its inspections and condition). Each inspection records the condition found; the
latest one by date sets the facility's condition. Boards and walls are refreshed every
``refresh_every_days`` (the facility's own schedule, data the office sets); each refresh moves the
next due date, and the list's ``refresh_overdue`` filter shows those past it on the office's date.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import column, select, table
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Conflict, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.grassroots.facility import (
    REFRESHED_KINDS,
    Facility,
    FacilityInspection,
    FacilityRefresh,
)
from app.schemas.grassroots.facility import FacilityCreate, FacilityRead, InspectionCreate, RefreshCreate
from app.services.core.loading import one_or_404
from app.services.grassroots.scope import facility_scope, org_in_scope

FACILITY_ORGS = (OrgKind.street, OrgKind.community, OrgKind.unit)
# Task 6's distribution points, by id and org only: this area reads no other area's models.
_POINTS = table("distribution_points", column("id"), column("org_id"))


async def get_facility(session: AsyncSession, principal: Principal, facility_id: int) -> Facility:
    return await one_or_404(
        session,
        select(Facility).where(Facility.id == facility_id, facility_scope(principal)),
        "Facility",
    )


async def create_facility(
    session: AsyncSession, principal: Principal, data: FacilityCreate, today: date
) -> Facility:
    org = await org_in_scope(session, principal, data.org_id, kinds=FACILITY_ORGS)
    if data.opened_on > today:
        raise Unprocessable("opened_on is in the future", loc=["body", "opened_on"])
    if data.distribution_point_id is not None:
        await _check_point(session, org, data.distribution_point_id)
    facility = Facility(
        org_id=org.id,
        kind=data.kind,
        name=data.name,
        location=data.location,
        distribution_point_id=data.distribution_point_id,
        opened_on=data.opened_on,
        condition=data.condition,
        refresh_every_days=data.refresh_every_days,
        refresh_due_on=_due(data.opened_on, data.refresh_every_days),
        created_by=principal.user_id,
    )
    session.add(facility)
    await session.flush()
    await _audit(session, principal, facility, org, "facility.created", {"kind": data.kind.value})
    return facility


async def _check_point(session: AsyncSession, org: Org, point_id: int) -> None:
    """The point is one of the facility's org, and has no facility record yet."""
    found = (
        await session.execute(
            select(_POINTS.c.id).where(_POINTS.c.id == point_id, _POINTS.c.org_id == org.id)
        )
    ).scalar_one_or_none()
    if found is None:
        raise Unprocessable(
            "distribution_point_id must be a distribution point of the facility's org",
            loc=["body", "distribution_point_id"],
        )
    taken = (
        await session.execute(select(Facility.id).where(Facility.distribution_point_id == point_id))
    ).scalar_one_or_none()
    if taken is not None:
        raise Conflict(f"The distribution point is already recorded as facility {taken}")


def _due(since: date, every_days: int | None) -> date | None:
    return since + timedelta(days=every_days) if every_days is not None else None


def _check_day(facility: Facility, day: date, today: date, field: str) -> None:
    if day > today or day < facility.opened_on:
        raise Unprocessable(f"{field} lies between the facility's opening and today", loc=["body", field])


async def record_inspection(
    session: AsyncSession, principal: Principal, facility_id: int, data: InspectionCreate, today: date
) -> FacilityInspection:
    """An inspection; the latest by date (then the last recorded) sets the facility's condition."""
    facility = await get_facility(session, principal, facility_id)
    _check_day(facility, data.inspected_on, today, "inspected_on")
    inspection = FacilityInspection(
        facility_id=facility.id,
        inspected_on=data.inspected_on,
        inspector=data.inspector,
        condition=data.condition,
        findings=data.findings,
        photo_links=[str(link) for link in data.photo_links],
        recorded_by=principal.user_id,
    )
    session.add(inspection)
    await session.flush()
    latest = (
        await session.execute(
            select(FacilityInspection.condition, FacilityInspection.inspected_on)
            .where(FacilityInspection.facility_id == facility.id)
            .order_by(FacilityInspection.inspected_on.desc(), FacilityInspection.id.desc())
            .limit(1)
        )
    ).one()
    facility.condition, facility.last_inspected_on = latest[0], latest[1]
    await session.flush()
    org = await _org(session, facility.org_id)
    detail: dict[str, object] = {"inspection_id": inspection.id, "condition": data.condition.value}
    await _audit(session, principal, facility, org, "facility.inspected", detail)
    return inspection


async def record_refresh(
    session: AsyncSession, principal: Principal, facility_id: int, data: RefreshCreate, today: date
) -> FacilityRefresh:
    """A board's or wall's content refreshed; the next refresh is due ``refresh_every_days`` after
    the latest refresh."""
    facility = await get_facility(session, principal, facility_id)
    if facility.kind not in REFRESHED_KINDS:
        raise Conflict("Only publicity boards and cultural walls have their content refreshed")
    _check_day(facility, data.refreshed_on, today, "refreshed_on")
    refresh = FacilityRefresh(
        facility_id=facility.id,
        refreshed_on=data.refreshed_on,
        theme=data.theme,
        photo_links=[str(link) for link in data.photo_links],
        recorded_by=principal.user_id,
    )
    session.add(refresh)
    await session.flush()
    if facility.last_refreshed_on is None or data.refreshed_on > facility.last_refreshed_on:
        facility.last_refreshed_on = data.refreshed_on
        facility.refresh_due_on = _due(data.refreshed_on, facility.refresh_every_days)
    await session.flush()
    org = await _org(session, facility.org_id)
    detail: dict[str, object] = {"refresh_id": refresh.id, "refreshed_on": data.refreshed_on.isoformat()}
    await _audit(session, principal, facility, org, "facility.refreshed", detail)
    return refresh


async def read(session: AsyncSession, facility: Facility) -> FacilityRead:
    """The facility as the list shows it (its org's name), in the request's transaction."""
    org = await _org(session, facility.org_id)
    fields = {f: getattr(facility, f) for f in FacilityRead.model_fields if hasattr(facility, f)}
    return FacilityRead.model_validate({**fields, "org_name": org.name})


async def _org(session: AsyncSession, org_id: int) -> Org:
    org = await session.get(Org, org_id)
    assert org is not None
    return org


async def _audit(
    session: AsyncSession,
    principal: Principal,
    facility: Facility,
    org: Org,
    action: str,
    detail: dict[str, object],
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="facility",
        object_id=facility.id,
        scope_path=org.path,
        detail=detail,
    )
