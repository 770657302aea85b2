"""Service requests on the fast read path: the scoped list (newest first), the overdue list and the
single read, each row as :class:`ServiceRequestRead` shows it.

The scope is :func:`app.services.lawful_services.scope.request_scope` (the caller's org subtree).
The service type's code, name and levels, the org's name and the applicant's names are correlated
scalar subqueries of the same statement; what the session path computed in Python per row is
computed per page here (``complete``): ``overdue`` on the request's date (the context),
``next_steps`` from the workflow, ``missing_materials`` from the guides' materials and ``returns``,
each of the last two one more query per page (:class:`Related`).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import ColumnElement, SQLColumnExpression, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.config import Settings
from app.errors import NotFound
from app.list_filters import Equals, Flag, ListFilters, OnOrAfter, OnOrBefore, UpdatedSince, Where
from app.models.core.family import Family
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.models.lawful_services.service import (
    ServiceMaterial,
    ServiceRequest,
    ServiceRequestState,
    ServiceReturn,
    ServiceType,
)
from app.pagination import Page
from app.read_path import ReadPath, Related, Row, note_provisional_due
from app.schemas.common import MAX_ID, DbId, IsoDate
from app.schemas.lawful_services.service import CODE_PATTERN, ServiceRequestRead, ServiceRequestStatus
from app.services.core.scope import anyone_scope
from app.services.lawful_services import request_views
from app.services.lawful_services import requests as request_service
from app.services.lawful_services.request_workflow import SERVICE_REQUEST_WORKFLOW
from app.services.lawful_services.requests import OPEN_STATES
from app.services.lawful_services.scope import request_scope

_OPEN = frozenset(state.value for state in OPEN_STATES)


def _overdue(day: Any) -> ColumnElement[bool]:
    """requests.overdue_condition on a bound date."""
    return ServiceRequest.state.in_(OPEN_STATES) & (ServiceRequest.due_on < day)


def _type_column(column: Any) -> ColumnElement[Any]:
    return (
        select(column)
        .where(ServiceType.id == ServiceRequest.service_type_id)
        .correlate(ServiceRequest)
        .scalar_subquery()
    )


def _name_of(resident_id: SQLColumnExpression[int | None]) -> ColumnElement[str | None]:
    return (
        select(Resident.name).where(Resident.id == resident_id).correlate_except(Resident).scalar_subquery()
    )


def _parent_name(parent: Any) -> ColumnElement[str | None]:
    """The name of the request's family's husband or wife."""
    parent_id = select(parent).where(Family.id == ServiceRequest.family_id).correlate(ServiceRequest)
    return _name_of(parent_id.scalar_subquery())


MATERIALS = Related(
    ServiceMaterial.code,
    ServiceMaterial.name,
    ServiceMaterial.mandatory,
    key=ServiceMaterial.service_type_id,
    order_by=ServiceMaterial.position,
)
RETURNS = Related(
    ServiceReturn.returned_at,
    ServiceReturn.missing,
    ServiceReturn.comment,
    key=ServiceReturn.request_id,
    order_by=ServiceReturn.id,
)


def _applicant(row: Row) -> str | None:
    """The resident's name, else the family's parents' names ("husband / wife", those on record)."""
    if row["resident_id"] is not None:
        return row["resident_name"]
    if row["family_id"] is None:
        return None
    return " / ".join(name for name in (row["husband_name"], row["wife_name"]) if name is not None)


def _provided(item: dict[str, Any]) -> dict[str, Any]:
    """A provided material as ProvidedMaterial writes it (its defaults filled in)."""
    return {
        "code": item["code"],
        "form": item.get("form", "original"),
        "alternative": item.get("alternative"),
    }


async def _complete(rows: list[Row], today: date) -> None:
    materials = await MATERIALS.fetch({row["service_type_id"] for row in rows})
    returns = await RETURNS.fetch([row["id"] for row in rows])
    for row in rows:
        state = str(ServiceRequestState(row["state"]).value)
        present = {item["code"] for item in row["materials"]}
        row["applicant_name"] = _applicant(row)
        row["next_steps"] = SERVICE_REQUEST_WORKFLOW.allowed(state)
        row["materials"] = [_provided(item) for item in row["materials"]]
        row["missing_materials"] = [
            {"code": m["code"], "name": m["name"]}
            for m in materials[row["service_type_id"]]
            if m["mandatory"] and m["code"] not in present
        ]
        row["overdue"] = state in _OPEN and row["due_on"] < today
        row["returns"] = returns[row["id"]]
    note_provisional_due(rows)


