"""Hand-overs of migrants (辖区内交接) on the fast read path: the scoped list and the single read.

The scope is :func:`app.services.migrants.scope.transfer_scope` (the sending and the receiving
community, and the orgs above them), the same filter the session path uses; ``incoming`` keeps the
hand-overs received (or sent) by an org in the caller's subtree, as :func:`app.authz.scoped_org_ids`
says for the caller's org, bound per request like the scope.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from app.authz import ScopeTemplate, scoped_org_ids
from app.list_filters import Equals, Flag, ListFilters
from app.models.core.org import OrgKind
from app.models.migrants.transfer import MigrantTransfer, TransferStatus
from app.read_path import ReadPath
from app.schemas.migrants.transfer import TransferRead
from app.services.migrants.scope import transfer_scope


def _in_area() -> Any:
    """The caller's subtree's org ids; the org kind does not matter to :func:`scoped_org_ids`."""
    return scoped_org_ids(ScopeTemplate.of(OrgKind.street, False))


class TransferFilters(ListFilters):
    """The transfer list's query parameters."""

    status: Annotated[TransferStatus | None, Equals(MigrantTransfer.status)] = None
    incoming: Annotated[
        bool | None,
        Field(description="true: received; false: sent"),
        Flag(
            lambda: MigrantTransfer.to_community_id.in_(_in_area()),
            lambda: MigrantTransfer.from_community_id.in_(_in_area()),
        ),
    ] = None


TRANSFERS = ReadPath(
    model=MigrantTransfer,
    schema=TransferRead,
    scope=transfer_scope,
    label="Migrant transfer",
    filters=TransferFilters,
)
