"""sign-in sources and growing delays: known addresses and devices; a throttle's blocked_until

Failed sign-ins no longer lock an account for a flat window: each counter admits its next attempt
at ``blocked_until`` (a delay that doubles up to a cap), and a user's known sign-in sources (keyed
hashes of addresses, digests of device cookies) pass the account-wide and address-wide delays.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 05:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT = sa.BigInteger()


def upgrade() -> None:
    with op.batch_alter_table("throttles") as batch:
        batch.add_column(sa.Column("blocked_until", sa.BigInteger(), nullable=True))
    op.create_table(
        "signin_sources",
        sa.Column("id", BIGINT, nullable=False),
        sa.Column("user_id", BIGINT, nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("first_seen_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_signin_sources_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signin_sources")),
        sa.UniqueConstraint("user_id", "kind", "digest", name=op.f("uq_signin_sources_user_id_kind_digest")),
    )


def downgrade() -> None:
    op.drop_table("signin_sources")
    with op.batch_alter_table("throttles") as batch:
        batch.drop_column("blocked_until")
