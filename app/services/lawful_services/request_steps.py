"""Service request workflow: forward (转报), accept (受理), return for correction (补正), bring the
corrections, complete (办结) and reject — as a table (``SERVICE_REQUEST_WORKFLOW``).

* Levels: each service type says which level accepts and which completes and issues. A community
  that takes the papers of a street-level service pre-checks them (materials and preconditions) and
  forwards them; its part ends in ``forwarded``, by its own deadline (``forward_due_on``). Acceptance
  by the street starts the legal clock afresh (行政许可法 第32条: the limit runs from acceptance).
* Preconditions on the family record are checked when the papers are forwarded or accepted, and
  again at completion (the record may have changed), see ``preconditions``.
* 补正: a return lists every missing item once; the applicant adds items to that same return
  (``resubmit``) as often as needed. While any listed item is still missing the request stays
  ``returned`` and the clock stays stopped; the day the last one arrives the clock starts again.
* Instant types (即办) complete at acceptance.

Filing, reading and listing live in ``requests``; documents issued live in ``documents``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app import outbox
from app.authz import Principal
from app.clock import now as clock_now
from app.errors import Conflict, Forbidden
from app.models.core.org import OrgKind
from app.models.lawful_services.service import (
    IssuedDocument,
    ServiceLevel,
    ServiceRequest,
    ServiceRequestState,
    ServiceReturn,
    ServiceType,
)
from app.schemas.lawful_services.service import ProvidedMaterial
from app.services.core import deadlines, working_days
from app.services.core.families import get_family
from app.services.lawful_services import documents, preconditions, request_messages, service_types
from app.services.lawful_services.material_check import materials_named, normalise_provided
from app.services.lawful_services.material_check import missing_materials as missing_from
from app.services.lawful_services.request_workflow import WORKFLOW
from app.services.lawful_services.requests import DEADLINE, audit_request, get_request, org_path

_LEVEL_ZH = {ServiceLevel.community: "社区", ServiceLevel.street: "街道"}


def _level_of(principal: Principal) -> ServiceLevel | None:
    return {OrgKind.community: ServiceLevel.community, OrgKind.street: ServiceLevel.street}.get(
        principal.org_kind
    )


def _require_level(principal: Principal, level: ServiceLevel, action: str) -> None:
    if _level_of(principal) is not level:
        raise Forbidden(
            f"Only the {level.value} level may {action} this service",
            zh=f"该事项须由{_LEVEL_ZH[level]}一级办理此步骤",
            extra={"required_level": level.value},
        )


async def _type_of(session: AsyncSession, request: ServiceRequest) -> ServiceType:
    return await service_types.get_service_type(session, request.service_type_id)


async def _check_preconditions(
    session: AsyncSession, principal: Principal, request: ServiceRequest, service_type: ServiceType
) -> None:
    if request.family_id is not None:
        family = await get_family(session, principal, request.family_id)
        await preconditions.check(session, service_type, family, request.child_id, request.submitted_on)


def _check_materials(service_type: ServiceType, request: ServiceRequest) -> None:
    missing = missing_from(service_type, request.materials)
    if missing:
        raise Conflict(
            "Materials are incomplete: return the request listing every missing item",
            zh="材料不齐全：请一次性告知所缺全部材料并退回补正",
            extra={"missing_materials": [m.code for m in missing]},
        )


async def _finish(
    session: AsyncSession, request: ServiceRequest, state: ServiceRequestState, now: datetime, today: date
) -> None:
    request.state = state
    request.finished_at = now
    request.finished_on = today
    request.working_days_taken = await working_days.working_days_between(
        session, request.clock_started_on, max(today, request.clock_started_on)
    )


async def _complete(
    session: AsyncSession,
    principal: Principal,
    request: ServiceRequest,
    service_type: ServiceType,
    now: datetime,
    today: date,
) -> None:
    """Finish the request and issue its number; registrations and certificates become family records."""
    target = WORKFLOW.move(request, "complete")
    await _check_preconditions(session, principal, request, service_type)
    await _finish(session, request, target, now, today)
    if service_type.issues is not IssuedDocument.none:
        request.issued_no = f"{service_type.number_prefix}{today.year}{request.id:06d}"
    await session.flush()
    await documents.record_issued(session, principal, request, service_type)
    await audit_request(
        session,
        principal,
        request,
        "completed",
        {
            "issued_no": request.issued_no,
            "working_days_taken": request.working_days_taken,
            "on_time": today <= request.due_on,
        },
    )
    outcome = f"已办结，证件编号{request.issued_no}" if request.issued_no else "已办结"
    await request_messages.tell_outcome(session, request, service_type, outcome)
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


async def _restart_clock(
    session: AsyncSession, request: ServiceRequest, today: date, service_type: ServiceType
) -> None:
    """The legal clock starts again today: due after the type's time limit in working days."""
    request.clock_started_on = today
    await deadlines.give(session, request, DEADLINE, "due_on", today, service_type.time_limit_working_days)


