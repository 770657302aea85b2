"""In-year accountability cases (年中问责) and their follow-ups on the fast read path.

The scope is :func:`app.services.leadership.scope.org_id_scope` on the case's org (the book's
community or unit), as app/services/leadership/accountability.py uses it; a follow-up is seen where
its case is.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, bindparam, select

from app.authz import Principal
from app.models.leadership.accountability import (
    AccountabilityCase,
    AccountabilityCaseStatus,
    AccountabilityFollowUp,
)
from app.read_path import ReadPath, Seen
from app.schemas.leadership.accountability import AccountabilityCaseRead, FollowUpRead
from app.services.leadership.scope import org_id_scope

LABEL = "Accountability case"


def case_scope(principal: Principal) -> ColumnElement[bool]:
    return org_id_scope(AccountabilityCase.org_id, principal)


CASES = ReadPath(
    model=AccountabilityCase,
    schema=AccountabilityCaseRead,
    scope=case_scope,
    label=LABEL,
    filters={
        "book_id": lambda: AccountabilityCase.book_id == bindparam("book_id"),
        "year": lambda: AccountabilityCase.year == bindparam("year"),
        "status": lambda: AccountabilityCase.status == bindparam("status"),
    },
)


def filters(
    *, book_id: int | None, year: int | None, status: AccountabilityCaseStatus | None
) -> dict[str, Any]:
    return {"book_id": book_id, "year": year, "status": status.value if status is not None else None}


CASE_SEEN = ReadPath(model=AccountabilityCase, schema=Seen, scope=case_scope, label=LABEL)


def _follow_up_scope(principal: Principal) -> ColumnElement[bool]:
    return AccountabilityFollowUp.case_id.in_(select(AccountabilityCase.id).where(case_scope(principal)))


FOLLOW_UPS = ReadPath(
    model=AccountabilityFollowUp,
    schema=FollowUpRead,
    scope=_follow_up_scope,
    label="Follow-up",
    filters={"case_id": lambda: AccountabilityFollowUp.case_id == bindparam("case_id")},
)
