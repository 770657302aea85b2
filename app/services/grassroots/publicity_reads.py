"""Campaigns and activities (Task 2, publicity) on the fast read path: the scoped lists, newest
first, and the single reads.

Campaigns are scoped by :func:`app.authz.shared_scope` (a street's campaign is seen by the orgs under
it, which take part, and by those above it); activities by
:func:`app.services.grassroots.scope.owned` (an org's own and those of its subtree), the filters
app/services/grassroots/publicity.py uses. ``activities_opened`` counts the campaign's activities
(opened from its template at creation, and added under it since), in the same query. A campaign's
report totals rows and stays on the session path.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, select

from app.authz import Principal, shared_scope
from app.models.grassroots.publicity import Activity, ActivityKind, ActivityStatus, Campaign, KeyDay
from app.read_path import ReadPath
from app.schemas.grassroots.publicity import ActivityRead, CampaignRead
from app.services.grassroots.scope import owned


def campaign_scope(principal: Principal) -> ColumnElement[bool]:
    return shared_scope(Campaign.org_id, principal)


def activity_scope(principal: Principal) -> ColumnElement[bool]:
    return owned(Activity.org_id, principal)


CAMPAIGNS = ReadPath(
    model=Campaign,
    schema=CampaignRead,
    scope=campaign_scope,
    label="Campaign",
    columns={
        "activities_opened": select(func.count(Activity.id))
        .where(Activity.campaign_id == Campaign.id)
        .correlate(Campaign)
        .scalar_subquery()
    },
    filters={
        "key_day": lambda: Campaign.key_day == bindparam("key_day"),
        "held_from": lambda: Campaign.held_on >= bindparam("held_from"),
        "held_to": lambda: Campaign.held_on <= bindparam("held_to"),
    },
    descending=True,
)


def campaign_filters(*, key_day: KeyDay | None, year: int | None) -> dict[str, Any]:
    """The campaign list's query parameters as the values of :data:`CAMPAIGNS`' filters; ``year``:
    held between 1 January and 31 December of it, both included (the old ``between``)."""
    return {
        "key_day": key_day.value if key_day is not None else None,
        "held_from": date(year, 1, 1) if year is not None else None,
        "held_to": date(year, 12, 31) if year is not None else None,
    }


ACTIVITIES = ReadPath(
    model=Activity,
    schema=ActivityRead,
    scope=activity_scope,
    label="Activity",
    filters={
        "campaign_id": lambda: Activity.campaign_id == bindparam("campaign_id"),
        "branch_id": lambda: Activity.branch_id == bindparam("branch_id"),
        "org_id": lambda: Activity.org_id == bindparam("org_id"),
        "kind": lambda: Activity.kind == bindparam("kind"),
        "status": lambda: Activity.status == bindparam("status"),
        "care_action": lambda: Activity.care_action == bindparam("care_action"),
    },
    descending=True,
)


def activity_filters(
    *,
    campaign_id: int | None,
    branch_id: int | None,
    org_id: int | None,
    kind: ActivityKind | None,
    status: ActivityStatus | None,
    care_action: bool | None,
) -> dict[str, Any]:
    """The activity list's query parameters as the values of :data:`ACTIVITIES`' filters."""
    return {
        "campaign_id": campaign_id,
        "branch_id": branch_id,
        "org_id": org_id,
        "kind": kind.value if kind is not None else None,
        "status": status.value if status is not None else None,
        "care_action": care_action,
    }
