"""leadership speed: stock_days (the ledger and dispensing per point, product and day), covering
indexes for births (children by birth date, families' org membership) and screenings

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 10:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger()

# The existing ledger and dispensations summed per day (app.models.quality.stock_days.REBUILD_SQL as
# of this revision); from here on every write keeps the sums.
BACKFILL = """
INSERT INTO stock_days (point_id, product_id, day, net_quantity, lines, dispensed_units)
SELECT point_id, product_id, day, SUM(net_quantity), SUM(lines), SUM(dispensed_units)
FROM (
    SELECT point_id, product_id, occurred_on AS day, quantity AS net_quantity, 1 AS lines,
           0 AS dispensed_units
    FROM stock_movements
    UNION ALL
    SELECT point_id, product_id, dispensed_on, 0, 0, quantity FROM dispensations
) AS entries
GROUP BY point_id, product_id, day
"""


def upgrade() -> None:
    op.create_table(
        "stock_days",
        sa.Column("point_id", ID, nullable=False),
        sa.Column("product_id", ID, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("net_quantity", sa.Integer(), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("dispensed_units", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["point_id"], ["distribution_points.id"], name=op.f("fk_stock_days_point_id_distribution_points")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["contraceptive_products.id"],
            name=op.f("fk_stock_days_product_id_contraceptive_products"),
        ),
        sa.PrimaryKeyConstraint("point_id", "product_id", "day", name=op.f("pk_stock_days")),
    )
    with op.batch_alter_table("stock_days", schema=None) as batch_op:
        batch_op.create_index("ix_stock_days_day_point_id", ["day", "point_id"], unique=False)
    op.execute(BACKFILL)

    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.drop_index("ix_children_birth_date")
        batch_op.create_index(
            "ix_children_birth_date",
            ["birth_date"],
            unique=False,
            postgresql_include=["family_id", "birth_order", "sex", "adopted"],
        )
    with op.batch_alter_table("families", schema=None) as batch_op:
        batch_op.create_index(
            "ix_families_id_members",
            ["id"],
            unique=False,
            postgresql_include=["community_id", "husband_id", "wife_id"],
        )
    with op.batch_alter_table("screenings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_screenings_counted_org_id_screened_on",
            ["counted_org_id", "screened_on"],
            unique=False,
            postgresql_include=["program_id", "resident_id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("families", schema=None) as batch_op:
        batch_op.drop_index("ix_families_id_members")
    with op.batch_alter_table("screenings", schema=None) as batch_op:
        batch_op.drop_index("ix_screenings_counted_org_id_screened_on")
    with op.batch_alter_table("children", schema=None) as batch_op:
        batch_op.drop_index("ix_children_birth_date")
        batch_op.create_index("ix_children_birth_date", ["birth_date"], unique=False)
    with op.batch_alter_table("stock_days", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_days_day_point_id")
    op.drop_table("stock_days")
