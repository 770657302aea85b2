"""Reference data: enumerations with zh-CN and English labels, and the workflow tables."""

from __future__ import annotations

from fastapi import APIRouter

from app.deps import Session
from app.labels import all_labels
from app.workflow import describe_all

router = APIRouter(prefix="/meta", tags=["Platform: reference data"])


@router.get(
    "/enums",
    operation_id="listEnums",
    summary="Every enumeration and data-defined code (materials): code → {zh-CN, en} label",
    response_model=dict[str, dict[str, dict[str, str]]],
)
async def list_enums(session: Session) -> dict[str, dict[str, dict[str, str]]]:
    return await all_labels(session)


@router.get(
    "/workflows",
    operation_id="listWorkflows",
    summary="Every workflow as a table: states, and per step the states it starts from, the next state, "
    "the permission and the guard",
    response_model=dict[str, dict[str, object]],
)
async def list_workflows() -> dict[str, dict[str, object]]:
    return describe_all()
