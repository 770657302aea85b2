"""Leadership: indicator catalogue, responsibility books, assignments, evaluations."""

from app.models.leadership import (  # noqa: F401
    accountability,
    assignment,
    book,
    evaluation,
    indicator,
    institution,
    labels,  # noqa: F401, E402 - registers the area's enum labels
    period_report,
    safeguards,
)
