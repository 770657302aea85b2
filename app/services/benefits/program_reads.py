"""Benefit programs on the fast read path: the list and the single read.

The scope is :func:`app.services.benefits.programs.program_scope` (programs run by the caller's
org, an org above it or one beneath it), the same filter the program's writes use. The criteria and
materials are JSON columns, which the read pool decodes (app/db.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import false, true

from app.models.benefits.benefit import BenefitProgram
from app.read_path import ReadPath
from app.schemas.benefits.benefit import BenefitProgramRead
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
