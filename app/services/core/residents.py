"""Residents (居民): registration, lookup, moves and status changes.

ID numbers and phones are stored encrypted with a keyed hash for exact lookup; reads show the
masked forms unless a ``pii:read`` holder asks to reveal one resident, which is audited.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, resident_scope, scoped_org_ids
from app.clock import local_today, now
from app.config import Settings
from app.errors import Conflict, Forbidden, NotFound, Unprocessable
from app.id_numbers import InvalidIdNumber, parse_id_number
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident, ResidentStatus
from app.preconditions import check_version
from app.schemas.core.resident import ResidentCreate, ResidentRead, ResidentUpdate
from app.security import mask_id_number, mask_phone, pii_cipher
from app.services.core.loading import apply_changes, one_or_404
from app.services.core.resident_workflow import RESIDENT_WORKFLOW

# Other areas react to life events without core importing them (benefits stop payments): a hook
# gets the resident after the change, the event ("deceased", "moved_out", "moved") and its date.
ResidentEventHook = Callable[[AsyncSession, Principal, Resident, str, date], Awaitable[None]]
resident_event_hooks: list[ResidentEventHook] = []


async def _tell(
    session: AsyncSession, principal: Principal, resident: Resident, event: str, on: date
) -> None:
    for hook in resident_event_hooks:
        await hook(session, principal, resident, event, on)


# What an employer's unit (unit_liaison) may change: employment and contact, nothing of family life.
UNIT_UPDATABLE = frozenset({"employer_unit_id", "phone"})


class DuplicateIdNumber(Conflict):
    """409, and the audit event of the attempt is kept."""

    keep_changes = True


def to_read(resident: Resident, settings: Settings | None = None, *, reveal: bool = False) -> ResidentRead:
    """The read shape; full ID number and phone only when ``reveal`` was granted."""
    read = ResidentRead.model_validate(resident)
    if reveal and settings is not None:
        cipher = pii_cipher(settings)
        read = read.model_copy(
            update={
                "id_number": cipher.decrypt(resident.id_number_enc),
                "phone": cipher.decrypt(resident.phone_enc) if resident.phone_enc else None,
            }
        )
    return read


async def _org_of_kind(session: AsyncSession, org_id: int, kind: OrgKind, field: str) -> Org:
    org = await session.get(Org, org_id)
    if org is None or org.kind != kind:
        raise Unprocessable(f"{field} must be the id of a {kind.value}", loc=["body", field])
    return org


async def _check_in_area(
    session: AsyncSession, principal: Principal, community_id: int, employer_unit_id: int | None
) -> None:
    ids = set((await session.execute(scoped_org_ids(principal))).scalars().all())
    if community_id not in ids and (employer_unit_id is None or employer_unit_id not in ids):
        raise Forbidden("You may only register residents who live or work in your own area")


async def get_resident(session: AsyncSession, principal: Principal, resident_id: int) -> Resident:
    return await one_or_404(
        session,
        select(Resident).where(Resident.id == resident_id, resident_scope(principal)),
        "Resident",
    )


async def read_resident(
    session: AsyncSession, settings: Settings, principal: Principal, resident_id: int, *, reveal: bool
) -> tuple[Resident, ResidentRead]:
    resident = await get_resident(session, principal, resident_id)
    if reveal:
        if not principal.can("pii:read"):
            raise Forbidden("Revealing ID numbers and phones needs the 'pii:read' permission")
        org = await session.get(Org, resident.community_id)
        await audit.record(
            session,
            actor=principal,
            action="resident.pii_revealed",
            object_type="resident",
            object_id=resident.id,
            scope_path=org.path if org else principal.org_path,
            detail={"fields": ["id_number", "phone"]},
        )
    return resident, to_read(resident, settings, reveal=reveal)


async def create_resident(
    session: AsyncSession, settings: Settings, principal: Principal, data: ResidentCreate
) -> Resident:
    """Register a resident; the ID number must pass GB 11643 and be unique (409 otherwise)."""
    try:
        parsed = parse_id_number(data.id_number)
    except InvalidIdNumber as exc:
        raise Unprocessable(str(exc), loc=["body", "id_number"]) from exc
    if data.sex is not None and data.sex != parsed.sex:
        raise Unprocessable("sex does not agree with the ID number", loc=["body", "sex"])
    if data.birth_date is not None and data.birth_date != parsed.birth_date:
        raise Unprocessable("birth_date does not agree with the ID number", loc=["body", "birth_date"])
    community = await _org_of_kind(session, data.community_id, OrgKind.community, "community_id")
    if data.employer_unit_id is not None:
        await _org_of_kind(session, data.employer_unit_id, OrgKind.unit, "employer_unit_id")
    await _check_in_area(session, principal, data.community_id, data.employer_unit_id)
    cipher = pii_cipher(settings)
    id_hash = cipher.lookup_hash(parsed.value)
    if (await session.execute(select(Resident.id).where(Resident.id_number_hash == id_hash))).first():
        # The caller learns nothing of where; the attempt is audited in the caller's area, so that
        # probing ID numbers across areas shows up in the audit log.
        await audit.record(
            session,
            actor=principal,
            action="resident.duplicate_id_number",
            object_type="resident",
            object_id=None,
            scope_path=principal.org_path,
            detail={"community_id": data.community_id},
        )
        raise DuplicateIdNumber("A resident with this ID number is already registered")
    resident = Resident(
        id_number_enc=cipher.encrypt(parsed.value),
        id_number_hash=id_hash,
        id_number_masked=mask_id_number(parsed.value),
        phone_enc=cipher.encrypt(data.phone) if data.phone else None,
        phone_masked=mask_phone(data.phone) if data.phone else None,
        name=data.name,
        sex=parsed.sex,
        birth_date=parsed.birth_date,
        household_division_code=data.household_division_code,
        community_id=community.id,
        employer_unit_id=data.employer_unit_id,
        marital_status=data.marital_status,
    )
    session.add(resident)
    try:
        await session.flush()
    except IntegrityError as exc:  # a concurrent registration of the same person
        raise Conflict("A resident with this ID number is already registered") from exc
    await audit.record(
        session,
        actor=principal,
        action="resident.created",
        object_type="resident",
        object_id=resident.id,
        scope_path=community.path,
    )
    return resident


async def update_resident(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    resident_id: int,
    data: ResidentUpdate,
    expected_version: int | None,
    *,
    changed_at: datetime | None = None,
) -> Resident:
    """``changed_at``: a synced correction's recorded moment (the audit keeps it for the merge)."""
    resident = await get_resident(session, principal, resident_id)
    check_version(resident, expected_version)
    if principal.org_kind is OrgKind.unit:
        beyond = sorted(data.model_fields_set - UNIT_UPDATABLE)
        if beyond:
            raise Forbidden(
                f"An employer updates only employment and contact details, not {', '.join(beyond)}"
            )
    changes = data.model_dump(exclude_unset=True, exclude={"phone"})
    if changes.get("employer_unit_id") is not None:
        await _org_of_kind(session, changes["employer_unit_id"], OrgKind.unit, "employer_unit_id")
    changed = apply_changes(resident, changes)
    if "phone" in data.model_fields_set:
        cipher = pii_cipher(settings)
        resident.phone_enc = cipher.encrypt(data.phone) if data.phone else None
        resident.phone_masked = mask_phone(data.phone) if data.phone else None
        changed["phone"] = "changed"
    if resident.employer_unit_id is not None or "employer_unit_id" in changed:
        await _check_in_area(session, principal, resident.community_id, resident.employer_unit_id)
    if changed:
        await session.flush()
        detail = {"fields": sorted(changed), "at": (changed_at or now()).isoformat()}
        await _audit_change(session, principal, resident, "resident.updated", detail)
    return resident