class RequestFilters(ListFilters):
    """The service request list's query parameters (``overdue`` judged on the request's date; a
    submission range that ends before it starts is 422); ``updated_since`` asks for the change feed."""

    ordered_ranges = ("submitted",)

    state: Annotated[ServiceRequestState | None, Equals(ServiceRequest.state)] = None
    service_type: Annotated[
        str | None,
        Field(pattern=CODE_PATTERN),
        Where(
            lambda code: ServiceRequest.service_type_id.in_(
                select(ServiceType.id).where(ServiceType.code == code)
            )
        ),
    ] = None
    org_id: Annotated[
        int | None,
        Field(ge=1, le=MAX_ID, description="The community (or street) it belongs to"),
        Equals(ServiceRequest.org_id),
    ] = None
    family_id: Annotated[DbId | None, Equals(ServiceRequest.family_id)] = None
    resident_id: Annotated[DbId | None, Equals(ServiceRequest.resident_id)] = None
    overdue: Annotated[
        bool | None,
        Field(description="Open (submitted/accepted) and past the due date"),
        Flag(_overdue, lambda today: ~_overdue(today), values=lambda today: (today,)),
    ] = None
    updated_since: UpdatedSince = None
    submitted_from: Annotated[
        IsoDate | None,
        Field(description="Filed on or after (Beijing date)"),
        OnOrAfter(ServiceRequest.submitted_on),
    ] = None
    submitted_to: Annotated[
        IsoDate | None, Field(description="Filed on or before"), OnOrBefore(ServiceRequest.submitted_on)
    ] = None


REQUESTS = ReadPath(
    model=ServiceRequest,
    schema=ServiceRequestRead,
    scope=request_scope,
    label="Service request",
    descending=True,
    columns={
        "service_type": _type_column(ServiceType.code),
        "service_type_name": _type_column(ServiceType.name),
        "accepting_level": _type_column(ServiceType.accepting_level),
        "issuing_level": _type_column(ServiceType.issuing_level),
        "org_name": select(Org.name)
        .where(Org.id == ServiceRequest.org_id)
        .correlate(ServiceRequest)
        .scalar_subquery(),
        # for complete: the applicant's names and the guide the missing materials come from
        "resident_name": _name_of(ServiceRequest.resident_id),
        "husband_name": _parent_name(Family.husband_id),
        "wife_name": _parent_name(Family.wife_id),
        "service_type_id": ServiceRequest.__table__.c.service_type_id,
    },
    derived=("applicant_name", "next_steps", "missing_materials", "overdue", "due_note", "returns"),
    complete=_complete,
    filters=RequestFilters,
)


async def changes_page(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    where: RequestFilters,
    *,
    today: date,
    limit: int,
    cursor: str | None,
) -> Page[ServiceRequestRead]:
    """The change feed (``updated_since``) on the session path, as before: the same query in update
    order (app/feed.py), each row through :func:`request_views.to_reads`."""
    items, next_cursor = await request_service.list_requests(
        session,
        principal,
        **where.model_dump(),
        limit=limit,
        cursor=cursor,
        settings=settings,
        today=today,
    )
    return Page(items=await request_views.to_reads(session, items, today), next_cursor=next_cursor)


# The public look-up by tracking code (办件查询): state and dates, nothing personal; when returned,
# the guide's items (in its order) that the last return listed.
LAST_RETURN = Related(ServiceReturn.missing, key=ServiceReturn.request_id, order_by=ServiceReturn.id)
GUIDE_ITEMS = Related(
    ServiceMaterial.code,
    ServiceMaterial.name,
    key=ServiceMaterial.service_type_id,
    order_by=ServiceMaterial.position,
)


async def _to_bring(rows: list[Row], _context: Any) -> None:
    note_provisional_due(rows)
    returns = await LAST_RETURN.fetch([row["request_id"] for row in rows])
    guides = await GUIDE_ITEMS.fetch({row["service_type_id"] for row in rows})
    for row in rows:
        listed = returns[row["request_id"]]
        codes = set(listed[-1]["missing"]) if listed else set()
        returned = ServiceRequestState(row["state"]) is ServiceRequestState.returned
        row["missing_materials"] = [
            m for m in guides[row["service_type_id"]] if returned and m["code"] in codes
        ]


STATUS = ReadPath(
    model=ServiceRequest,
    schema=ServiceRequestStatus,
    scope=anyone_scope,
    label="Service request",
    columns={
        "service_type": _type_column(ServiceType.code),
        "service_type_name": _type_column(ServiceType.name),
        "request_id": ServiceRequest.__table__.c.id,
        "service_type_id": ServiceRequest.__table__.c.service_type_id,
    },
    filters={"tracking_code": lambda: ServiceRequest.tracking_code == bindparam("tracking_code")},
    derived=("missing_materials", "due_note"),
    complete=_to_bring,
)


async def public_status(tracking_code: str) -> Any:
    """The request with this tracking code (any case), 404 with the session path's words if none."""
    try:
        return await STATUS.first(None, tracking_code=tracking_code.upper())
    except NotFound:
        raise NotFound("No service request has this tracking code") from None
