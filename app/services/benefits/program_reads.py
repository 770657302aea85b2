"""Benefit programs on the fast read path: the list, the single read and a program's standards.

The scope is :func:`app.services.benefits.scope.program_scope` (programs run by the caller's
org, an org above it or one beneath it), the same filter the program's writes use. The criteria and
materials are JSON columns, which the read pool decodes (app/db.py).
"""

from __future__ import annotations

from typing import Annotated, Any

from sqlalchemy import false, true

from app.authz import Principal
from app.list_filters import Flag, ListFilters
from app.models.benefits.benefit import BenefitProgram, ProgramStandard
from app.read_path import ReadPath, Related, Seen
from app.schemas.benefits.benefit import BenefitProgramRead, StandardRead
from app.services.benefits.scope import program_scope


class ProgramFilters(ListFilters):
    """The program list's query parameters."""

    open_for_applications: Annotated[
        bool | None,
        Flag(
            lambda: BenefitProgram.open_for_applications.is_(true()),
            lambda: BenefitProgram.open_for_applications.is_(false()),
        ),
    ] = None


PROGRAMS = ReadPath(
    model=BenefitProgram,
    schema=BenefitProgramRead,
    scope=program_scope,
    label="Benefit program",
    filters=ProgramFilters,
)


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
