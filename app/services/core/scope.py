"""Scope of the core records an area reads beside the shared filters of ``app.authz``.

Users and audit events are seen in their org's subtree; partners serve their org's subtree and are
seen by the orgs above (``authz.shared_scope``); reference data and the public reads see every row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, true

from app.authz import Principal, in_subtree, scoped_org_ids, shared_scope
from app.models.core.audit import AuditEvent
from app.models.core.partner import Partner
from app.models.core.user import User


def audit_scope(principal: Principal) -> ColumnElement[bool]:
    return in_subtree(AuditEvent.scope_path, principal)


def partner_scope(principal: Principal) -> Any:
    return shared_scope(Partner.org_id, principal)


def user_scope(principal: Principal) -> ColumnElement[bool]:
    return User.org_id.in_(scoped_org_ids(principal))


def anyone_scope(_: Any) -> ColumnElement[bool]:
    """Every row, for any caller (or none): reference data (message templates, the contraceptive
    catalogue, screening kinds, service guides) and the public reads whose own filter bounds them (a
    notice by its publication date, a request by its tracking code)."""
    return true()
