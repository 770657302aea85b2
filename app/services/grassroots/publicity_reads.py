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
from typing import Annotated

from pydantic import Field
from sqlalchemy import func, select

from app.list_filters import Equals, ListFilters, Where
from app.models.grassroots.publicity import Activity, ActivityKind, ActivityStatus, Campaign, KeyDay
from app.read_path import ReadPath
from app.schemas.common import DbId
from app.schemas.grassroots.publicity import ActivityRead, CampaignRead
from app.services.grassroots.scope import activity_scope, campaign_scope


def _year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


class CampaignFilters(ListFilters):
    """The campaign list's query parameters; ``year``: held between 1 January and 31 December of
    it, both included."""

    key_day: Annotated[KeyDay | None, Equals(Campaign.key_day)] = None
    year: Annotated[
        int | None,
        Field(ge=2000, le=2100),
        Where(lambda start, end: (Campaign.held_on >= start) & (Campaign.held_on <= end), values=_year),
    ] = None


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
    filters=CampaignFilters,
    descending=True,
)


class ActivityFilters(ListFilters):
    """The activity list's query parameters."""

    campaign_id: Annotated[DbId | None, Equals(Activity.campaign_id)] = None
    branch_id: Annotated[DbId | None, Equals(Activity.branch_id)] = None
    org_id: Annotated[DbId | None, Equals(Activity.org_id)] = None
    kind: Annotated[ActivityKind | None, Equals(Activity.kind)] = None
    status: Annotated[ActivityStatus | None, Equals(Activity.status)] = None
    care_action: Annotated[bool | None, Equals(Activity.care_action)] = None


ACTIVITIES = ReadPath(
    model=Activity,
    schema=ActivityRead,
    scope=activity_scope,
    label="Activity",
    filters=ActivityFilters,
    descending=True,
)
