"""Service requests on the clock: filed, checked, returned once, accepted, completed or rejected.

* One-time notification (一次性告知): a return lists every missing item the system finds (plus
  any the reviewer names); a later return may not name an item already listed at an earlier one
  (409) — the first return could have said it.
* Instant processing (即办): a complete request of an instant type completes at acceptance and
  its number is issued at once.
* The clock: due on the legal limit in working days after the (re)submission date; a return
  stops it and a resubmission starts it again. A completed birth registration is recorded on
  the family (Family.birth_registration_no), an honour certificate likewise.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app import audit
from app.authz import Principal, scoped_org_ids
from app.clock import now as clock_now
from app.config import Settings
from app.errors import Unprocessable
from app.feed import page_or_feed
from app.models.core.org import Org, OrgKind
from app.models.lawful_services.service import (
    ServiceLevel,
    ServiceRequest,
    ServiceRequestState,
    ServiceSubject,
    ServiceType,
)
from app.schemas.lawful_services.service import ServiceRequestCreate
from app.services.core import deadlines, working_days
from app.services.core.families import get_family
from app.services.core.loading import date_range, one_or_404
from app.services.core.residents import get_resident
from app.services.core.tracking_codes import new_tracking_code
from app.services.lawful_services import service_types
from app.services.lawful_services.material_check import missing_materials, normalise_provided
from app.services.lawful_services.scope import request_scope

# Its legal deadlines (due_on, forward_due_on) are counted again when an unknown year arrives.
DEADLINE = "service_request"
deadlines.register(DEADLINE, ServiceRequest, ServiceRequest.org_id)

OPEN_STATES = (ServiceRequestState.submitted, ServiceRequestState.forwarded, ServiceRequestState.accepted)


def overdue_condition(today: date) -> ColumnElement[bool]:
    return ServiceRequest.state.in_(OPEN_STATES) & (ServiceRequest.due_on < today)


async def get_request(session: AsyncSession, principal: Principal, request_id: int) -> ServiceRequest:
    return await one_or_404(
        session,
        select(ServiceRequest)
        .where(ServiceRequest.id == request_id, request_scope(principal))
        .options(selectinload(ServiceRequest.returns))
        .execution_options(populate_existing=True),
        "Service request",
    )


async def list_requests(
    session: AsyncSession,
    principal: Principal,
    *,
    state: ServiceRequestState | None,
    service_type: str | None,
    org_id: int | None,
    family_id: int | None,
    resident_id: int | None,
    overdue: bool | None,
    limit: int,
    cursor: str | None,
    settings: Settings | None = None,
    updated_since: datetime | None = None,
    today: date | None = None,
    submitted_from: date | None = None,
    submitted_to: date | None = None,
) -> tuple[list[ServiceRequest], str | None]:
    """Newest first, within the caller's area; ``overdue=true`` lists open requests past due."""
    stmt = (
        select(ServiceRequest).where(request_scope(principal)).options(selectinload(ServiceRequest.returns))
    )
    if state is not None:
        stmt = stmt.where(ServiceRequest.state == state)
    if service_type is not None:
        stmt = stmt.where(
            ServiceRequest.service_type_id.in_(select(ServiceType.id).where(ServiceType.code == service_type))
        )
    if org_id is not None:
        stmt = stmt.where(ServiceRequest.org_id == org_id)
    if family_id is not None:
        stmt = stmt.where(ServiceRequest.family_id == family_id)
    if resident_id is not None:
        stmt = stmt.where(ServiceRequest.resident_id == resident_id)
    stmt = stmt.where(*date_range(ServiceRequest.submitted_on, submitted_from, submitted_to, "submitted"))
    if overdue is not None:
        condition = overdue_condition(today or working_days.local_today())
        stmt = stmt.where(condition if overdue else ~condition)
    return await page_or_feed(
        session,
        stmt,
        id_column=ServiceRequest.id,
        updated_column=ServiceRequest.updated_at,
        settings=settings,
        updated_since=updated_since,
        limit=limit,
        cursor=cursor,
        descending=True,
    )


async def org_path(session: AsyncSession, org_id: int) -> str:
    org = await session.get(Org, org_id)
    return org.path if org else "/"


async def audit_request(
    session: AsyncSession,
    principal: Principal,
    request: ServiceRequest,
    action: str,
    detail: dict[str, object] | None = None,
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=f"service_request.{action}",
        object_type="service_request",
        object_id=request.id,
        scope_path=await org_path(session, request.org_id),
        detail=detail,
    )


async def file_request(
    session: AsyncSession,
    principal: Principal,
    data: ServiceRequestCreate,
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> ServiceRequest:
    """File a request for a resident or family of the caller's area with the materials provided.

    The clock starts on the filing date; the answer already says what is missing.
    """
    service_type = await service_types.get_by_code(session, data.service_type)
    if service_type is None or not service_type.active:
        raise Unprocessable(
            f"unknown service type '{data.service_type}'",
            zh=f"未知的服务事项“{data.service_type}”",
            loc=["body", "service_type"],
        )
    subject_field = "family_id" if service_type.subject is ServiceSubject.family else "resident_id"
    if getattr(data, subject_field) is None:
        raise Unprocessable(
            f"{service_type.code} is filed for a {service_type.subject.value}: {subject_field} is required",
            loc=["body", subject_field],
        )
    # Both subjects, when given, must be visible to the caller (404 otherwise).
    family = await get_family(session, principal, data.family_id) if data.family_id else None
    resident = await get_resident(session, principal, data.resident_id) if data.resident_id else None
    subject = family if service_type.subject is ServiceSubject.family else resident
    assert subject is not None
    if data.child_id is not None and (family is None or all(c.id != data.child_id for c in family.children)):
        raise Unprocessable(
            "child_id must name a child of the family",
            zh="child_id 须为该家庭的子女",
            loc=["body", "child_id"],
        )
    community_id = subject.community_id
    in_area = set((await session.execute(scoped_org_ids(principal))).scalars())
    org_id = community_id if community_id in in_area else principal.org_id
    provided = normalise_provided(service_type, data.materials)
    now = now or clock_now()
    started = today or working_days.local_date(now)
    request = ServiceRequest(
        tracking_code=new_tracking_code(),
        service_type_id=service_type.id,
        org_id=org_id,
        resident_id=data.resident_id,
        family_id=data.family_id,
        child_id=data.child_id,
        state=ServiceRequestState.submitted,
        materials=provided,
        note=data.note,
        submitted_at=now,
        submitted_on=started,
        clock_started_on=started,
        filed_by=principal.user_id,
    )
    await deadlines.give(session, request, DEADLINE, "due_on", started, service_type.time_limit_working_days)
    # A street-level service filed at a community: the community's own clock to pre-check and forward.
    if service_type.accepting_level is ServiceLevel.street and principal.org_kind is OrgKind.community:
        await deadlines.give(
            session, request, DEADLINE, "forward_due_on", started, service_type.forward_limit_working_days
        )
    missing = [m.code for m in missing_materials(service_type, provided)]
    await audit_request(
        session,
        principal,
        request,
        "filed",
        {
            "service_type": service_type.code,
            "missing": missing,
            "due_on": request.due_on.isoformat(),
        },
    )
    return await get_request(session, principal, request.id)
