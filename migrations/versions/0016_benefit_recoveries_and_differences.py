"""benefit recoveries and differences: overpayments (追回) and difference lines (补发差额)

Payment lines get a kind ('regular', 'difference') and, for a difference, the standard it
completes; the one-payment index covers regular lines only, and a difference is paid once per
beneficiary, program, period and standard. Recoveries, their lines and settlements are new tables.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 02:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT = sa.BigInteger()
HOLDING = "status IN ('included','paid')"
ONCE = "status IN ('included','paid') AND kind = 'regular'"
DIFFERENCE_ONCE = "status IN ('included','paid') AND kind = 'difference'"
# The exclusive-group index of 0015, then restricted to regular lines (a difference tops one up).
EXCLUSIVE_BEFORE = "status IN ('included','paid') AND exclusive_group IS NOT NULL"
EXCLUSIVE = f"{ONCE} AND exclusive_group IS NOT NULL"


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def upgrade() -> None:
    with op.batch_alter_table("payment_lines") as batch:
        batch.add_column(
            sa.Column(
                "kind",
                sa.Enum("regular", "difference", name="linekind", native_enum=False, length=16),
                nullable=False,
                server_default="regular",
            )
        )
        batch.add_column(sa.Column("standard_id", BIGINT, nullable=True))
        batch.create_foreign_key(
            op.f("fk_payment_lines_standard_id_benefit_program_standards"),
            "benefit_program_standards",
            ["standard_id"],
            ["id"],
        )
        batch.drop_index("uq_payment_lines_once", postgresql_where=sa.text(HOLDING))
        batch.drop_index(
            "uq_payment_lines_exclusive",
            postgresql_where=sa.text(EXCLUSIVE_BEFORE),
        )
    with op.batch_alter_table("payment_lines") as batch:
        batch.create_index(
            "uq_payment_lines_once",
            ["beneficiary_id", "program_id", "period"],
            unique=True,
            postgresql_where=sa.text(ONCE),
        )
        batch.create_index(
            "uq_payment_lines_exclusive",
            ["beneficiary_id", "exclusive_group", "period"],
            unique=True,
            postgresql_where=sa.text(EXCLUSIVE),
        )
        batch.create_index(
            "uq_payment_lines_difference_once",
            ["beneficiary_id", "program_id", "period", "standard_id"],
            unique=True,
            postgresql_where=sa.text(DIFFERENCE_ONCE),
        )

    table = "benefit_recoveries"
    op.create_table(
        table,
        sa.Column("id", BIGINT, nullable=False),
        sa.Column("enrolment_id", BIGINT, nullable=False),
        sa.Column("program_id", BIGINT, nullable=False),
        sa.Column("beneficiary_id", BIGINT, nullable=False),
        sa.Column("community_id", BIGINT, nullable=False),
        sa.Column("unit_id", BIGINT, nullable=True),
        sa.Column("street_id", BIGINT, nullable=False),
        sa.Column("payer_org_id", BIGINT, nullable=False),
        sa.Column("event_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column("total_fen", sa.Integer(), nullable=False),
        sa.Column("refunded_fen", sa.Integer(), nullable=False),
        sa.Column("written_off_fen", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("open", "refunded", "written_off", name="recoverystatus", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(), nullable=False),
        _fk(table, "enrolment_id", "benefit_enrolments"),
        _fk(table, "program_id", "benefit_programs"),
        _fk(table, "beneficiary_id", "residents"),
        _fk(table, "community_id", "orgs"),
        _fk(table, "unit_id", "orgs"),
        _fk(table, "street_id", "orgs"),
        _fk(table, "payer_org_id", "orgs"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benefit_recoveries")),
    )
    op.create_index("ix_benefit_recoveries_community_id_id", table, ["community_id", "id"])
    op.create_index("ix_benefit_recoveries_unit_id_id", table, ["unit_id", "id"])
    op.create_index("ix_benefit_recoveries_enrolment_id", table, ["enrolment_id"])
    op.create_index("ix_benefit_recoveries_status_id", table, ["status", "id"])

    op.create_table(
        "benefit_recovery_lines",
        sa.Column("id", BIGINT, nullable=False),
        sa.Column("recovery_id", BIGINT, nullable=False),
        sa.Column("payment_line_id", BIGINT, nullable=False),
        sa.Column("period", sa.String(length=8), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recovery_id"],
            ["benefit_recoveries.id"],
            name=op.f("fk_benefit_recovery_lines_recovery_id_benefit_recoveries"),
            ondelete="CASCADE",
        ),
        _fk("benefit_recovery_lines", "payment_line_id", "payment_lines"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benefit_recovery_lines")),
        sa.UniqueConstraint("payment_line_id", name=op.f("uq_benefit_recovery_lines_payment_line_id")),
    )
    op.create_index(
        "ix_benefit_recovery_lines_recovery_id_id", "benefit_recovery_lines", ["recovery_id", "id"]
    )

    op.create_table(
        "benefit_recovery_settlements",
        sa.Column("id", BIGINT, nullable=False),
        sa.Column("recovery_id", BIGINT, nullable=False),
        sa.Column(
            "kind",
            sa.Enum("refund", "write_off", name="settlementkind", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("settled_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recovery_id"],
            ["benefit_recoveries.id"],
            name=op.f("fk_benefit_recovery_settlements_recovery_id_benefit_recoveries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benefit_recovery_settlements")),
    )
    op.create_index(
        "ix_benefit_recovery_settlements_recovery_id_id",
        "benefit_recovery_settlements",
        ["recovery_id", "id"],
    )


def downgrade() -> None:
    op.drop_index("ix_benefit_recovery_settlements_recovery_id_id", table_name="benefit_recovery_settlements")
    op.drop_table("benefit_recovery_settlements")
    op.drop_index("ix_benefit_recovery_lines_recovery_id_id", table_name="benefit_recovery_lines")
    op.drop_table("benefit_recovery_lines")
    for name in (
        "ix_benefit_recoveries_status_id",
        "ix_benefit_recoveries_enrolment_id",
        "ix_benefit_recoveries_unit_id_id",
        "ix_benefit_recoveries_community_id_id",
    ):
        op.drop_index(name, table_name="benefit_recoveries")
    op.drop_table("benefit_recoveries")
    with op.batch_alter_table("payment_lines") as batch:
        batch.drop_index(
            "uq_payment_lines_difference_once",
            postgresql_where=sa.text(DIFFERENCE_ONCE),
        )
        batch.drop_index("uq_payment_lines_once", postgresql_where=sa.text(ONCE))
        batch.drop_index("uq_payment_lines_exclusive", postgresql_where=sa.text(EXCLUSIVE))
    # Difference lines have no place in the older schema (one line per beneficiary, program, period).
    op.execute("DELETE FROM payment_lines WHERE kind = 'difference'")
    with op.batch_alter_table("payment_lines") as batch:
        batch.drop_constraint(
            op.f("fk_payment_lines_standard_id_benefit_program_standards"), type_="foreignkey"
        )
        batch.drop_column("standard_id")
        batch.drop_column("kind")
    with op.batch_alter_table("payment_lines") as batch:
        batch.create_index(
            "uq_payment_lines_once",
            ["beneficiary_id", "program_id", "period"],
            unique=True,
            postgresql_where=sa.text(HOLDING),
        )
        batch.create_index(
            "uq_payment_lines_exclusive",
            ["beneficiary_id", "exclusive_group", "period"],
            unique=True,
            postgresql_where=sa.text(EXCLUSIVE_BEFORE),
        )
