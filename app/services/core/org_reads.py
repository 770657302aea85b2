"""Organisations on the fast read path: the scoped list (and an org's children) and the single read.

The scope is :func:`app.authz.org_scope`, the caller's subtree by materialized path, the same filter
app/services/core/orgs.py uses for every write.
"""

from __future__ import annotations

from typing import Annotated

from app.authz import org_scope
from app.list_filters import Equals, ListFilters
from app.models.core.org import Org, OrgKind
from app.read_path import ReadPath
from app.schemas.common import DbId
from app.schemas.core.org import OrgRead


class OrgFilters(ListFilters):
    """The org list's query parameters."""

    kind: Annotated[OrgKind | None, Equals(Org.kind)] = None
    parent_id: Annotated[DbId | None, Equals(Org.parent_id)] = None


ORGS = ReadPath(
    model=Org,
    schema=OrgRead,
    scope=org_scope,
    label="Organisation",
    filters=OrgFilters,
)
