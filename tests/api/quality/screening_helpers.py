"""A screening program made over the API for a test."""

from __future__ import annotations

from sqlalchemy import select

from app.models.quality.screening import ScreeningProgram


async def new_program(api, kind="pre_pregnancy_check") -> int:
    async with api.session() as session:
        return (
            await session.execute(
                select(ScreeningProgram.id).where(
                    ScreeningProgram.year == 2019, ScreeningProgram.kind == kind
                )
            )
        ).scalar_one()
