"""Re-verification rounds on the fast read path: the newest-first list of rounds and a round's checks.

A round's scope is :func:`app.services.benefits.scope.round_scope` (its street, the
district above, the communities and units beneath); its checks are listed only when the round is in
scope (404 otherwise, as before), and only the checks of the caller's cases (``authz.case_scope``).
A round's detail (its progress counts) stays on the session path.
"""

from __future__ import annotations

from typing import Annotated, Any

from sqlalchemy import bindparam

from app.authz import Principal
from app.list_filters import Equals, ListFilters
from app.models.benefits.enrolment import CheckStatus, ReverificationCheck, ReverificationRound
from app.read_path import ReadPath
from app.schemas.benefits.benefit_ops import CheckRead, RoundRead
from app.services.benefits.scope import check_scope, round_scope

ROUNDS = ReadPath(
    model=ReverificationRound,
    schema=RoundRead,
    scope=round_scope,
    label="Re-verification round",
    descending=True,
)


class CheckFilters(ListFilters):
    """A round's check list's query parameters."""

    status: Annotated[CheckStatus | None, Equals(ReverificationCheck.status)] = None


CHECKS = ReadPath(
    model=ReverificationCheck,
    schema=CheckRead,
    scope=check_scope,
    label="Re-verification check",
    filters=CheckFilters,
    named_filters={"round_id": lambda: ReverificationCheck.round_id == bindparam("round_id")},
)


async def checks_page(
    principal: Principal, round_id: int, *, where: CheckFilters, limit: int, cursor: str | None
) -> Any:
    """The round's checks in the caller's area, by id; 404 if the round is not in scope."""
    await ROUNDS.one(principal, round_id)
    return await CHECKS.page(principal, limit=limit, cursor=cursor, where=where, round_id=round_id)
