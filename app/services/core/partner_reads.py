"""Partners on the fast read path: the scoped list and the single read.

The scope is :func:`app.authz.shared_scope`: a partner serves its org's subtree and is seen by the
orgs above it, the same filter app/services/core/partners.py uses for its writes. The service names
are a JSON array: the read pool decodes JSON columns (app/db.py), so they come back as the same list
of strings the ORM gives.
"""

from __future__ import annotations

from typing import Annotated

from sqlalchemy import false, true

from app.list_filters import Equals, Flag, ListFilters
from app.models.core.partner import Partner, PartnerKind
from app.read_path import ReadPath
from app.schemas.common import DbId
from app.schemas.core.partner import PartnerRead
from app.services.core.scope import partner_scope


class PartnerFilters(ListFilters):
    """The partner list's query parameters."""

    kind: Annotated[PartnerKind | None, Equals(Partner.kind)] = None
    active: Annotated[
        bool | None, Flag(lambda: Partner.active.is_(true()), lambda: Partner.active.is_(false()))
    ] = None
    org_id: Annotated[DbId | None, Equals(Partner.org_id)] = None


PARTNERS = ReadPath(
    model=Partner,
    schema=PartnerRead,
    scope=partner_scope,
    label="Partner",
    filters=PartnerFilters,
)
