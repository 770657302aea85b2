"""Demonstration projects (示范社区) on the fast read path: the list and the single read.

The scope is :func:`owned` on the project's community, as in app/services/grassroots/demonstrations.py.
Each project carries its checklist in position order (one more query per page) and the self and
street totals, which are the sums of the criteria's scores once every criterion is scored.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from app.list_filters import Equals, ListFilters
from app.models.grassroots.demonstration import (
    Demonstration,
    DemonstrationCriterion,
    DemonstrationStatus,
    DemonstrationTheme,
)
from app.read_path import ReadPath, Related, Row
from app.schemas.grassroots.demonstration import DemonstrationCriterionRead, DemonstrationRead
from app.services.grassroots.scope import demonstration_scope

CRITERIA = Related(
    *(DemonstrationCriterion.__table__.c[name] for name in DemonstrationCriterionRead.model_fields),
    key=DemonstrationCriterion.demonstration_id,
    order_by=DemonstrationCriterion.position,
)


def _total(criteria: list[Row], score: str) -> int | None:
    scores = [criterion[score] for criterion in criteria]
    return None if any(s is None for s in scores) else sum(scores)


async def _with_criteria(rows: list[Row], _context: Any) -> None:
    criteria = await CRITERIA.fetch([row["id"] for row in rows])
    for row in rows:
        checklist = criteria[row["id"]]
        row["self_total"] = _total(checklist, "self_score")
        row["street_total"] = _total(checklist, "street_score")
        row["criteria"] = checklist


class DemonstrationFilters(ListFilters):
    """The demonstration list's query parameters."""

    theme: Annotated[DemonstrationTheme | None, Equals(Demonstration.theme)] = None
    status: Annotated[DemonstrationStatus | None, Equals(Demonstration.status)] = None
    year: Annotated[int | None, Field(ge=2000, le=2100), Equals(Demonstration.year)] = None


DEMONSTRATIONS = ReadPath(
    model=Demonstration,
    schema=DemonstrationRead,
    scope=demonstration_scope,
    label="Demonstration",
    filters=DemonstrationFilters,
    derived=("self_total", "street_total", "criteria"),
    complete=_with_criteria,
)
