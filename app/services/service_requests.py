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

import secrets
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app import audit
from app.authz import Principal, scoped_org_ids
from app.errors import Conflict, InvalidTransition, Unprocessable
from app.models.family import Family
from app.models.org import Org
from app.models.service import (
    IssuedDocument,
    ServiceRequest,
    ServiceRequestState,
    ServiceReturn,
    ServiceSubject,
    ServiceType,
)
from app.pagination import keyset_page, split_page
from app.schemas.service import ProvidedMaterial, ServiceRequestCreate
from app.services import service_types, working_days
from app.services.families import get_family
from app.services.loading import check_version, one_or_404
from app.services.material_check import materials_named, missing_materials, normalise_provided
from app.services.residents import get_resident

OPEN_STATES = (ServiceRequestState.submitted, ServiceRequestState.accepted)
_TRACKING_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over the phone


def request_scope(principal: Principal) -> ColumnElement[bool]:
    """A request belongs to a community (or street) org; visible inside that org's subtree."""
    return ServiceRequest.org_id.in_(scoped_org_ids(principal))


def overdue_condition(today: date) -> ColumnElement[bool]:
    return ServiceRequest.state.in_(OPEN_STATES) & (ServiceRequest.due_on < today)


def new_tracking_code() -> str:
    return "".join(secrets.choice(_TRACKING_ALPHABET) for _ in range(12))


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
    if overdue is not None:
        condition = overdue_condition(working_days.local_today())
        stmt = stmt.where(condition if overdue else ~condition)
    rows = (
        (
            await session.execute(
                keyset_page(stmt, id_column=ServiceRequest.id, limit=limit, cursor=cursor, descending=True)
            )
        )
        .scalars()
        .all()
    )
    return split_page(rows, limit, lambda r: [r.id])


async def _org_path(session: AsyncSession, org_id: int) -> str:
    org = await session.get(Org, org_id)
    return org.path if org else "/"


async def _audit(
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
        scope_path=await _org_path(session, request.org_id),
        detail=detail,
    )


async def file_request(
    session: AsyncSession, principal: Principal, data: ServiceRequestCreate, *, now: datetime | None = None
) -> ServiceRequest:
    """File a request for a resident or family of the caller's area with the materials provided.

    The clock starts on the filing date; the answer already says what is missing.
    """
    service_type = await service_types.get_by_code(session, data.service_type)
    if service_type is None or not service_type.active:
        raise Unprocessable(f"unknown service type '{data.service_type}'", loc=["body", "service_type"])
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
    community_id = subject.community_id
    in_area = set((await session.execute(scoped_org_ids(principal))).scalars())
    org_id = community_id if community_id in in_area else principal.org_id
    provided = normalise_provided(service_type, data.materials)
    now = now or datetime.now(UTC)
    started = working_days.local_date(now)
    request = ServiceRequest(
        tracking_code=new_tracking_code(),
        service_type_id=service_type.id,
        org_id=org_id,
        resident_id=data.resident_id,
        family_id=data.family_id,
        state=ServiceRequestState.submitted,
        materials=provided,
        note=data.note,
        submitted_at=now,
        submitted_on=started,
        clock_started_on=started,
        due_on=await working_days.due_date(session, started, service_type.time_limit_working_days),
        filed_by=principal.user_id,
    )
    session.add(request)
    await session.flush()
    missing = [m.code for m in missing_materials(service_type, provided)]
    await _audit(
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


async def _type_of(session: AsyncSession, request: ServiceRequest) -> ServiceType:
    return await service_types.get_service_type(session, request.service_type_id)


async def _finish(
    session: AsyncSession, request: ServiceRequest, state: ServiceRequestState, now: datetime
) -> None:
    request.state = state
    request.finished_at = now
    request.finished_on = working_days.local_date(now)
    request.working_days_taken = await working_days.working_days_between(
        session, request.clock_started_on, request.finished_on
    )


async def _complete(
    session: AsyncSession,
    principal: Principal,
    request: ServiceRequest,
    service_type: ServiceType,
    now: datetime,
) -> None:
    """Finish the request and issue its number; birth registrations and honour certificates are
    recorded on the family."""
    await _finish(session, request, ServiceRequestState.completed, now)
    if service_type.issues is not IssuedDocument.none:
        assert request.finished_on is not None
        request.issued_no = f"{service_type.number_prefix}{request.finished_on.year}{request.id:06d}"
    if request.family_id is not None and service_type.issues in (
        IssuedDocument.birth_registration_no,
        IssuedDocument.honour_certificate_no,
    ):
        family = await get_family(session, principal, request.family_id)
        await _record_on_family(session, principal, family, service_type.issues, request)
    await session.flush()
    await _audit(
        session,
        principal,
        request,
        "completed",
        {
            "issued_no": request.issued_no,
            "working_days_taken": request.working_days_taken,
            "on_time": request.finished_on is not None and request.finished_on <= request.due_on,
        },
    )


async def _record_on_family(
    session: AsyncSession,
    principal: Principal,
    family: Family,
    issues: IssuedDocument,
    request: ServiceRequest,
) -> None:
    if issues is IssuedDocument.birth_registration_no:
        previous = family.birth_registration_no
        family.birth_registration_no = request.issued_no
        field = "birth_registration_no"
    else:
        if family.honour_certificate_no is not None:
            raise Conflict(
                "The family already holds an honour certificate",
                extra={"honour_certificate_no": family.honour_certificate_no},
            )
        previous = None
        family.honour_certificate_no = request.issued_no
        family.honour_certificate_issued_on = request.finished_on
        field = "honour_certificate_no"
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="family.updated",
        object_type="family",
        object_id=family.id,
        scope_path=await _org_path(session, family.community_id),
        detail={field: request.issued_no, "previous": previous, "service_request_id": request.id},
    )