async def forward_request(
    session: AsyncSession,
    principal: Principal,
    request_id: int,
    expected_version: int | None,
    *,
    today: date,
) -> ServiceRequest:
    """The community's pre-check (预审) of a street-level service: complete and eligible → forwarded."""
    request = await get_request(session, principal, request_id)
    target = WORKFLOW.move(request, "forward", expected_version)
    service_type = await _type_of(session, request)
    _require_level(principal, ServiceLevel.community, "forward")
    if service_type.accepting_level is not ServiceLevel.street:
        raise Conflict(
            "The community accepts this service itself: accept it instead of forwarding",
            zh="该事项由社区受理，请直接受理，无需转报",
        )
    _check_materials(service_type, request)
    await _check_preconditions(session, principal, request, service_type)
    request.state = target
    request.forwarded_on = today
    # The street's legal clock starts when it receives the complete papers.
    await _restart_clock(session, request, today, service_type)
    await session.flush()
    on_time = request.forward_due_on is None or today <= request.forward_due_on
    await audit_request(
        session, principal, request, "forwarded", {"on_time": on_time, "due_on": request.due_on.isoformat()}
    )
    return await get_request(session, principal, request.id)


async def accept_request(
    session: AsyncSession,
    principal: Principal,
    request_id: int,
    expected_version: int | None,
    *,
    today: date,
    now: datetime | None = None,
) -> ServiceRequest:
    """Accept (受理) a complete request of an eligible family; an instant type (即办) completes here."""
    request = await get_request(session, principal, request_id)
    target = WORKFLOW.move(request, "accept", expected_version)
    service_type = await _type_of(session, request)
    _require_level(principal, service_type.accepting_level, "accept")
    _check_materials(service_type, request)
    await _check_preconditions(session, principal, request, service_type)
    now = now or clock_now()
    if request.state is ServiceRequestState.submitted and request.forward_due_on is not None:
        # Accepted at the street without a community forward: the clock starts now.
        await _restart_clock(session, request, today, service_type)
    request.state = target
    request.accepted_at = now
    await session.flush()
    await audit_request(session, principal, request, "accepted", {"instant": service_type.instant})
    if service_type.instant:
        _require_level(principal, service_type.issuing_level, "complete")
        await _complete(session, principal, request, service_type, now, today)
    return await get_request(session, principal, request.id)


async def complete_request(
    session: AsyncSession,
    principal: Principal,
    request_id: int,
    expected_version: int | None,
    *,
    today: date,
    now: datetime | None = None,
) -> ServiceRequest:
    """Complete (办结) an accepted request and issue its document (the issuing level only)."""
    request = await get_request(session, principal, request_id)
    WORKFLOW.check(request, "complete", expected_version)
    service_type = await _type_of(session, request)
    _require_level(principal, service_type.issuing_level, "complete")
    await _complete(session, principal, request, service_type, now or clock_now(), today)
    return await get_request(session, principal, request.id)


