"""payment lines carry their program's exclusive group: one paying line per person, group and period

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 02:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EXCLUSIVE = "status IN ('included','paid') AND exclusive_group IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("payment_lines") as batch:
        batch.add_column(sa.Column("exclusive_group", sa.String(length=32), nullable=True))
    op.execute(
        "UPDATE payment_lines SET exclusive_group = (SELECT p.exclusive_group FROM benefit_programs p"
        " WHERE p.id = payment_lines.program_id)"
    )
    # Lines already paid twice within a group before this rule (the money went out; recovering it
    # is a decision, not a migration's) keep no group on the later line, so the index can stand.
    op.execute(
        "UPDATE payment_lines SET exclusive_group = NULL"
        " WHERE status IN ('included','paid') AND exclusive_group IS NOT NULL AND EXISTS ("
        " SELECT 1 FROM payment_lines o WHERE o.beneficiary_id = payment_lines.beneficiary_id"
        " AND o.exclusive_group = payment_lines.exclusive_group AND o.period = payment_lines.period"
        " AND o.status IN ('included','paid') AND o.id < payment_lines.id)"
    )
    with op.batch_alter_table("payment_lines") as batch:
        batch.create_index(
            "uq_payment_lines_exclusive",
            ["beneficiary_id", "exclusive_group", "period"],
            unique=True,
            postgresql_where=sa.text(EXCLUSIVE),
        )


def downgrade() -> None:
    with op.batch_alter_table("payment_lines") as batch:
        batch.drop_index("uq_payment_lines_exclusive", postgresql_where=sa.text(EXCLUSIVE))
        batch.drop_column("exclusive_group")
