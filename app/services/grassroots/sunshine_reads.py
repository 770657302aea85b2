"""Sunshine family planning (Task 8) on the fast read path: the area's commitments, the published
commitments anyone may read, and a submitter's view of their feedback by tracking code.

The staff list is scoped by :func:`app.services.grassroots.scope.owned`, as in
app/services/grassroots/commitments.py. The public reads need no sign-in (``principal=None``): their
scope says what the public sees, a commitment published on or before today (the request's date is a
filter value), a feedback case only by its own tracking code. Staff reads of feedback are in
feedback_reads.py (those who handle feedback see the contact on the audited session path).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from sqlalchemy import bindparam, select

from app.errors import NotFound
from app.list_filters import Equals, ListFilters
from app.models.core.org import Org
from app.models.grassroots.sunshine import Commitment, Feedback
from app.read_path import ReadPath, with_due_note
from app.schemas.common import DbId
from app.schemas.grassroots.sunshine import CommitmentRead, FeedbackPublicView, PublicCommitment
from app.services.core.tracking_codes import normalise_tracking_code
from app.services.grassroots.scope import commitment_scope, published_commitment_scope, tracked_feedback_scope


class CommitmentFilters(ListFilters):
    """The commitment list's query parameters."""

    org_id: Annotated[DbId | None, Equals(Commitment.org_id)] = None


COMMITMENTS = ReadPath(
    model=Commitment,
    schema=CommitmentRead,
    scope=commitment_scope,
    label="Commitment",
    filters=CommitmentFilters,
)


PUBLIC_COMMITMENTS = ReadPath(
    model=Commitment,
    schema=PublicCommitment,
    scope=published_commitment_scope,
    label="Commitment",
    columns={
        "org_name": select(Org.name)
        .where(Org.id == Commitment.org_id)
        .correlate(Commitment)
        .scalar_subquery()
    },
    filters={"published_by": lambda: Commitment.published_on <= bindparam("published_by")},
    descending=True,
)


async def public_commitments(*, today: date, limit: int, cursor: str | None) -> Any:
    """Published commitments, newest first, for anyone: those published on or before ``today``
    (the page's response)."""
    return await PUBLIC_COMMITMENTS.page(None, limit=limit, cursor=cursor, published_by=today)


PUBLIC_FEEDBACK = ReadPath(
    model=Feedback,
    schema=FeedbackPublicView,
    scope=tracked_feedback_scope,
    label="Feedback",
    columns={"escalated": Feedback.escalated_to_id.is_not(None)},
    filters={"tracking_code": lambda: Feedback.tracking_code == bindparam("tracking_code")},
    derived=("due_note",),
    complete=with_due_note,
)


async def public_feedback(tracking_code: str) -> Any:
    """The submitter's view by tracking code (as typed: case, spaces and dashes do not matter), the
    response; 404 with the session path's words if no case has it."""
    try:
        return await PUBLIC_FEEDBACK.first(None, tracking_code=normalise_tracking_code(tracking_code))
    except NotFound:
        raise NotFound("No feedback has this tracking code") from None
