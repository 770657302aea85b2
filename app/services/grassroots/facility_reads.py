"""Facilities, their inspections and refreshes on the fast read path.

Facilities are scoped by :func:`app.services.grassroots.scope.owned` (an org's own and those of its
subtree); inspections and refreshes by their facility's scope. ``refresh_overdue`` is judged on the
request's date (the office clock): a board or wall whose next refresh was due before it.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import bindparam, or_, select

from app.authz import Principal
from app.list_filters import Equals, Flag, ListFilters
from app.models.core.org import Org
from app.models.grassroots.facility import (
    Facility,
    FacilityCondition,
    FacilityInspection,
    FacilityKind,
    FacilityRefresh,
)
from app.read_path import ReadPath
from app.schemas.common import DbId
from app.schemas.grassroots.facility import FacilityRead, InspectionRead, RefreshRead
from app.services.grassroots.scope import (
    facility_scope,
    inspection_scope,
    refresh_scope,
)


class FacilityFilters(ListFilters):
    """The facility list's query parameters."""

    org_id: Annotated[DbId | None, Equals(Facility.org_id)] = None
    kind: Annotated[FacilityKind | None, Equals(Facility.kind)] = None
    condition: Annotated[FacilityCondition | None, Equals(Facility.condition)] = None
    refresh_overdue: Annotated[
        bool | None,
        Field(description="Boards and walls whose content refresh was due before today"),
        Flag(
            lambda today: Facility.refresh_due_on < today,
            lambda today: or_(Facility.refresh_due_on.is_(None), Facility.refresh_due_on >= today),
            values=lambda today: (today,),
        ),
    ] = None


FACILITIES = ReadPath(
    model=Facility,
    schema=FacilityRead,
    scope=facility_scope,
    label="Facility",
    columns={
        "org_name": select(Org.name).where(Org.id == Facility.org_id).correlate(Facility).scalar_subquery()
    },
    filters=FacilityFilters,
)


INSPECTIONS = ReadPath(
    model=FacilityInspection,
    schema=InspectionRead,
    scope=inspection_scope,
    label="Facility inspection",
    filters={"facility_id": lambda: FacilityInspection.facility_id == bindparam("facility_id")},
    descending=True,
)

REFRESHES = ReadPath(
    model=FacilityRefresh,
    schema=RefreshRead,
    scope=refresh_scope,
    label="Facility refresh",
    filters={"facility_id": lambda: FacilityRefresh.facility_id == bindparam("facility_id")},
    descending=True,
)


async def inspections_page(principal: Principal, facility_id: int, *, limit: int, cursor: str | None) -> Any:
    """The facility's inspections, newest first; 404 when the facility is outside the caller's scope."""
    await FACILITIES.one(principal, facility_id)
    return await INSPECTIONS.page(principal, limit=limit, cursor=cursor, facility_id=facility_id)


async def refreshes_page(principal: Principal, facility_id: int, *, limit: int, cursor: str | None) -> Any:
    """The board's or wall's refreshes, newest first; 404 outside the caller's scope."""
    await FACILITIES.one(principal, facility_id)
    return await REFRESHES.page(principal, limit=limit, cursor=cursor, facility_id=facility_id)
