"""Year-end evaluations (年终考核) on the fast read path: the list and the single read.

The scope is :func:`app.services.leadership.scope.org_id_scope` on the evaluation's org, as
app/services/leadership/evaluations.py uses it. Each evaluation carries its frozen scores (in the
book's indicator order) and its accountability actions (oldest first): two more queries per page
(:class:`Related`), where the session path ran two per evaluation.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import Field

from app.list_filters import ListFilters, Where
from app.models.leadership.evaluation import AccountabilityAction, Evaluation, EvaluationScore
from app.read_path import ReadPath, Related, Row
from app.schemas.leadership.progress import AccountabilityRead, EvaluationRead, EvaluationScoreRead
from app.services.leadership.scope import evaluation_scope

SCORES = Related(
    *(EvaluationScore.__table__.c[name] for name in EvaluationScoreRead.model_fields),
    key=EvaluationScore.evaluation_id,
    order_by=EvaluationScore.position,
)
ACCOUNTABILITY = Related(
    *(AccountabilityAction.__table__.c[name] for name in AccountabilityRead.model_fields),
    key=AccountabilityAction.evaluation_id,
    order_by=AccountabilityAction.id,
)


async def _with_scores(rows: list[Row], _context: Any) -> None:
    keys = [row["id"] for row in rows]
    scores, actions = await SCORES.fetch(keys), await ACCOUNTABILITY.fetch(keys)
    for row in rows:
        row["scores"], row["accountability"] = scores[row["id"]], actions[row["id"]]


def _year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


class EvaluationFilters(ListFilters):
    """The evaluation list's query parameters: ``year``, an evaluation as of a day of that year."""

    year: Annotated[
        int | None,
        Field(ge=2000, le=2100),
        Where(lambda start, end: (Evaluation.as_of >= start) & (Evaluation.as_of <= end), values=_year),
    ] = None


EVALUATIONS = ReadPath(
    model=Evaluation,
    schema=EvaluationRead,
    scope=evaluation_scope,
    label="Evaluation",
    derived=("scores", "accountability"),
    complete=_with_scores,
    filters=EvaluationFilters,
)
