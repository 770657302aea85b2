"""Partners on the fast read path: the scoped list and the single read.

The scope is :func:`app.authz.shared_scope`: a partner serves its org's subtree and is seen by the
orgs above it, the same filter app/services/core/partners.py uses for its writes. The service names
are a JSON array: the read pool decodes JSON columns (app/db.py), so they come back as the same list
of strings the ORM gives.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, false, true

from app.authz import Principal, shared_scope
from app.models.core.partner import Partner, PartnerKind
from app.read_path import ReadPath
from app.schemas.core.partner import PartnerRead


def partner_scope(principal: Principal) -> Any:
    return shared_scope(Partner.org_id, principal)


PARTNERS = ReadPath(
    model=Partner,
    schema=PartnerRead,
    scope=partner_scope,
    label="Partner",
    filters={
        "kind": lambda: Partner.kind == bindparam("kind"),
        "active": lambda: Partner.active.is_(true()),
        "retired": lambda: Partner.active.is_(false()),
        "org_id": lambda: Partner.org_id == bindparam("org_id"),
    },
)


def filters(*, kind: PartnerKind | None, active: bool | None, org_id: int | None) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`PARTNERS`' filters."""
    return {
        "kind": kind.value if kind is not None else None,
        "active": True if active is True else None,
        "retired": True if active is False else None,
        "org_id": org_id,
    }
