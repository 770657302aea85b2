"""provisional deadlines: a due date counted into a year whose holiday arrangement is unknown is given
by the weekday rule, flagged on its record, and kept in provisional_deadlines to be counted again
when the year is entered or loaded

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 02:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger()
FLAGGED = ("service_requests", "feedback", "exchange_messages")


def upgrade() -> None:
    op.create_table(
        "provisional_deadlines",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("object_type", sa.String(length=32), nullable=False),
        sa.Column("object_id", sa.BigInteger(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("counted_from", sa.Date(), nullable=False),
        sa.Column("working_days", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("unknown_year", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provisional_deadlines")),
        sa.UniqueConstraint(
            "object_type",
            "object_id",
            "field",
            name=op.f("uq_provisional_deadlines_object_type_object_id_field"),
        ),
    )
    with op.batch_alter_table("provisional_deadlines", schema=None) as batch_op:
        batch_op.create_index("ix_provisional_deadlines_unknown_year", ["unknown_year"], unique=False)
    for table in FLAGGED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("due_provisional", sa.Boolean(), nullable=False, server_default=sa.false())
            )


def downgrade() -> None:
    for table in FLAGGED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("due_provisional")
    with op.batch_alter_table("provisional_deadlines", schema=None) as batch_op:
        batch_op.drop_index("ix_provisional_deadlines_unknown_year")
    op.drop_table("provisional_deadlines")
