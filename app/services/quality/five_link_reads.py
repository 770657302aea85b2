"""The five links' own records on the fast read path (app/read_path.py): pairings, network members
and contact visits, each a community's casework seen in the caller's subtree, with the names a
screen shows (community, partner, resident) read in the same statement."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal, scoped_org_ids
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
from app.schemas.quality.five_links import ContactVisitRead, NetworkMemberRead, PartnerPairingRead
from app.services.core.loading import date_range


def pairing_scope(principal: Principal) -> ColumnElement[bool]:
    return PartnerPairing.org_id.in_(scoped_org_ids(principal))


def member_scope(principal: Principal) -> ColumnElement[bool]:
    return NetworkMember.org_id.in_(scoped_org_ids(principal))


def visit_scope(principal: Principal) -> ColumnElement[bool]:
    return ContactVisit.org_id.in_(scoped_org_ids(principal))


def _name(name: Any, key: Any, of: Any, model: Any) -> ColumnElement[Any]:
    return select(name).where(key == of).correlate(model).scalar_subquery()


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
    filters={
        "org_id": lambda: PartnerPairing.org_id == bindparam("org_id"),
        "partner_id": lambda: PartnerPairing.partner_id == bindparam("partner_id"),
    },
    descending=True,
)

NETWORK_MEMBERS = ReadPath(
    model=NetworkMember,
    schema=NetworkMemberRead,
    scope=member_scope,
    label="Network member",
    columns={
        "org_name": _name(Org.name, Org.id, NetworkMember.org_id, NetworkMember),
        "partner_name": _name(Partner.name, Partner.id, NetworkMember.partner_id, NetworkMember),
    },
    filters={
        "org_id": lambda: NetworkMember.org_id == bindparam("org_id"),
        "partner_id": lambda: NetworkMember.partner_id == bindparam("partner_id"),
    },
)

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
    filters={
        "org_id": lambda: ContactVisit.org_id == bindparam("org_id"),
        "partner_id": lambda: ContactVisit.partner_id == bindparam("partner_id"),
        "resident_id": lambda: ContactVisit.resident_id == bindparam("resident_id"),
        "kind": lambda: ContactVisit.kind == bindparam("kind"),
        "contacted_from": lambda: ContactVisit.contacted_on >= bindparam("contacted_from"),
        "contacted_to": lambda: ContactVisit.contacted_on <= bindparam("contacted_to"),
    },
    descending=True,
)


def visit_filters(
    *,
    org_id: int | None,
    partner_id: int | None,
    resident_id: int | None,
    kind: ContactKind | None,
    contacted_from: date | None,
    contacted_to: date | None,
) -> dict[str, Any]:
    """The visit list's query parameters as :data:`CONTACT_VISITS`' filter values (a reversed range: 422)."""
    date_range(ContactVisit.contacted_on, contacted_from, contacted_to, "contacted")
    return {
        "org_id": org_id,
        "partner_id": partner_id,
        "resident_id": resident_id,
        "kind": kind.value if kind is not None else None,
        "contacted_from": contacted_from,
        "contacted_to": contacted_to,
    }


async def read_in_session(session: AsyncSession, path: ReadPath, schema: Any, object_id: int) -> Any:
    """The row as the list shows it, read in the request's transaction (what a write just made)."""
    row = (await session.execute(select(*path.columns).where(path.model.id == object_id))).mappings().one()
    return schema.model_validate(dict(row))
