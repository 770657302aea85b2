"""Benefit programs (利益导向项目): the four programs with their amounts as data.

A program is visible to everyone in the street or district that runs it; it is edited by the
org that owns it (the street for its own special assistance project, the district for the rest)
or by the district above it. Closing a program stops new applications, not running enrolments.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, in_subtree
from app.errors import Forbidden
from app.models.benefits.benefit import BenefitProgram
from app.models.core.org import Org
from app.pagination import fetch_page
from app.schemas.benefits.benefit import ProgramUpdate
from app.services.core.loading import apply_changes, check_version, one_or_404


def program_scope(principal: Principal) -> ColumnElement[bool]:
    """Programs run by the caller's org, an org above it (the district) or one beneath it."""
    owner_path = select(Org.path).where(Org.id == BenefitProgram.owner_org_id).scalar_subquery()
    return or_(literal(principal.org_path).startswith(owner_path), in_subtree(owner_path, principal))


async def get_program(session: AsyncSession, principal: Principal, program_id: int) -> BenefitProgram:
    return await one_or_404(
        session,
        select(BenefitProgram).where(BenefitProgram.id == program_id, program_scope(principal)),
        "Benefit program",
    )


async def list_programs(
    session: AsyncSession, principal: Principal, *, open_only: bool | None, limit: int, cursor: str | None
) -> tuple[list[BenefitProgram], str | None]:
    stmt = select(BenefitProgram).where(program_scope(principal))
    if open_only is not None:
        stmt = stmt.where(BenefitProgram.open_for_applications.is_(open_only))
    return await fetch_page(session, stmt, id_column=BenefitProgram.id, limit=limit, cursor=cursor)


async def update_program(
    session: AsyncSession,
    principal: Principal,
    program_id: int,
    data: ProgramUpdate,
    expected_version: int | None,
) -> BenefitProgram:
    """Change an amount, the materials list or close the program to new applications.

    Only the owning org or one above it may edit: a street edits its own assistance project,
    not the district's special support amounts.
    """
    program = await get_program(session, principal, program_id)
    owner = await session.get(Org, program.owner_org_id)
    if owner is None or not owner.path.startswith(principal.org_path):
        raise Forbidden("Only the org that runs this program (or the district) may change it")
    check_version(program, expected_version)
    changed = apply_changes(program, data.model_dump(exclude_unset=True))
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
