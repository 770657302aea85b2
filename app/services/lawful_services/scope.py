"""Scope of the lawful services' records.

Requests belong to a community (or street) org and documents to a family; each is seen inside its
org's subtree. Policies are public once published (also after repeal); a draft is seen inside its
owner's subtree, and only that subtree edits a policy, whatever its state.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, or_, select

from app.authz import Principal, family_scope, scoped_org_ids
from app.models.core.family import Family
from app.models.lawful_services.document import FamilyDocument
from app.models.lawful_services.policy import Policy, PolicyStatus
from app.models.lawful_services.service import ServiceRequest

PUBLIC_STATES = (PolicyStatus.published, PolicyStatus.repealed)


def public_policy_scope(_: Any) -> ColumnElement[bool]:
    """What the public (no principal) sees: published and repealed policies."""
    return Policy.status.in_(PUBLIC_STATES)


def staff_policy_scope(principal: Principal) -> ColumnElement[bool]:
    """Staff see the public policies and the drafts inside the owner's subtree."""
    return or_(public_policy_scope(principal), Policy.owner_org_id.in_(scoped_org_ids(principal)))


def editable_policy_scope(principal: Principal) -> ColumnElement[bool]:
    """Only the owning org's subtree (the street, or the district above it) edits a policy.

    Narrower than :func:`staff_policy_scope` (another subtree's published policy is seen, not edited).
    """
    return Policy.owner_org_id.in_(scoped_org_ids(principal))


def document_scope(principal: Principal) -> ColumnElement[bool]:
    return FamilyDocument.family_id.in_(select(Family.id).where(family_scope(principal)))


def request_scope(principal: Principal) -> ColumnElement[bool]:
    """A request belongs to a community (or street) org; visible inside that org's subtree."""
    return ServiceRequest.org_id.in_(scoped_org_ids(principal))
