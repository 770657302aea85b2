"""Service request workflow steps: accept (受理), return for correction (补正), resubmit, complete
(办结) and reject, with the one-time-notification and instant-processing (即办) rules.

Filing, reading and listing live in ``service_requests``; this module moves a request along.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app import audit, outbox
from app.authz import Principal
from app.errors import Conflict, InvalidTransition
from app.models.core.family import Family
from app.models.lawful_services.service import (
    IssuedDocument,
    ServiceRequest,
    ServiceRequestState,
    ServiceReturn,
    ServiceType,
)
from app.schemas.lawful_services.service import ProvidedMaterial
from app.services.core import working_days
from app.services.core.families import get_family
from app.services.core.loading import check_version
from app.services.lawful_services import service_types
from app.services.lawful_services.material_check import materials_named, missing_materials, normalise_provided
from app.services.lawful_services.requests import audit_request, get_request, org_path


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
    await audit_request(
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
    await outbox.emit(
        session,
        "service_request.completed",
        {
            "service_request_id": request.id,
            "service_type": service_type.code,
            "issued_no": request.issued_no,
            "finished_on": request.finished_on.isoformat() if request.finished_on else None,
            "working_days_taken": request.working_days_taken,
        },
        scope_path=await org_path(session, request.org_id),
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
        scope_path=await org_path(session, family.community_id),
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
    await audit_request(session, principal, request, "accepted", {"instant": service_type.instant})
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
    await audit_request(session, principal, request, "returned", {"missing": ordered, "comment": comment})
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
    await audit_request(
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
    await audit_request(session, principal, request, "rejected", {"reason": reason})
    return await get_request(session, principal, request.id)
