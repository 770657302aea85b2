"""Enumerations with their zh-CN and English labels, so clients need not hard-code Chinese."""

from __future__ import annotations

from fastapi import APIRouter

from app.labels import ENUMS

router = APIRouter(prefix="/meta", tags=["Platform: reference data"])


@router.get(
    "/enums",
    operation_id="listEnums",
    summary="Every enumeration: code → {zh-CN, en} label",
    response_model=dict[str, dict[str, dict[str, str]]],
)
async def list_enums() -> dict[str, dict[str, dict[str, str]]]:
    return ENUMS
