"""Registrations and certificates as records of their own: one per document and child.

A completed birth registration (生育登记) or honour certificate (独生子女父母光荣证) becomes a
``FamilyDocument`` with its number, date, issuing org, the child it is for and its validity. A second
registration (for the second child) is a second record; nothing is overwritten. An honour
certificate is revoked (收回) when a later child is recorded in the family. ``Family``'s
``birth_registration_no`` (the latest registration) and ``honour_certificate_no`` (the valid
certificate) are kept as mirrors for the areas that read the family record.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.clock import local_today
from app.models.core.family import Child, Family
from app.models.lawful_services.document import FamilyDocument, FamilyDocumentKind, FamilyDocumentStatus
from app.models.lawful_services.service import ServiceRequest, ServiceType
from app.services.core.families import get_family
from app.services.lawful_services import service_types
from app.services.lawful_services.preconditions import DOCUMENT_KINDS, target_child, valid_documents
from app.services.lawful_services.requests import org_path

BIRTH_REGISTRATION = "birth_registration"


async def record_issued(
    session: AsyncSession, principal: Principal, request: ServiceRequest, service_type: ServiceType
) -> FamilyDocument | None:
    kind = DOCUMENT_KINDS.get(service_type.issues)
    if kind is None or request.family_id is None or request.issued_no is None:
        return None
    assert request.finished_on is not None
    family = await get_family(session, principal, request.family_id)
    order, child = await target_child(session, service_type, family, request.child_id, request.submitted_on)
    document = FamilyDocument(
        family_id=family.id,
        kind=kind,
        number=request.issued_no,
        child_order=order,
        child_id=child.id if child else None,
        issued_on=request.finished_on,
        issuing_org_id=principal.org_id,
        service_request_id=request.id,
        status=FamilyDocumentStatus.valid,
    )
    session.add(document)
    if kind is FamilyDocumentKind.birth_registration:
        family.birth_registration_no = request.issued_no
    else:
        family.honour_certificate_no = request.issued_no
        family.honour_certificate_issued_on = request.finished_on
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="family_document.issued",
        object_type="family",
        object_id=family.id,
        scope_path=await org_path(session, family.community_id),
        detail={"kind": kind.value, "number": document.number, "child_order": order, "request": request.id},
    )
    return document


async def revoke_on_later_child(
    session: AsyncSession, principal: Principal, family: Family, child: Child
) -> None:
    """A later child ends the one-child status: the valid honour certificate is revoked (收回)."""
    if child.birth_order < 2:
        return
    today = local_today()
    for document in await valid_documents(session, family.id, FamilyDocumentKind.honour_certificate):
        document.status = FamilyDocumentStatus.revoked
        document.revoked_on = today
        document.revoke_reason = f"later child (birth order {child.birth_order})"
        await audit.record(
            session,
            actor=principal,
            action="family_document.revoked",
            object_type="family",
            object_id=family.id,
            scope_path=await org_path(session, family.community_id),
            detail={"number": document.number, "child_id": child.id, "reason": "later_child"},
        )
    if family.honour_certificate_no is not None:
        family.honour_certificate_no = None
        family.honour_certificate_issued_on = None
    await session.flush()


async def start_birth_registration(
    session: AsyncSession, principal: Principal, family: Family, child: Child, today: date
) -> None:
    """A birth recorded by a pregnancy follow-up starts the child's birth registration (生育登记):
    a request filed for that child, materials to follow, on the clock from today."""
    from app.schemas.lawful_services.service import ServiceRequestCreate
    from app.services.lawful_services import requests

    if not principal.can("services:process"):
        return
    service_type = await service_types.get_by_code(session, BIRTH_REGISTRATION)
    if service_type is None or not service_type.active:
        return
    await requests.file_request(
        session,
        principal,
        ServiceRequestCreate(
            service_type=BIRTH_REGISTRATION,
            family_id=family.id,
            child_id=child.id,
            note="孕情随访分娩登记后自动发起",
        ),
        today=today,
    )


def register_hooks() -> None:
    """Subscribe to the family records' "child added" and "birth recorded" events (idempotent)."""
    from app.services.core.families import birth_recorded_hooks, child_added_hooks

    if revoke_on_later_child not in child_added_hooks:
        child_added_hooks.append(revoke_on_later_child)
    if start_birth_registration not in birth_recorded_hooks:
        birth_recorded_hooks.append(start_birth_registration)


register_hooks()