async def move_resident(
    session: AsyncSession,
    principal: Principal,
    resident_id: int,
    community_id: int,
    expected_version: int | None,
) -> Resident:
    """Move a resident to another community of the caller's area (a street-level decision)."""
    resident = await get_resident(session, principal, resident_id)
    RESIDENT_WORKFLOW.check(resident, "move", expected_version)
    target = await _org_of_kind(session, community_id, OrgKind.community, "community_id")
    if not target.path.startswith(principal.org_path):
        raise NotFound("Community not found")
    previous = resident.community_id
    resident.community_id = target.id
    await session.flush()
    await _audit_change(
        session,
        principal,
        resident,
        "resident.moved",
        {"from_community_id": previous, "to_community_id": target.id},
    )
    await _tell(session, principal, resident, "moved", local_today())
    return resident


async def change_status(
    session: AsyncSession,
    principal: Principal,
    resident_id: int,
    status: str,
    effective_date: date,
    expected_version: int | None,
) -> Resident:
    """Mark a resident moved out or deceased; a deceased resident's record is final."""
    resident = await get_resident(session, principal, resident_id)
    check_version(resident, expected_version)
    await record_status_change(session, principal, resident, ResidentStatus(status), effective_date)
    return resident


async def record_status_change(
    session: AsyncSession,
    principal: Principal,
    resident: Resident,
    new_status: ResidentStatus,
    effective_date: date,
    *,
    cause: dict[str, object] | None = None,
    date_field: str = "effective_date",
) -> None:
    """The one path of a move-out or a death, for a resident the caller may change: the status and
    its date, the audit row, and the hooks other areas react with (benefits stop). ``cause`` names
    what led to it in the audit row (a migrant's departure); ``date_field`` the request field an
    impossible date is reported on."""
    RESIDENT_WORKFLOW.advance(resident.status, f"mark_{new_status.value}")
    if effective_date > local_today() or effective_date < resident.birth_date:
        raise Unprocessable(
            f"{date_field} must lie between birth and today",
            zh=f"{date_field} 须在出生日期与今天之间",
            loc=["body", date_field],
        )
    resident.status = new_status
    resident.status_date = effective_date
    await session.flush()
    await _audit_change(
        session,
        principal,
        resident,
        f"resident.{new_status.value}",
        {"effective_date": effective_date.isoformat(), **(cause or {})},
    )
    await _tell(session, principal, resident, new_status.value, effective_date)


async def record_return(
    session: AsyncSession,
    principal: Principal,
    resident: Resident,
    on: date,
    *,
    cause: dict[str, object] | None = None,
) -> None:
    """A resident who moved out lives here again from ``on`` (a departed migrant who comes back):
    active again, audited (``resident.moved_in``). What the move-out stopped stays stopped: a
    benefit is applied for again, no hook is told."""
    returned = RESIDENT_WORKFLOW.advance(resident.status, "move_back_in")
    if resident.status_date is not None and on < resident.status_date:
        raise Unprocessable("the return lies before the move-out", zh="迁回日期早于迁出日期")
    moved_out_on = resident.status_date
    resident.status = ResidentStatus(returned)
    resident.status_date = None
    await session.flush()
    await _audit_change(
        session,
        principal,
        resident,
        "resident.moved_in",
        {
            "effective_date": on.isoformat(),
            "moved_out_on": moved_out_on.isoformat() if moved_out_on else None,
            **(cause or {}),
        },
    )


async def _audit_change(
    session: AsyncSession, principal: Principal, resident: Resident, action: str, detail: object
) -> None:
    org = await session.get(Org, resident.community_id)
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="resident",
        object_id=resident.id,
        scope_path=org.path if org else principal.org_path,
        detail=detail if isinstance(detail, dict) else {"fields": detail},
    )
