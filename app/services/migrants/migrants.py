"""Migrant records (流动人口): arrival, the 婚育证明 and residence permit, departure, and their lists.

The place of current residence leads: a migrant is a resident of one of our communities whose
household registration (户籍地) lies outside the district. The 婚育证明 is due 30 days after arrival;
without it the migrant is reminded (by the worker) and told to obtain it within 3 months. The
residence permit (居住证) is applied for, issued, and endorsed yearly; it is due for endorsement in
the 30 days before it expires.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit, outbox
from app.authz import Principal, resident_scope
from app.errors import Conflict, Forbidden, Unprocessable
from app.models.core.org import Org
from app.models.core.resident import Resident, ResidentStatus
from app.models.migrants.migrant import CertificateStatus, Migrant, MigrantStatus, PermitStatus
from app.schemas.migrants.migrant import CertificateSubmit, Departure, MigrantCreate, MigrantRead, PermitStep
from app.services.core.loading import one_or_404
from app.services.core.residents import record_return, record_status_change
from app.services.migrants.migrant_workflow import CERTIFICATE_WORKFLOW, MIGRANT_WORKFLOW
from app.services.migrants.scope import migrant_scope
from app.workflow import Workflow, step

P = PermitStatus
PERMIT_WORKFLOW = Workflow(
    "residence_permit",
    PermitStatus,
    [
        step("apply", [P.none], P.applied, "migrants:write", zh="申领", en="Apply"),
        step(
            "issue",
            [P.applied],
            P.issued,
            "migrants:write",
            "with its expiry; within 15 days",
            zh="发放",
            en="Issue",
        ),
        step(
            "endorse",
            [P.issued],
            P.issued,
            "migrants:write",
            "yearly; extends expiry by a year",
            zh="签注",
            en="Endorse",
        ),
    ],
)

CERTIFICATE_DAYS = 30
ENDORSEMENT_WINDOW_DAYS = 30


def to_read(migrant: Migrant, today: date) -> MigrantRead:
    return MigrantRead.model_validate(
        {
            **{c: getattr(migrant, c) for c in MigrantRead.model_fields if hasattr(migrant, c)},
            "certificate_overdue": is_certificate_overdue(migrant, today),
        }
    )


def is_certificate_overdue(migrant: Migrant, today: date) -> bool:
    return (
        migrant.status is MigrantStatus.present
        and migrant.certificate_status is CertificateStatus.missing
        and migrant.certificate_due_on < today
    )


async def get_migrant(session: AsyncSession, principal: Principal, migrant_id: int) -> Migrant:
    return await one_or_404(
        session, select(Migrant).where(Migrant.id == migrant_id, migrant_scope(principal)), "Migrant"
    )


async def _district_prefix(session: AsyncSession, community: Org) -> str:
    """The 6-digit county code of the district the community belongs to."""
    root_id = int(community.path.strip("/").split("/")[0])
    root = await session.get(Org, root_id)
    return (root.code if root else community.code)[:6]


async def register_arrival(
    session: AsyncSession, principal: Principal, data: MigrantCreate, today: date
) -> Migrant:
    """流入登记: the resident must live in the caller's area and be registered outside the district.

    A departed migrant who comes back arrives again on the same record; the departure moved the
    resident out, so the return moves them back in (``residents:life-events``, audited).
    """
    resident = await one_or_404(
        session,
        select(Resident).where(Resident.id == data.resident_id, resident_scope(principal)),
        "Resident",
    )
    existing = (
        await session.execute(select(Migrant).where(Migrant.resident_id == resident.id))
    ).scalar_one_or_none()
    returning = (
        existing is not None
        and existing.status is MigrantStatus.departed
        and resident.status is ResidentStatus.moved_out
    )
    if resident.status is not ResidentStatus.active and not returning:
        raise Unprocessable(
            "Only an active resident can arrive", zh="只有在册居民可以登记流入", loc=["body", "resident_id"]
        )
    if data.arrival_date > today:
        raise Unprocessable("arrival_date lies in the future", loc=["body", "arrival_date"])
    community = await session.get(Org, resident.community_id)
    assert community is not None
    household = data.household_division_code or resident.household_division_code
    if household[:6] == await _district_prefix(session, community):
        raise Unprocessable(
            "The household registration place lies inside the district: not a migrant",
            loc=["body", "household_division_code"],
        )
    if existing is not None and existing.status is MigrantStatus.present:
        raise Conflict(f"This resident is already registered as a migrant (id {existing.id})")
    if returning:
        assert existing is not None and existing.departed_on is not None
        if not principal.can("residents:life-events"):
            raise Forbidden(
                "A return moves the resident back in, a life event the community or street records",
                zh="返回即居民迁回，属生命事件，须由社区或街道登记",
            )
        if data.arrival_date < existing.departed_on:
            raise Unprocessable(
                "arrival_date lies before the recorded departure",
                zh="流入日期早于已登记的流出日期",
                loc=["body", "arrival_date"],
            )
        await record_return(
            session, principal, resident, data.arrival_date, cause={"cause": "migrant.arrived"}
        )
    migrant = existing or Migrant(resident_id=resident.id)
    migrant.household_division_code = household
    migrant.household_province = household[:2]
    migrant.arrival_date = data.arrival_date
    migrant.community_id = resident.community_id
    migrant.employer_unit_id = resident.employer_unit_id
    migrant.address = data.address
    migrant.employer_name = data.employer_name
    migrant.certificate_status = CertificateStatus.missing
    migrant.certificate_due_on = data.arrival_date + timedelta(days=CERTIFICATE_DAYS)
    migrant.certificate_number = migrant.certificate_issuer = None
    migrant.certificate_issued_on = migrant.certificate_reminded_on = None
    migrant.status = MigrantStatus.present
    migrant.departed_on, migrant.destination = None, None
    if existing is None:
        migrant.permit_status = PermitStatus.none
        session.add(migrant)
    await session.flush()
    await _audit(
        session, principal, migrant, "migrant.arrived", {"arrival_date": data.arrival_date.isoformat()}
    )
    await outbox.emit(session, "migrant.arrived", _event(migrant), scope_path=community.path)
    return migrant


async def submit_certificate(
    session: AsyncSession,
    principal: Principal,
    migrant_id: int,
    body: CertificateSubmit,
    *,
    expected_version: int | None,
    today: date,
) -> Migrant:
    """The migrant hands in the 婚育证明 (number, issuing place, date)."""
    migrant = await load_present(session, principal, migrant_id, expected_version)
    submitted = CERTIFICATE_WORKFLOW.move(migrant, "submit")
    if body.issued_on > today:
        raise Unprocessable("issued_on lies in the future", loc=["body", "issued_on"])
    migrant.certificate_status = submitted
    migrant.certificate_number = body.number
    migrant.certificate_issuer = body.issuer
    migrant.certificate_issued_on = body.issued_on
    await session.flush()
    await _audit(session, principal, migrant, "migrant.certificate_submitted", {"issuer": body.issuer})
    return migrant


async def verify_certificate(
    session: AsyncSession, principal: Principal, migrant_id: int, *, expected_version: int | None
) -> Migrant:
    """The registration place confirmed the submitted certificate."""
    migrant = await load_present(session, principal, migrant_id, expected_version)
    migrant.certificate_status = CERTIFICATE_WORKFLOW.move(migrant, "verify")
    await session.flush()
    await _audit(session, principal, migrant, "migrant.certificate_verified", {})
    return migrant


async def permit_step(
    session: AsyncSession,
    principal: Principal,
    migrant_id: int,
    action: str,
    data: PermitStep,
    *,
    expected_version: int | None,
    today: date,
) -> Migrant:
    """居住证: apply (none → applied), issue (applied → issued, with expiry), endorse (yearly: +1 year)."""
    migrant = await load_present(session, principal, migrant_id, expected_version)
    if data.on > today:
        raise Unprocessable("on lies in the future", loc=["body", "on"])
    migrant.permit_status = PermitStatus(PERMIT_WORKFLOW.advance(migrant.permit_status, action))
    if action == "apply":
        migrant.permit_applied_on = data.on
    elif action == "issue":
        if data.expires_on is None or data.expires_on <= data.on:
            raise Unprocessable("expires_on must follow the issue date", loc=["body", "expires_on"])
        migrant.permit_issued_on, migrant.permit_expires_on = data.on, data.expires_on
    else:
        assert migrant.permit_expires_on is not None
        migrant.permit_endorsed_on = data.on
        expires = migrant.permit_expires_on
        try:
            migrant.permit_expires_on = expires.replace(year=expires.year + 1)
        except ValueError:  # 29 February
            migrant.permit_expires_on = expires.replace(year=expires.year + 1, day=28)
    await session.flush()
    await _audit(session, principal, migrant, f"migrant.permit_{action}", {"on": data.on.isoformat()})
    return migrant


async def depart(
    session: AsyncSession,
    principal: Principal,
    migrant_id: int,
    body: Departure,
    *,
    expected_version: int | None,
    today: date,
) -> Migrant:
    """流出: the migrant left, with a destination; the record stays for the statistics.

    The migrant no longer lives here: the resident is moved out on the departure date through the
    residents' own path (audited; the hooks stop benefit enrolments; active lists drop them), in the
    same transaction. That is a life event, recorded where the resident lives, never by an
    employer's unit (``residents:life-events``). A resident already moved out or deceased stays so.
    """
    if not principal.can("residents:life-events"):
        raise Forbidden(
            "A departure moves the resident out, a life event the community or street records",
            zh="流出即居民迁出，属生命事件，须由社区或街道登记",
        )
    migrant = await get_migrant(session, principal, migrant_id)
    departed = MIGRANT_WORKFLOW.move(migrant, "depart", expected_version)
    if body.departed_on > today or body.departed_on < migrant.arrival_date:
        raise Unprocessable(
            "departed_on must lie between arrival and today",
            zh="流出日期须在流入日期与今天之间",
            loc=["body", "departed_on"],
        )
    migrant.status = departed
    migrant.departed_on, migrant.destination = body.departed_on, body.destination
    await session.flush()
    await _audit(session, principal, migrant, "migrant.departed", {"destination": body.destination})
    await outbox.emit(session, "migrant.departed", _event(migrant), scope_path=await _path(session, migrant))
    resident = await session.get(Resident, migrant.resident_id)
    if resident is not None and resident.status is ResidentStatus.active:
        await record_status_change(
            session,
            principal,
            resident,
            ResidentStatus.moved_out,
            body.departed_on,
            cause={"cause": "migrant.departed", "migrant_id": migrant.id, "destination": body.destination},
            date_field="departed_on",
        )
    return migrant


async def remind_overdue_certificates(session: AsyncSession, today: date) -> int:
    """Scheduled job: every present migrant whose 婚育证明 is overdue is reminded once (an event)."""
    rows = (
        await session.execute(
            select(Migrant)
            .where(
                Migrant.status == MigrantStatus.present,
                Migrant.certificate_status == CertificateStatus.missing,
                Migrant.certificate_due_on < today,
                Migrant.certificate_reminded_on.is_(None),
            )
            # Several workers: each migrant is reminded by exactly one of them.
            .with_for_update(skip_locked=True)
        )
    ).scalars()
    count = 0
    for migrant in rows:
        migrant.certificate_reminded_on = today
        await outbox.emit(
            session,
            "migrant.certificate_reminder",
            {**_event(migrant), "obtain_by": (today + timedelta(days=90)).isoformat()},
            scope_path=await _path(session, migrant),
        )
        count += 1
    await session.flush()
    return count


async def load_present(
    session: AsyncSession, principal: Principal, migrant_id: int, expected_version: int | None
) -> Migrant:
    migrant = await get_migrant(session, principal, migrant_id)
    MIGRANT_WORKFLOW.check(migrant, "record", expected_version)
    return migrant


def _event(migrant: Migrant) -> dict[str, object]:
    return {
        "migrant_id": migrant.id,
        "resident_id": migrant.resident_id,
        "community_id": migrant.community_id,
        "household_division_code": migrant.household_division_code,
        "arrival_date": migrant.arrival_date.isoformat(),
        "departed_on": migrant.departed_on.isoformat() if migrant.departed_on else None,
        "destination": migrant.destination,
        "certificate_due_on": migrant.certificate_due_on.isoformat(),
    }


async def _path(session: AsyncSession, migrant: Migrant) -> str | None:
    org = await session.get(Org, migrant.community_id)
    return org.path if org else None


async def _audit(
    session: AsyncSession, principal: Principal, migrant: Migrant, action: str, detail: dict[str, object]
) -> None:
    org = await session.get(Org, migrant.community_id)
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="migrant",
        object_id=migrant.id,
        scope_path=org.path if org else principal.org_path,
        detail=detail,
    )
