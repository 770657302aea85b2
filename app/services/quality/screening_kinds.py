"""Screening kinds as data (``screening_kinds``): the list clients discover kinds from, the check a
new program's kind passes, and the labels /meta/enums shows under ``screening_kind``.

``GET /screening-kinds`` reads ``KINDS`` on the fast read path (app/read_path.py). A kind is in
force from ``effective_from`` to ``effective_to`` (inclusive; None: still in force); a program of a
year is accepted when the kind is in force on some day of that year. Codes clients sent before
kinds were data (``pre_pregnancy_check``, ``reproductive_health_census``, ``migrant_youth_health``)
are rows in force since 2000, the first year a program may have.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Unprocessable
from app.labels import register_data
from app.models.quality.screening import ScreeningKind
from app.read_path import ReadPath, Row
from app.schemas.quality.screening import ScreeningKindRead
from app.services.core.scope import anyone_scope


async def _in_force(rows: list[Row], today: date) -> None:
    for row in rows:
        ends = row["effective_to"]
        row["in_force"] = row["effective_from"] <= today and (ends is None or ends >= today)


# The whole list, unpaged (a handful of rows), in the order the kinds were added; everyone with
# screening:read sees every kind (reference data, no org scope).
KINDS = ReadPath(
    model=ScreeningKind,
    schema=ScreeningKindRead,
    scope=anyone_scope,
    label="Screening kind",
    derived=("in_force",),
    complete=_in_force,
    all_order=(ScreeningKind.id,),
)


async def kind_for_year(session: AsyncSession, code: str, year: int) -> ScreeningKind:
    """The kind ``code`` if a program of ``year`` may have it; 422 on ``kind`` otherwise."""
    kind = await session.scalar(select(ScreeningKind).where(ScreeningKind.code == code))
    if kind is None:
        raise Unprocessable(
            f"Unknown screening kind '{code}': GET /screening-kinds lists the kinds",
            zh=f"未知的筛查项目类别“{code}”：可用类别见 GET /screening-kinds",
            loc=["body", "kind"],
        )
    ends = kind.effective_to
    if kind.effective_from > date(year, 12, 31) or (ends is not None and ends < date(year, 1, 1)):
        until = ends.isoformat() if ends else "…"
        raise Unprocessable(
            f"Screening kind '{code}' is not in force in {year} "
            f"(in force {kind.effective_from.isoformat()} to {until})",
            zh=f"筛查项目类别“{kind.name_zh}”在{year}年不在有效期内"
            f"（有效期 {kind.effective_from.isoformat()} 至 {until}）",
            loc=["body", "kind"],
        )
    return kind


async def kind_labels(session: AsyncSession) -> dict[str, dict[str, str]]:
    """Every kind's code with its zh-CN and English name (for /meta/enums, ``screening_kind``)."""
    rows = await session.execute(
        select(ScreeningKind.code, ScreeningKind.name_zh, ScreeningKind.name_en).order_by(ScreeningKind.id)
    )
    return {code: {"zh-CN": zh, "en": en} for code, zh, en in rows.tuples()}


register_data("screening_kind", kind_labels)
