"""How long the sync change log keeps its rows, and what a token older than that is told.

``sync_changes`` (migration 0021's triggers) gains a row per record and org at every write. A
device only needs the rows since its last pass, so rows older than ``FPW_SYNC_CHANGES_KEEP_DAYS``
(30 days by default: longer than the 14 days after which an idle device must sign in again, see
docs/mobile-sync.md) are deleted by the worker's ``sync_changes_prune`` job, in batches along the
``changed_at`` index. A download token whose window starts before that limit may have lost rows,
so it is answered 410 ``sync-token-expired``: drop the local working set and download again
without a token. Both sides use the same cutoff, computed from the office's "today" (app/clock.py).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.clock import CHINA
from app.config import Settings, get_settings
from app.errors import AppError
from app.models.sync.device import SyncChange

# One DELETE removes at most this many rows; one job run at most PRUNE_BATCHES of them, so a large
# backlog is worked off over several runs (every 5 minutes) and no run holds its locks for long.
PRUNE_BATCH = 5_000
PRUNE_BATCHES = 10


class SyncTokenExpired(AppError):
    status_code = 410
    code = "sync-token-expired"
    title = "Sync token expired: download everything again"
    title_zh = "同步令牌已过期：请重新完整下载"


def changes_kept_from(settings: Settings, today: date) -> datetime:
    """The oldest instant the change log still answers for: Beijing midnight ``keep_days`` ago."""
    return datetime.combine(today - timedelta(days=settings.sync_changes_keep_days), time(0), CHINA)


def check_token_window(settings: Settings, today: date, since: datetime | None) -> None:
    """A pass whose window starts before the kept changes may miss some: 410, start afresh."""
    if since is not None and since < changes_kept_from(settings, today):
        keep_days = settings.sync_changes_keep_days
        raise SyncTokenExpired(
            f"This sync token is older than the {keep_days} days the server keeps changes: delete the "
            "records kept on the device and download again without a token",
            zh=f"此同步令牌早于服务器保留变更记录的{keep_days}天：请删除设备上保存的记录，然后不带令牌重新下载",
            extra={"restart": True},
        )


async def prune_changes(
    session: AsyncSession, today: date, *, settings: Settings | None = None, batch: int = PRUNE_BATCH
) -> int:
    """Delete change-log rows older than the kept window, ``batch`` rows a statement; answers how many.

    Each batch picks its rows by ``changed_at`` (index ``ix_sync_changes_changed_at``) and skips rows
    another worker is deleting, so two workers never wait on each other or delete a row twice.
    """
    cutoff = changes_kept_from(settings or get_settings(), today)
    deleted = 0
    for _ in range(PRUNE_BATCHES):
        oldest = (
            select(SyncChange.id)
            .where(SyncChange.changed_at < cutoff)
            .order_by(SyncChange.changed_at)
            .limit(batch)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        result = await session.execute(
            delete(SyncChange).where(SyncChange.id.in_(oldest)).execution_options(synchronize_session=False)
        )
        count = int(result.rowcount or 0)  # type: ignore[attr-defined]
        deleted += count
        if count < batch:
            break
    await session.flush()
    return deleted
