"""outbox trace context: the worker continues the trace of the request that wrote an event

outbox_events and webhook_deliveries get a nullable JSON column ``trace_context``: the writing
request's W3C trace context (traceparent, tracestate) when tracing is on, and its request id, so a
delivery's span and log lines join the request that caused it (app/tracing.py). Rows written
before stay NULL: their deliveries start traces of their own.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 14:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("outbox_events", "webhook_deliveries")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("trace_context", sa.JSON(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("trace_context")
