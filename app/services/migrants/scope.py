"""Scope of the migrants area's records.

A migrant is seen by the community they live in or the unit that employs them (``authz.case_scope``);
a transfer by the sending and the receiving community and the orgs above (a unit: none); messages,
imports and webhook subscriptions (with their deliveries) in their org's subtree. A webhook event
reaches a subscriber whose org path contains the event's (:func:`event_in_scope`).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select

from app.authz import Principal, case_scope, nothing, scoped_org_ids
from app.models.core.org import OrgKind
from app.models.migrants.exchange import ExchangeMessage
from app.models.migrants.imports import ImportJob
from app.models.migrants.migrant import Migrant
from app.models.migrants.transfer import MigrantTransfer
from app.models.migrants.webhook import WebhookDelivery, WebhookSubscription


def event_in_scope(event_path: str | None, subscriber_path: str) -> bool:
    """An event of an org in the subscriber's subtree; one without an org only for the root org."""
    is_root = subscriber_path.count("/") == 2
    if event_path is None:
        return is_root
    return event_path.startswith(subscriber_path)


def message_scope(principal: Principal) -> ColumnElement[bool]:
    return ExchangeMessage.org_id.in_(scoped_org_ids(principal))


def import_scope(principal: Principal) -> ColumnElement[bool]:
    return ImportJob.org_id.in_(scoped_org_ids(principal))


def migrant_scope(principal: Principal) -> ColumnElement[bool]:
    """Visible by the community the migrant lives in or the unit that employs them."""
    return case_scope(Migrant.community_id, Migrant.employer_unit_id, principal)


def transfer_scope(principal: Principal) -> ColumnElement[bool]:
    """Seen by the sending and the receiving community (and the street and district above them)."""
    if principal.org_kind is OrgKind.unit:
        return nothing()
    if principal.org_kind is OrgKind.community:
        return or_(
            MigrantTransfer.from_community_id == principal.org_id,
            MigrantTransfer.to_community_id == principal.org_id,
        )
    ids = scoped_org_ids(principal)
    return or_(MigrantTransfer.from_community_id.in_(ids), MigrantTransfer.to_community_id.in_(ids))


def subscription_scope(principal: Principal) -> ColumnElement[bool]:
    return WebhookSubscription.org_id.in_(scoped_org_ids(principal))


def delivery_scope(principal: Principal) -> ColumnElement[bool]:
    return WebhookDelivery.subscription_id.in_(
        select(WebhookSubscription.id).where(subscription_scope(principal))
    )