async def accept_request(
    session: AsyncSession,
    principal: Principal,
    request_id: int,
    expected_version: int | None,
    *,
    now: datetime | None = None,
) -> ServiceRequest:
    """Accept (受理) a request whose materials are complete; an instant type (即办) completes here.

    Incomplete materials cannot be accepted (409 listing them): return the request instead.
    """
    request = await get_request(session, principal, request_id)
    check_version(request, expected_version)
    if request.state is not ServiceRequestState.submitted:
        raise InvalidTransition(request.state.value, "accept")
    service_type = await _type_of(session, request)
    missing = missing_materials(service_type, request.materials)
    if missing:
        raise Conflict(
            "Materials are incomplete: return the request listing every missing item",
            extra={"missing_materials": [m.code for m in missing]},
        )
    now = now or datetime.now(UTC)
    request.state = ServiceRequestState.accepted
    request.accepted_at = now
    await session.flush()
    await _audit(session, principal, request, "accepted", {"instant": service_type.instant})
    if service_type.instant:
        await _complete(session, principal, request, service_type, now)
    return await get_request(session, principal, request.id)


async def complete_request(
    session: AsyncSession,
    principal: Principal,
    request_id: int,
    expected_version: int | None,
    *,
    now: datetime | None = None,
) -> ServiceRequest:
    """Complete (办结) an accepted request and issue its number."""
    request = await get_request(session, principal, request_id)
    check_version(request, expected_version)
    if request.state is not ServiceRequestState.accepted:
        raise InvalidTransition(request.state.value, "complete")
    await _complete(session, principal, request, await _type_of(session, request), now or datetime.now(UTC))
    return await get_request(session, principal, request.id)


async def return_request(
    session: AsyncSession,
    principal: Principal,
    request_id: int,
    named: list[str],
    comment: str | None,
    expected_version: int | None,
    *,
    now: datetime | None = None,
) -> ServiceRequest:
    """Return a submitted request for correction (补正), once, with everything that is missing.

    The list is every mandatory item the system finds missing plus any the reviewer names. Naming
    an item already listed at an earlier return is refused (409): that return should have been
    the only one for it (一次性告知). Nothing to list is 409 too: accept the request instead.
    """
    request = await get_request(session, principal, request_id)
    check_version(request, expected_version)
    if request.state is not ServiceRequestState.submitted:
        raise InvalidTransition(request.state.value, "return")
    service_type = await _type_of(session, request)
    listed = {m.code for m in missing_materials(service_type, request.materials)}
    listed |= {m.code for m in materials_named(service_type, named)}
    if not listed:
        raise Conflict("Nothing is missing: accept the request instead of returning it")
    already = sorted(listed & {code for earlier in request.returns for code in earlier.missing})
    if already:
        raise Conflict(
            "One-time notification: these items were already missing at an earlier return, which "
            "listed them; a second return may not name them (reject the request instead)",
            extra={"already_notified": already},
        )
    ordered = [m.code for m in service_type.materials if m.code in listed]
    session.add(
        ServiceReturn(
            request_id=request.id,
            returned_at=now or datetime.now(UTC),
            returned_by=principal.user_id,
            missing=ordered,
            comment=comment,
        )
    )
    request.state = ServiceRequestState.returned
    await session.flush()
    await _audit(session, principal, request, "returned", {"missing": ordered, "comment": comment})
    return await get_request(session, principal, request.id)


async def resubmit_request(
    session: AsyncSession,
    principal: Principal,
    request_id: int,
    materials: list[ProvidedMaterial],
    expected_version: int | None,
    *,
    now: datetime | None = None,
) -> ServiceRequest:
    """The applicant brings the corrections: the materials are replaced and the clock restarts."""
    request = await get_request(session, principal, request_id)
    check_version(request, expected_version)
    if request.state is not ServiceRequestState.returned:
        raise InvalidTransition(request.state.value, "resubmit")
    service_type = await _type_of(session, request)
    request.materials = normalise_provided(service_type, materials)
    request.clock_started_on = working_days.local_date(now or datetime.now(UTC))
    request.due_on = await working_days.due_date(
        session, request.clock_started_on, service_type.time_limit_working_days
    )
    request.state = ServiceRequestState.submitted
    await session.flush()
    await _audit(
        session,
        principal,
        request,
        "resubmitted",
        {
            "missing": [m.code for m in missing_materials(service_type, request.materials)],
            "due_on": request.due_on.isoformat(),
        },
    )
    return await get_request(session, principal, request.id)


async def reject_request(
    session: AsyncSession,
    principal: Principal,
    request_id: int,
    reason: str,
    expected_version: int | None,
    *,
    now: datetime | None = None,
) -> ServiceRequest:
    """Reject (不予受理/不予办理) an open or returned request, with the reason the applicant is told."""
    request = await get_request(session, principal, request_id)
    check_version(request, expected_version)
    if request.state in (ServiceRequestState.completed, ServiceRequestState.rejected):
        raise InvalidTransition(request.state.value, "reject")
    await _finish(session, request, ServiceRequestState.rejected, now or datetime.now(UTC))
    request.reject_reason = reason
    await session.flush()
    await _audit(session, principal, request, "rejected", {"reason": reason})
    return await get_request(session, principal, request.id)
