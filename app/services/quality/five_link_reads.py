"""The five links' own records on the fast read path (app/read_path.py): pairings, network members
and contact visits, each a community's casework seen in the caller's subtree, with the names a
screen shows (community, partner, resident) read in the same statement."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.list_filters import Equals, ListFilters, OnOrAfter, OnOrBefore
from app.models.core.org import Org
from app.models.core.partner import Partner
from app.models.core.resident import Resident
from app.models.quality.five_links import (
    ContactKind,
    ContactVisit,
    NetworkMember,
    PartnerPairing,
    PartnerPairingMember,
)
from app.read_path import ReadPath
from app.schemas.common import DbId, IsoDate
from app.schemas.quality.five_links import ContactVisitRead, NetworkMemberRead, PartnerPairingRead
from app.services.quality.scope import member_scope, pairing_scope, visit_scope


def _name(name: Any, key: Any, of: Any, model: Any) -> ColumnElement[Any]:
    return select(name).where(key == of).correlate(model).scalar_subquery()


class PairingFilters(ListFilters):
    """The pairing list's query parameters."""

    org_id: Annotated[DbId | None, Equals(PartnerPairing.org_id)] = None
    partner_id: Annotated[DbId | None, Equals(PartnerPairing.partner_id)] = None


PAIRINGS = ReadPath(
    model=PartnerPairing,
    schema=PartnerPairingRead,
    scope=pairing_scope,
    label="Partner pairing",
    columns={
        "org_name": _name(Org.name, Org.id, PartnerPairing.org_id, PartnerPairing),
        "partner_name": _name(Partner.name, Partner.id, PartnerPairing.partner_id, PartnerPairing),
        "members": select(func.count(PartnerPairingMember.id))
        .where(PartnerPairingMember.pairing_id == PartnerPairing.id)
        .correlate(PartnerPairing)
        .scalar_subquery(),
    },
    filters=PairingFilters,
    descending=True,
)


class NetworkMemberFilters(ListFilters):
    """The network member list's query parameters."""

    org_id: Annotated[DbId | None, Equals(NetworkMember.org_id)] = None
    partner_id: Annotated[DbId | None, Equals(NetworkMember.partner_id)] = None


NETWORK_MEMBERS = ReadPath(
    model=NetworkMember,
    schema=NetworkMemberRead,
    scope=member_scope,
    label="Network member",
    columns={
        "org_name": _name(Org.name, Org.id, NetworkMember.org_id, NetworkMember),
        "partner_name": _name(Partner.name, Partner.id, NetworkMember.partner_id, NetworkMember),
    },
    filters=NetworkMemberFilters,
)


class VisitFilters(ListFilters):
    """The contact visit list's query parameters (a reversed range is 422)."""

    ordered_ranges = ("contacted",)

    org_id: Annotated[DbId | None, Equals(ContactVisit.org_id)] = None
    partner_id: Annotated[DbId | None, Equals(ContactVisit.partner_id)] = None
    resident_id: Annotated[DbId | None, Equals(ContactVisit.resident_id)] = None
    kind: Annotated[ContactKind | None, Equals(ContactVisit.kind)] = None
    contacted_from: Annotated[
        IsoDate | None, Field(description="On or after"), OnOrAfter(ContactVisit.contacted_on)
    ] = None
    contacted_to: Annotated[
        IsoDate | None, Field(description="On or before"), OnOrBefore(ContactVisit.contacted_on)
    ] = None


CONTACT_VISITS = ReadPath(
    model=ContactVisit,
    schema=ContactVisitRead,
    scope=visit_scope,
    label="Contact visit",
    columns={
        "org_name": _name(Org.name, Org.id, ContactVisit.org_id, ContactVisit),
        "partner_name": _name(Partner.name, Partner.id, ContactVisit.partner_id, ContactVisit),
        "resident_name": _name(Resident.name, Resident.id, ContactVisit.resident_id, ContactVisit),
    },
    filters=VisitFilters,
    descending=True,
)


async def read_in_session(session: AsyncSession, path: ReadPath, schema: Any, object_id: int) -> Any:
    """The row as the list shows it, read in the request's transaction (what a write just made)."""
    row = (await session.execute(select(*path.columns).where(path.model.id == object_id))).mappings().one()
    return schema.model_validate(dict(row))
