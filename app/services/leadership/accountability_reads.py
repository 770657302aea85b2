"""In-year accountability cases (年中问责) and their follow-ups on the fast read path.

The scope is :func:`app.services.leadership.scope.org_id_scope` on the case's org (the book's
community or unit), as app/services/leadership/accountability.py uses it; a follow-up is seen where
its case is.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from sqlalchemy import bindparam

from app.list_filters import Equals, ListFilters
from app.models.leadership.accountability import (
    AccountabilityCase,
    AccountabilityCaseStatus,
    AccountabilityFollowUp,
)
from app.read_path import ReadPath, Seen
from app.schemas.common import DbId
from app.schemas.leadership.accountability import AccountabilityCaseRead, FollowUpRead
from app.services.leadership.scope import case_scope, follow_up_scope

LABEL = "Accountability case"


class CaseFilters(ListFilters):
    """The accountability case list's query parameters."""

    book_id: Annotated[DbId | None, Equals(AccountabilityCase.book_id)] = None
    year: Annotated[int | None, Field(ge=2000, le=2100), Equals(AccountabilityCase.year)] = None
    status: Annotated[AccountabilityCaseStatus | None, Equals(AccountabilityCase.status)] = None


CASES = ReadPath(
    model=AccountabilityCase,
    schema=AccountabilityCaseRead,
    scope=case_scope,
    label=LABEL,
    filters=CaseFilters,
)


CASE_SEEN = ReadPath(model=AccountabilityCase, schema=Seen, scope=case_scope, label=LABEL)


FOLLOW_UPS = ReadPath(
    model=AccountabilityFollowUp,
    schema=FollowUpRead,
    scope=follow_up_scope,
    label="Follow-up",
    filters={"case_id": lambda: AccountabilityFollowUp.case_id == bindparam("case_id")},
)
