"""Benefit programs (利益导向项目): the four programs with their amounts as data.

A program is visible to everyone in the street or district that runs it; it is edited by the
org that owns it (the street for its own special assistance project, the district for the rest)
or by the district above it. Closing a program stops new applications, not running enrolments.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Conflict, Forbidden, Unprocessable
from app.models.benefits.benefit import BenefitProgram, ProgramStandard
from app.models.core.org import Org
from app.preconditions import check_version
from app.schemas.benefits.benefit import ProgramUpdate
from app.services.benefits.differences import refuse_retroactive_decrease
from app.services.benefits.due import load_standards
from app.services.benefits.scope import program_scope
from app.services.core.loading import apply_changes, one_or_404


async def get_program(session: AsyncSession, principal: Principal, program_id: int) -> BenefitProgram:
    return await one_or_404(
        session,
        select(BenefitProgram).where(BenefitProgram.id == program_id, program_scope(principal)),
        "Benefit program",
    )


async def update_program(
    session: AsyncSession,
    principal: Principal,
    program_id: int,
    data: ProgramUpdate,
    expected_version: int | None,
    today: date,
) -> BenefitProgram:
    """Change an amount, the materials list or close the program to new applications.

    Only the owning org or one above it may edit: a street edits its own assistance project,
    not the district's special support amounts. A changed amount is a standard from this month.
    """
    program = await get_program(session, principal, program_id)
    owner = await _owner(session, principal, program)
    check_version(program, expected_version)
    changes = data.model_dump(exclude_unset=True)
    amount = changes.pop("amount_fen", None)
    if amount is not None and amount != program.amount_fen:
        # A new amount is a standard from the current month on; earlier months keep theirs.
        await add_standard(
            session,
            principal,
            program,
            effective_from=today.replace(day=1),
            amount_fen=amount,
            basis_document="",
            today=today,
        )
    changed = apply_changes(program, changes)
    if changed:
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            action="benefit_program.updated",
            object_type="benefit_program",
            object_id=program.id,
            scope_path=owner.path,
            detail={k: v if isinstance(v, int | bool | list) else str(v) for k, v in changed.items()},
        )
    return program


async def _owner(session: AsyncSession, principal: Principal, program: BenefitProgram) -> Org:
    owner = await session.get(Org, program.owner_org_id)
    if owner is None or not owner.path.startswith(principal.org_path):
        raise Forbidden("Only the org that runs this program (or the district) may change it")
    return owner


async def add_standard(
    session: AsyncSession,
    principal: Principal,
    program: BenefitProgram,
    *,
    effective_from: date,
    amount_fen: int,
    basis_document: str,
    today: date,
) -> ProgramStandard:
    """A standard (发放标准) in force from its month; national programs never go below the floor.

    Batches pay each period the standard in force for it, so raising the amount from October leaves
    the months before October as they were. One standard per program and month. A raise from a month
    already paid is paid as difference lines by the next batch; a decrease from a month already paid
    at more is refused (``differences.py``).
    """
    owner = await _owner(session, principal, program)
    if program.national_floor_fen is not None and amount_fen < program.national_floor_fen:
        raise Unprocessable(
            f"{program.code} is a national program: {amount_fen} fen is below the national floor of "
            f"{program.national_floor_fen} fen per {program.period.value} period",
            loc=["body", "amount_fen"],
        )
    await refuse_retroactive_decrease(session, program, effective_from.replace(day=1), amount_fen)
    standard = ProgramStandard(
        program_id=program.id,
        effective_from=effective_from.replace(day=1),
        amount_fen=amount_fen,
        basis_document=basis_document,
        created_by=principal.username,
    )
    taken = await session.execute(
        select(ProgramStandard.id).where(
            ProgramStandard.program_id == program.id,
            ProgramStandard.effective_from == standard.effective_from,
        )
    )
    if taken.first() is not None:
        raise Conflict(f"{program.code} already has a standard from {effective_from:%Y-%m}")
    session.add(standard)
    await session.flush()
    # The program's own amount shows the standard in force today.
    program.amount_fen = (await load_standards(session, program)).amount(today)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="benefit_program.standard_added",
        object_type="benefit_program",
        object_id=program.id,
        scope_path=owner.path,
        detail={"effective_from": standard.effective_from.isoformat(), "amount_fen": amount_fen},
    )
    return standard
