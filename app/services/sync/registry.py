"""Every area's sync contributions, in the order the feed walks them (app/sync.py)."""

from __future__ import annotations

from app.services.core.sync import FEEDS as CORE_FEEDS
from app.services.core.sync import OPERATIONS as CORE_OPERATIONS
from app.services.grassroots.sync import FEEDS as GRASSROOTS_FEEDS
from app.services.grassroots.sync import OPERATIONS as GRASSROOTS_OPERATIONS
from app.services.lawful_services.sync import LOOKUPS as LAWFUL_LOOKUPS
from app.services.quality.sync import FEEDS as QUALITY_FEEDS
from app.services.quality.sync import LOOKUPS as QUALITY_LOOKUPS
from app.services.quality.sync import OPERATIONS as QUALITY_OPERATIONS
from app.sync import FeedKind, Lookup, OperationKind

# Residents first (every other kind names them), then families, cases, pregnancies, referrals, stock.
FEEDS: tuple[FeedKind, ...] = (*CORE_FEEDS, *GRASSROOTS_FEEDS, *QUALITY_FEEDS)
LOOKUPS: dict[str, Lookup] = {**QUALITY_LOOKUPS, **LAWFUL_LOOKUPS}
OPERATIONS: dict[str, OperationKind] = {
    op.name: op for op in (*CORE_OPERATIONS, *GRASSROOTS_OPERATIONS, *QUALITY_OPERATIONS)
}
