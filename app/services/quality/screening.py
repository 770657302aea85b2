"""Screening programs (筛查项目) and screenings: free pre-pregnancy eugenic checks (国家免费孕前优生
健康检查), reproductive health census (生殖健康普查), youth health for migrant workers, birth-defect
prenatal screening and any kind added to ``screening_kinds`` (``screening_kinds.py``).

A program runs for a year with a target per community or unit; coverage is the number of distinct
residents screened against that target. Findings are health data (PIPL art. 28): encrypted at
rest, never in lists, and shown only to ``health:read`` holders on a single read with
``?reveal=true``, each such read audited. A high-risk screening needs a referral until one is made
(a declined or cancelled referral does not count).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, in_subtree, resident_scope
from app.clock import local_today
from app.config import Settings
from app.errors import Conflict, Forbidden, NotFound, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.core.partner import Partner
from app.models.core.resident import Resident
from app.models.quality.referral import CLOSED_WITHOUT_SERVICE, Referral
from app.models.quality.screening import RiskLevel, Screening, ScreeningProgram, ScreeningTarget
from app.pagination import fetch_page
from app.schemas.quality.screening import ProgramCreate, ScreeningCreate, ScreeningRead
from app.security import pii_cipher
from app.services.core import display
from app.services.core.loading import one_or_404
from app.services.core.scope import partner_scope
from app.services.quality import populations, screening_kinds
from app.services.quality.scope import program_scope, screening_scope


async def get_program(session: AsyncSession, principal: Principal, program_id: int) -> ScreeningProgram:
    return await one_or_404(
        session,
        select(ScreeningProgram).where(ScreeningProgram.id == program_id, program_scope(principal)),
        "Screening program",
    )


async def list_programs(
    session: AsyncSession,
    principal: Principal,
    *,
    year: int | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[ScreeningProgram], str | None]:
    stmt = select(ScreeningProgram).where(program_scope(principal))
    if year is not None:
        stmt = stmt.where(ScreeningProgram.year == year)
    return await fetch_page(session, stmt, id_column=ScreeningProgram.id, limit=limit, cursor=cursor)


async def _org_in_area(session: AsyncSession, principal: Principal, org_id: int, field: str) -> Org:
    org = (
        await session.execute(select(Org).where(Org.id == org_id, in_subtree(Org.path, principal)))
    ).scalar_one_or_none()
    if org is None:
        raise NotFound("Organisation not found", extra={"field": field})
    return org


async def create_program(
    session: AsyncSession, principal: Principal, data: ProgramCreate
) -> ScreeningProgram:
    """Open a year's program with targets for communities or units of the running org's area."""
    org = await _org_in_area(session, principal, data.org_id or principal.org_id, "org_id")
    await screening_kinds.kind_for_year(session, data.kind, data.year)
    if (
        await session.execute(
            select(ScreeningProgram.id).where(
                ScreeningProgram.org_id == org.id,
                ScreeningProgram.year == data.year,
                ScreeningProgram.kind == data.kind,
            )
        )
    ).first():
        raise Conflict("This org already runs a program of this kind for the year")
    program = ScreeningProgram(
        year=data.year, kind=data.kind, name=data.name, org_id=org.id, population=data.population.as_data()
    )
    session.add(program)
    await session.flush()
    seen: set[int] = set()
    for target in data.targets:
        if target.org_id in seen:
            raise Unprocessable("Each org gets one target", loc=["body", "targets"])
        seen.add(target.org_id)
        await _target_org(session, principal, program, org, target.org_id)
        session.add(
            ScreeningTarget(program_id=program.id, org_id=target.org_id, target_count=target.target_count)
        )
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="screening_program.created",
        object_type="screening_program",
        object_id=program.id,
        scope_path=org.path,
        detail={"year": data.year, "kind": data.kind, "targets": len(data.targets)},
    )
    return program


async def _target_org(
    session: AsyncSession, principal: Principal, program: ScreeningProgram, program_org: Org, org_id: int
) -> Org:
    target_org = await _org_in_area(session, principal, org_id, "org_id")
    if not target_org.path.startswith(program_org.path) or target_org.kind not in (
        OrgKind.community,
        OrgKind.unit,
    ):
        raise Unprocessable(
            "Targets go to communities or units inside the program's area", loc=["body", "org_id"]
        )
    return target_org


async def set_target(
    session: AsyncSession, principal: Principal, program_id: int, org_id: int, target_count: int
) -> ScreeningTarget:
    """Set (or change) a community's target count (目标任务数) for the program."""
    program = await get_program(session, principal, program_id)
    program_org = await _org_in_area(session, principal, program.org_id, "program")
    target_org = await _target_org(session, principal, program, program_org, org_id)
    row = (
        await session.execute(
            select(ScreeningTarget).where(
                ScreeningTarget.program_id == program.id, ScreeningTarget.org_id == org_id
            )
        )
    ).scalar_one_or_none()
    before = row.target_count if row else None
    if row is None:
        row = ScreeningTarget(program_id=program.id, org_id=org_id, target_count=target_count)
        session.add(row)
    else:
        row.target_count = target_count
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="screening_target.set",
        object_type="screening_program",
        object_id=program.id,
        scope_path=target_org.path,
        detail={"org_id": org_id, "from": before, "to": target_count},
    )
    return row


# --- screenings --------------------------------------------------------------------------------


def to_read(screening: Screening, findings: str | None = None) -> ScreeningRead:
    return ScreeningRead.model_validate(
        {
            **{c: getattr(screening, c) for c in ScreeningRead.model_fields if hasattr(screening, c)},
            "has_findings": screening.findings_enc is not None,
            "findings": findings,
        }
    )