async def return_request(
    session: AsyncSession,
    principal: Principal,
    request_id: int,
    missing_materials: list[str],
    comment: str | None,
    expected_version: int | None,
    *,
    now: datetime | None = None,
) -> ServiceRequest:
    """Return a request for correction (补正), listing everything that is missing.

    The list is every mandatory item the system finds missing plus any the reviewer names. Naming
    an item already listed at an earlier return is refused (409): that return should have been
    the only one for it (一次性告知). Nothing to list is 409 too: accept the request instead.
    """
    request = await get_request(session, principal, request_id)
    target = WORKFLOW.move(request, "return", expected_version)
    service_type = await _type_of(session, request)
    listed = {m.code for m in missing_from(service_type, request.materials)}
    listed |= {m.code for m in materials_named(service_type, missing_materials)}
    if not listed:
        raise Conflict(
            "Nothing is missing: accept the request instead of returning it",
            zh="材料无缺项：请受理，无需退回",
        )
    already = sorted(listed & {code for earlier in request.returns for code in earlier.missing})
    if already:
        raise Conflict(
            "One-time notification: these items were already missing at an earlier return, which "
            "listed them; a second return may not name them (reject the request instead)",
            zh="一次性告知：这些材料在前次退回时已告知，再次退回不得重复列出（可补正或不予办理）",
            extra={"already_notified": already},
        )
    ordered = [m.code for m in service_type.materials if m.code in listed]
    session.add(
        ServiceReturn(
            request_id=request.id,
            returned_at=now or clock_now(),
            returned_by=principal.user_id,
            missing=ordered,
            comment=comment,
        )
    )
    request.state = target
    await session.flush()
    await audit_request(session, principal, request, "returned", {"missing": ordered, "comment": comment})
    await request_messages.tell_returned(session, request, service_type, ordered)
    return await get_request(session, principal, request.id)


async def resubmit_request(
    session: AsyncSession,
    principal: Principal,
    request_id: int,
    materials: list[ProvidedMaterial],
    expected_version: int | None,
    *,
    today: date,
) -> ServiceRequest:
    """The applicant brings corrections to the same return (补正), in one visit or several.

    The items brought are added to those provided before. Once nothing the return listed is
    missing, the request is submitted again and the clock restarts that day; until then it stays
    returned, the clock stopped, and the answer says what is still to bring.
    """
    request = await get_request(session, principal, request_id)
    WORKFLOW.check(request, "resubmit", expected_version)
    service_type = await _type_of(session, request)
    brought = normalise_provided(service_type, materials)
    merged = {m["code"]: m for m in request.materials}
    merged.update({m["code"]: m for m in brought})
    request.materials = [merged[m.code] for m in service_type.materials if m.code in merged]
    current = request.returns[-1]
    current.brought = sorted({*current.brought, *(m["code"] for m in brought)} & set(current.missing))
    still = [code for code in current.missing if code not in current.brought]
    if not still:
        request.state = ServiceRequestState.submitted
        await _restart_clock(session, request, today, service_type)
        if request.forward_due_on is not None:  # the community's own clock restarts too
            await deadlines.give(
                session, request, DEADLINE, "forward_due_on", today, service_type.forward_limit_working_days
            )
    await session.flush()
    await audit_request(
        session,
        principal,
        request,
        "resubmitted" if not still else "supplemented",
        {
            "brought": [m["code"] for m in brought],
            "still_missing": still,
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
    today: date,
    now: datetime | None = None,
) -> ServiceRequest:
    """Reject (不予受理/不予办理) an open or returned request, with the reason the applicant is told."""
    request = await get_request(session, principal, request_id)
    target = WORKFLOW.move(request, "reject", expected_version)
    await _finish(session, request, target, now or clock_now(), today)
    request.reject_reason = reason
    await session.flush()
    await audit_request(session, principal, request, "rejected", {"reason": reason})
    await request_messages.tell_outcome(
        session, request, await _type_of(session, request), f"不予办理（{reason}）"
    )
    return await get_request(session, principal, request.id)
