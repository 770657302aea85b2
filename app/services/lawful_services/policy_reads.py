"""Policies (政务公开) on the fast read path: the lists (newest first), the single reads and the
published revisions, for staff and for the public.

The scopes are the session path's, from ``app.services.lawful_services.scope``: staff see every
published or repealed policy and their own subtree's drafts (``staff_policy_scope``); the public (no
principal) sees published and repealed ones only (``public_policy_scope``). The search ``q`` is the
same index probe as :func:`app.services.lawful_services.policy_search.matching`: one correlated
EXISTS per query term, each term a bound parameter (``q_0``, ``q_1``, …, at most
``MAX_QUERY_TERMS``).

A revision is read only after its policy is found in the caller's scope (404 "Policy not found"
first, as before). Revisions are listed in id order, which is their revision order: revision n+1 is
only ever written after revision n (``policies._snapshot`` on a policy whose version is checked).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import ColumnElement, bindparam, exists, or_, select

from app.authz import Principal
from app.list_filters import AllTerms, Equals, ListFilters, OnOrAfter, OnOrBefore, Where
from app.models.lawful_services.policy import (
    Policy,
    PolicyCategory,
    PolicyRevision,
    PolicyStatus,
    PolicyTerm,
)
from app.read_path import ReadPath
from app.schemas.common import IsoDate
from app.schemas.lawful_services.policy import (
    PolicyRead,
    PolicyRevisionRead,
    PolicySummary,
    PublicPolicyRead,
)
from app.schemas.lawful_services.service import PolicyRef
from app.services.lawful_services import policy_search
from app.services.lawful_services.scope import public_policy_scope, staff_policy_scope


def _holds(term: Any) -> ColumnElement[bool]:
    return exists().where(PolicyTerm.term == term, PolicyTerm.policy_id == Policy.id)


def _terms(q: str) -> list[str]:
    """The search's terms; a ``q`` without a term, or with too many, is the session path's 422."""
    policy_search.matching(q)  # its 422s
    return sorted(policy_search.query_terms(q))


def _in_force(day: Any) -> ColumnElement[bool]:
    return (
        (Policy.status == PolicyStatus.published)
        & (Policy.effective_on <= day)
        & or_(Policy.expires_on.is_(None), Policy.expires_on >= day)
    )


SEARCH = AllTerms(_holds, terms=_terms, most=policy_search.MAX_QUERY_TERMS)


class PolicyFilters(ListFilters):
    """The staff policy list's query parameters."""

    q: Annotated[
        str | None,
        Field(
            min_length=1,
            max_length=100,
            description=f"Full-text search, Chinese included (e.g. 生育): {policy_search.QUERY_RULE}",
        ),
        SEARCH,
    ] = None
    status: Annotated[PolicyStatus | None, Equals(Policy.status)] = None
    category: Annotated[PolicyCategory | None, Equals(Policy.category)] = None
    effective_from: Annotated[IsoDate | None, OnOrAfter(Policy.effective_on)] = None
    effective_to: Annotated[IsoDate | None, OnOrBefore(Policy.effective_on)] = None
    in_force_on: Annotated[
        IsoDate | None, Field(description="Published and in force on this date"), Where(_in_force)
    ] = None


class PublicPolicyFilters(ListFilters):
    """The public policy list's query parameters."""

    q: Annotated[
        str | None,
        Field(
            min_length=1,
            max_length=100,
            examples=["生育"],
            description=f"Every word or 2-character run must occur; {policy_search.QUERY_RULE}",
        ),
        SEARCH,
    ] = None
    category: Annotated[PolicyCategory | None, Equals(Policy.category)] = None
    effective_from: Annotated[IsoDate | None, OnOrAfter(Policy.effective_on)] = None
    effective_to: Annotated[IsoDate | None, OnOrBefore(Policy.effective_on)] = None
    in_force_on: Annotated[
        IsoDate | None, Field(description="In force on this date (not repealed)"), Where(_in_force)
    ] = None


POLICIES = ReadPath(
    model=Policy,
    schema=PolicySummary,
    scope=staff_policy_scope,
    filters=PolicyFilters,
    descending=True,
    label="Policy",
)
PUBLIC_POLICIES = ReadPath(
    model=Policy,
    schema=PolicySummary,
    scope=public_policy_scope,
    filters=PublicPolicyFilters,
    descending=True,
    label="Policy",
)
POLICY = ReadPath(model=Policy, schema=PolicyRead, scope=staff_policy_scope, label="Policy")
PUBLIC_POLICY = ReadPath(model=Policy, schema=PublicPolicyRead, scope=public_policy_scope, label="Policy")

# The policy a revision read needs first (404 "Policy not found" outside the scope): a short row.
_SEEN = ReadPath(model=Policy, schema=PolicyRef, scope=staff_policy_scope, label="Policy")
_PUBLIC_SEEN = ReadPath(model=Policy, schema=PolicyRef, scope=public_policy_scope, label="Policy")


def _revisions(scope: Any) -> ReadPath:
    return ReadPath(
        model=PolicyRevision,
        schema=PolicyRevisionRead,
        scope=lambda principal: PolicyRevision.policy_id.in_(select(Policy.id).where(scope(principal))),
        filters={
            "policy_id": lambda: PolicyRevision.policy_id == bindparam("policy_id"),
            "revision": lambda: PolicyRevision.revision == bindparam("revision"),
        },
        label="Policy revision",
    )


REVISIONS = _revisions(staff_policy_scope)
PUBLIC_REVISIONS = _revisions(public_policy_scope)


async def versions(principal: Principal | None, policy_id: int) -> Any:
    """Every published revision of a policy the caller may read, oldest first (404 otherwise)."""
    if principal is None:
        await _PUBLIC_SEEN.one(None, policy_id)
        return await PUBLIC_REVISIONS.all(None, policy_id=policy_id)
    await _SEEN.one(principal, policy_id)
    return await REVISIONS.all(principal, policy_id=policy_id)


async def version(principal: Principal, policy_id: int, revision: int) -> Any:
    """One published revision (404 for the policy first, then for the revision)."""
    await _SEEN.one(principal, policy_id)
    return await REVISIONS.first(principal, policy_id=policy_id, revision=revision)
