"""Per-person programs: the rural couple whose parents each qualify, and the materials they bring."""

from __future__ import annotations

from datetime import date

from app.models.core.family import Family
from app.models.core.resident import Resident

RURAL_MATERIALS = ["application_form", "id_card", "household_register"]


async def parents(
    api, family_id: int, *, wife_birth: date, husband_birth: date, rural: bool
) -> tuple[int, int]:
    """Fix the parents' birth dates (and rural registration) on the record; (wife, husband)."""
    async with api.session() as session:
        family = await session.get(Family, family_id)
        wife = await session.get(Resident, family.wife_id)
        husband = await session.get(Resident, family.husband_id)
        wife.birth_date, husband.birth_date = wife_birth, husband_birth
        if rural:
            for person in (wife, husband):
                person.household_division_code = "500103003201"  # a village committee (村委会)
        await session.commit()
        return wife.id, husband.id