async def to_reads(session: AsyncSession, screenings: Sequence[Screening]) -> list[ScreeningRead]:
    """List rows with the resident's, program's and community's names (one query each per page)."""
    names = await display.resident_names(session, [s.resident_id for s in screenings])
    orgs = await display.org_names(session, [s.org_id for s in screenings])
    program_ids = sorted({s.program_id for s in screenings})
    programs = dict(
        (
            await session.execute(
                select(ScreeningProgram.id, ScreeningProgram.name).where(ScreeningProgram.id.in_(program_ids))
            )
        )
        .tuples()
        .all()
    )
    rows = []
    for screening in screenings:
        row = to_read(screening)
        row.resident_name = names.get(screening.resident_id)
        row.program_name = programs.get(screening.program_id)
        row.org_name = orgs.get(screening.org_id)
        rows.append(row)
    return rows


async def _resident(session: AsyncSession, principal: Principal, resident_id: int, field: str) -> Resident:
    resident = (
        await session.execute(select(Resident).where(Resident.id == resident_id, resident_scope(principal)))
    ).scalar_one_or_none()
    if resident is None:
        raise NotFound("Resident not found", extra={"field": field})
    return resident


async def record_screening(
    session: AsyncSession, settings: Settings, principal: Principal, data: ScreeningCreate
) -> Screening:
    """Record a screening of a resident (or a couple) of the caller's area; findings are encrypted."""
    program = await get_program(session, principal, data.program_id)
    if data.screened_on.year != program.year or data.screened_on > local_today():
        raise Unprocessable(
            f"screened_on must fall in {program.year} and not in the future", loc=["body", "screened_on"]
        )
    resident = await _resident(session, principal, data.resident_id, "resident_id")
    spouse = None
    if data.spouse_resident_id is not None:
        if data.spouse_resident_id == resident.id:
            raise Unprocessable("The spouse is another person", loc=["body", "spouse_resident_id"])
        spouse = await _resident(session, principal, data.spouse_resident_id, "spouse_resident_id")
    community = await session.get(Org, resident.community_id)
    program_org = await session.get(Org, program.org_id)
    if community is None or program_org is None or not community.path.startswith(program_org.path):
        raise Unprocessable("The resident lives outside the program's area", loc=["body", "resident_id"])
    populations.check(program, program_org, resident, spouse)
    if data.provider_partner_id is not None:
        await one_or_404(
            session,
            select(Partner).where(Partner.id == data.provider_partner_id, partner_scope(principal)),
            "Partner",
        )
    screening = Screening(
        program_id=program.id,
        resident_id=resident.id,
        spouse_resident_id=data.spouse_resident_id,
        org_id=community.id,
        counted_org_id=await _counted_org(session, program, resident),
        provider_partner_id=data.provider_partner_id,
        screened_on=data.screened_on,
        items=data.items,
        risk_level=data.risk_level,
        findings_enc=pii_cipher(settings).encrypt(data.findings) if data.findings else None,
        recorded_by=principal.user_id,
    )
    session.add(screening)
    try:
        await session.flush()
    except IntegrityError as exc:  # pragma: no cover - foreign keys were checked above
        raise Conflict("The screening could not be recorded") from exc
    await audit.record(
        session,
        actor=principal,
        action="screening.recorded",
        object_type="screening",
        object_id=screening.id,
        scope_path=community.path,
        detail={"program_id": program.id, "risk_level": screening.risk_level.value},
    )
    return screening


async def _counted_org(session: AsyncSession, program: ScreeningProgram, resident: Resident) -> int:
    """The employer unit when the program gives it a target (youth health at work), else the community."""
    if resident.employer_unit_id is not None:
        unit_target = (
            await session.execute(
                select(ScreeningTarget.id).where(
                    ScreeningTarget.program_id == program.id,
                    ScreeningTarget.org_id == resident.employer_unit_id,
                )
            )
        ).first()
        if unit_target:
            return resident.employer_unit_id
    return resident.community_id


async def get_screening(session: AsyncSession, principal: Principal, screening_id: int) -> Screening:
    return await one_or_404(
        session,
        select(Screening).where(Screening.id == screening_id, screening_scope(principal)),
        "Screening",
    )


async def read_screening(
    session: AsyncSession, settings: Settings, principal: Principal, screening_id: int, *, reveal: bool
) -> tuple[Screening, ScreeningRead]:
    """Read one screening; findings only for ``health:read`` holders who ask; each such read is audited."""
    screening = await get_screening(session, principal, screening_id)
    if not reveal:
        return screening, to_read(screening)
    if not principal.can("health:read"):
        raise Forbidden("Screening findings need the 'health:read' permission")
    org = await session.get(Org, screening.org_id)
    await audit.record(
        session,
        actor=principal,
        action="screening.findings_revealed",
        object_type="screening",
        object_id=screening.id,
        scope_path=org.path if org else principal.org_path,
    )
    read = (await to_reads(session, [screening]))[0]  # with the names its list row shows
    read.findings = pii_cipher(settings).decrypt(screening.findings_enc) if screening.findings_enc else None
    return screening, read


def _needs_referral() -> ColumnElement[bool]:
    return and_(
        Screening.risk_level == RiskLevel.high,
        ~exists(
            select(Referral.id).where(
                Referral.screening_id == Screening.id, Referral.status.not_in(CLOSED_WITHOUT_SERVICE)
            )
        ),
    )
