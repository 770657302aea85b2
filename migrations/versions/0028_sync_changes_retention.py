"""sync change log retention: an index on ``sync_changes.changed_at`` for the pruning job

The worker's ``sync_changes_prune`` job (app/services/sync/retention.py) deletes rows older than
``FPW_SYNC_CHANGES_KEEP_DAYS`` in batches picked by ``changed_at``; migration 0021's index leads
with ``kind`` and ``org_id`` and cannot serve that predicate, so without this one every batch
would scan the whole table.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-07 19:05:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_sync_changes_changed_at", "sync_changes", ["changed_at"])


def downgrade() -> None:
    op.drop_index("ix_sync_changes_changed_at", table_name="sync_changes")
