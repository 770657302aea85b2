"""The problem types' pages, outside the versioned API: a problem's ``type`` (``/problems/<code>``)
resolves here, for people and tools reading an error (app/problem_types.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from app.errors import NotFound
from app.problem_types import CATALOGUE
from app.schemas.common import problems
from app.schemas.core.problem_type import ProblemTypeRead

router = APIRouter(prefix="/problems", tags=["Platform: reference data"])

ProblemCode = Annotated[str, Path(pattern=r"^[a-z][a-z-]{1,63}$", examples=["not-found"])]


@router.get(
    "",
    operation_id="listProblemTypes",
    summary="Every problem type the API answers with: code, status, meaning and what to do (zh-CN, en)",
    response_model=list[ProblemTypeRead],
)
async def list_problem_types() -> list[ProblemTypeRead]:
    return [ProblemTypeRead.of(p) for p in sorted(CATALOGUE.values(), key=lambda p: (p.status, p.code))]


@router.get(
    "/{code}",
    operation_id="getProblemType",
    summary="One problem type: what a problem's `type` URI resolves to",
    response_model=ProblemTypeRead,
    responses=problems(404, 422),
)
async def get_problem_type(code: ProblemCode) -> ProblemTypeRead:
    found = CATALOGUE.get(code)
    if found is None:
        raise NotFound("Problem type not found", zh="没有该问题类型")
    return ProblemTypeRead.of(found)
