"""Organisations on the fast read path: the scoped list (and an org's children) and the single read.

The scope is :func:`app.authz.org_scope`, the caller's subtree by materialized path, the same filter
app/services/core/orgs.py uses for every write.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam

from app.authz import org_scope
from app.models.core.org import Org, OrgKind
from app.read_path import ReadPath
from app.schemas.core.org import OrgRead

ORGS = ReadPath(
    model=Org,
    schema=OrgRead,
    scope=org_scope,
    label="Organisation",
    filters={
        "kind": lambda: Org.kind == bindparam("kind"),
        "parent_id": lambda: Org.parent_id == bindparam("parent_id"),
    },
)


def filters(*, kind: OrgKind | None, parent_id: int | None) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`ORGS`' filters."""
    return {"kind": kind.value if kind is not None else None, "parent_id": parent_id}
