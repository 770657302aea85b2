"""Bulk import of migrants: each row names a resident already registered (by ID number) in the area."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.models.migrants.migrant import CertificateStatus, Migrant, MigrantStatus, PermitStatus
from app.security import pii_cipher
from app.services.migrants import import_rows
from app.services.migrants.import_rows import MigrantRow


def seen_twice(number: str, seen: set[str]) -> bool:
    if number in seen:
        return True
    seen.add(number)
    return False


async def migrant_chunk(
    session: AsyncSession,
    settings: Settings,
    org: Org,
    chunk: list[dict[str, Any] | str],
    offset: int,
    seen: set[str],
    counts: dict[str, int],
    errors: import_rows.RowErrors,
    today: date,
    write: bool,
) -> None:
    cipher = pii_cipher(settings)
    district_prefix = (await session.get(Org, int(org.path.strip("/").split("/")[0])) or org).code[:6]
    area = set((await session.execute(select(Org.id).where(Org.path.startswith(org.path)))).scalars().all())
    for i, raw in enumerate(chunk, start=offset + 1):
        if isinstance(raw, str):
            errors.append({"row": i, "errors": [{"field": "", "msg": raw}]})
            continue
        row, problems = import_rows.check_migrant(raw, today)
        if row is None:
            errors.append({"row": i, "errors": problems})
            continue
        if seen_twice(row.id_number, seen):
            errors.append({"row": i, "errors": [{"field": "id_number", "msg": "appears twice in the file"}]})
            continue
        outcome = await _upsert_migrant(
            session, cipher.lookup_hash(row.id_number), row, area, district_prefix, write
        )
        if outcome in counts:
            counts[outcome] += 1
        else:
            errors.append({"row": i, "errors": [{"field": "id_number", "msg": outcome}]})


async def _upsert_migrant(
    session: AsyncSession, id_hash: str, row: MigrantRow, area: set[int], district_prefix: str, write: bool
) -> str:
    resident = (
        await session.execute(select(Resident).where(Resident.id_number_hash == id_hash))
    ).scalar_one_or_none()
    if resident is None or resident.community_id not in area:
        return "no resident with this ID number in your area (import the residents first)"
    household = row.household_division_code or resident.household_division_code
    if household[:6] == district_prefix:
        return "registered inside the district: not a migrant"
    migrant = (
        await session.execute(select(Migrant).where(Migrant.resident_id == resident.id))
    ).scalar_one_or_none()
    values = {
        "arrival_date": row.arrival_date,
        "address": row.address,
        "employer_name": row.employer_name,
        "household_division_code": household,
    }
    if migrant is not None:
        if all(getattr(migrant, k) == v for k, v in values.items()):
            return "unchanged"
        if not write:
            return "updated"
        for k, v in values.items():
            setattr(migrant, k, v)
        migrant.household_province = household[:2]
        migrant.certificate_due_on = row.arrival_date + timedelta(days=30)
        await session.flush()
        return "updated"
    if not write:
        return "created"
    session.add(
        Migrant(
            resident_id=resident.id,
            household_province=household[:2],
            community_id=resident.community_id,
            employer_unit_id=resident.employer_unit_id,
            certificate_status=CertificateStatus.missing,
            certificate_due_on=row.arrival_date + timedelta(days=30),
            permit_status=PermitStatus.none,
            status=MigrantStatus.present,
            **values,
        )
    )
    await session.flush()
    return "created"
