"""The facts eligibility reads, and the shape of its answers: a family's record as the rules see
it (``FamilyFacts``), one condition met or not (``Criterion``), ages on a date, and the ages the
state's programs name. The rules themselves are in ``eligibility`` (which programs ask what) and its
two rule books, ``eligibility_family`` and ``eligibility_rural``, which import only this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.core.family import Child, Family
from app.models.core.resident import Resident

SUPPORT_MIN_AGE = 49
AWARD_MAX_CHILD_AGE = 18


@dataclass(frozen=True)
class Criterion:
    """One condition of a program: met or not, and why (``detail`` in English, ``detail_zh`` in
    zh-CN; the answer shows the caller's language)."""

    code: str
    met: bool
    detail: str
    detail_zh: str


@dataclass
class FamilyFacts:
    family: Family
    children: list[Child]
    parents: list[Resident]
    district_code: str
    street_path: str
    community_path: str
    # (program_id, beneficiary_id, amount_fen, exclusive_group) of every current enrolment
    enrolments: list[tuple[int, int, int, str | None]]

    @property
    def lead_parent(self) -> Resident | None:
        """The mother, or the single father when there is no mother on the record."""
        wife = next((p for p in self.parents if p.id == self.family.wife_id), None)
        return wife or next((p for p in self.parents if p.id == self.family.husband_id), None)


def age_on(birth: date, when: date) -> tuple[int, int]:
    """Completed years and the days since the last birthday (29 Feb counts from 1 Mar)."""
    years = when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))
    try:
        last = birth.replace(year=birth.year + years)
    except ValueError:
        last = date(birth.year + years, 3, 1)
    return years, (when - last).days
