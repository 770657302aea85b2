"""Benefit programs on the fast read path: the list, the single read and a program's standards.

The scope is :func:`app.services.benefits.programs.program_scope` (programs run by the caller's
org, an org above it or one beneath it), the same filter the program's writes use. The criteria and
materials are JSON columns, which the read pool decodes (app/db.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import false, true

from app.authz import Principal
from app.models.benefits.benefit import BenefitProgram, ProgramStandard
from app.read_path import ReadPath, Related, Seen
from app.schemas.benefits.benefit import BenefitProgramRead, StandardRead
from app.services.benefits.programs import program_scope

PROGRAMS = ReadPath(
    model=BenefitProgram,
    schema=BenefitProgramRead,
    scope=program_scope,
    label="Benefit program",
    filters={
        "open": lambda: BenefitProgram.open_for_applications.is_(true()),
        "closed": lambda: BenefitProgram.open_for_applications.is_(false()),
    },
)


def filters(*, open_for_applications: bool | None) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`PROGRAMS`' filters."""
    return {
        "open": True if open_for_applications is True else None,
        "closed": True if open_for_applications is False else None,
    }


# Whether the caller sees a program (404 otherwise), before its standards are answered.
PROGRAM_SEEN = ReadPath(model=BenefitProgram, schema=Seen, scope=program_scope, label="Benefit program")

STANDARDS = Related(
    *(ProgramStandard.__table__.c[name] for name in StandardRead.model_fields),
    key=ProgramStandard.program_id,
    order_by=ProgramStandard.effective_from,
)


async def standards_of(principal: Principal, program_id: int) -> Any:
    """A program's standards by effective month (the amount each period is paid), 404 if the
    caller does not see the program."""
    return await STANDARDS.of(PROGRAM_SEEN, principal, program_id)
