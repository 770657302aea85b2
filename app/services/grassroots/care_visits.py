"""Visits (走访) and assistance (帮扶救助) of a care case.

Visit notes are sensitive (grief, health, money): encrypted at rest, shown only to those who hold
``care:notes``, and every read of them is audited. A visit may link the reproductive-health census
screening done on it, or the care-action lecture the family attended: those are kept once, as
screenings and activities.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import column, select, table
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.config import Settings
from app.errors import Unprocessable
from app.models.core.family import Family
from app.models.core.org import Org
from app.models.core.partner import Partner
from app.models.grassroots.care import CareAssistance, CareVisit
from app.models.grassroots.network import Worker
from app.models.grassroots.publicity import Activity
from app.pagination import fetch_page
from app.schemas.grassroots.care import CareAssistanceCreate, CareVisitCreate, CareVisitRead
from app.security import pii_cipher
from app.services.core.scope import partner_scope
from app.services.grassroots.care import CARE_WORKFLOW, get_case, record
from app.services.grassroots.scope import activity_scope, worker_scope

# Screenings belong to the quality area; a visit only points at one, so a bare table reference does.
_screenings = table("screenings", column("id"), column("resident_id"))


async def add_visit(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    case_id: int,
    data: CareVisitCreate,
    today: date,
) -> CareVisit:
    """Record a visit; the next one falls due ``visit_every_days`` later."""
    case = await get_case(session, principal, case_id)
    CARE_WORKFLOW.begin(case.status, "visit")
    if data.visited_on > today:
        raise Unprocessable("visited_on is in the future", loc=["body", "visited_on"])
    if data.worker_id is not None:
        found = (
            await session.execute(
                select(Worker.id).where(Worker.id == data.worker_id, worker_scope(principal))
            )
        ).scalar_one_or_none()
        if found is None:
            raise Unprocessable("Unknown worker", loc=["body", "worker_id"])
    if data.screening_id is not None:
        family = await session.get(Family, case.family_id) if case.family_id else None
        parents = [p for p in (family.husband_id, family.wife_id) if p] if family else []
        if case.resident_id is not None:
            parents = [case.resident_id]
        found = (
            await session.execute(
                select(_screenings.c.id).where(
                    _screenings.c.id == data.screening_id, _screenings.c.resident_id.in_(parents)
                )
            )
        ).scalar_one_or_none()
        if found is None:
            raise Unprocessable(
                "screening_id must be a screening of this family's parents or of the person cared for",
                loc=["body", "screening_id"],
            )
    if data.activity_id is not None:
        found = (
            await session.execute(
                select(Activity.id).where(Activity.id == data.activity_id, activity_scope(principal))
            )
        ).scalar_one_or_none()
        if found is None:
            raise Unprocessable("Unknown activity", loc=["body", "activity_id"])
    visit = CareVisit(
        case_id=case.id,
        visited_on=data.visited_on,
        worker_id=data.worker_id or case.worker_id,
        notes_enc=pii_cipher(settings).encrypt(data.notes),
        screening_id=data.screening_id,
        activity_id=data.activity_id,
        recorded_by=principal.user_id,
    )
    session.add(visit)
    next_due = data.visited_on + timedelta(days=case.visit_every_days)
    if case.next_visit_due_on is None or next_due > case.next_visit_due_on:
        case.next_visit_due_on = next_due
    await session.flush()
    await record(
        session,
        principal,
        case,
        "care_case.visited",
        {"visit_id": visit.id, "visited_on": data.visited_on.isoformat()},
    )
    return visit


async def list_visits(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    case_id: int,
    *,
    limit: int,
    cursor: str | None,
) -> tuple[list[CareVisitRead], str | None]:
    """The case's visits; notes decrypted only for ``care:notes`` holders, and that read is audited."""
    case = await get_case(session, principal, case_id)
    visits, next_cursor = await fetch_page(
        session,
        select(CareVisit).where(CareVisit.case_id == case.id),
        id_column=CareVisit.id,
        limit=limit,
        cursor=cursor,
    )
    show = principal.can("care:notes")
    cipher = pii_cipher(settings)
    reads = [
        CareVisitRead(
            id=v.id,
            case_id=v.case_id,
            visited_on=v.visited_on,
            worker_id=v.worker_id,
            notes=cipher.decrypt(v.notes_enc) if show else None,
            screening_id=v.screening_id,
            activity_id=v.activity_id,
        )
        for v in visits
    ]
    if show and visits:
        org = await session.get(Org, case.org_id)
        await audit.record(
            session,
            actor=principal,
            action="care_case.notes_read",
            object_type="care_case",
            object_id=case.id,
            scope_path=org.path if org else principal.org_path,
            detail={"visit_ids": [v.id for v in visits]},
        )
    return reads, next_cursor


async def add_assistance(
    session: AsyncSession, principal: Principal, case_id: int, data: CareAssistanceCreate
) -> CareAssistance:
    """Money, goods or services given to the family, with amounts (fen)."""
    case = await get_case(session, principal, case_id)
    CARE_WORKFLOW.begin(case.status, "assist")
    if data.kind.value == "money" and data.amount_fen == 0:
        raise Unprocessable("Money assistance needs an amount", loc=["body", "amount_fen"])
    if data.partner_id is not None:
        found = (
            await session.execute(
                select(Partner.id).where(Partner.id == data.partner_id, partner_scope(principal))
            )
        ).scalar_one_or_none()
        if found is None:
            raise Unprocessable("Unknown partner", loc=["body", "partner_id"])
    assistance = CareAssistance(case_id=case.id, recorded_by=principal.user_id, **data.model_dump())
    session.add(assistance)
    await session.flush()
    await record(
        session,
        principal,
        case,
        "care_case.assisted",
        {"kind": data.kind.value, "amount_fen": data.amount_fen},
    )
    return assistance
