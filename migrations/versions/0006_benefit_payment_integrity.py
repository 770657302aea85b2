"""benefit payment integrity: one payment per beneficiary, program and period; standards; bank

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 07:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT = sa.BigInteger()
HOLDING = "status IN ('included','paid')"


def upgrade() -> None:
    with op.batch_alter_table("families") as batch:
        batch.add_column(sa.Column("honour_certificate_void_on", sa.Date(), nullable=True))
    with op.batch_alter_table("benefit_programs") as batch:
        batch.add_column(sa.Column("national_floor_fen", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("criteria", sa.JSON(), nullable=False, server_default="{}"))
    with op.batch_alter_table("benefit_programs") as batch:
        batch.alter_column("criteria", server_default=None)
    # The street's project is paid in addition to the state's programs; national floors (2019).
    op.execute("UPDATE benefit_programs SET exclusive_group = NULL WHERE code = 'street_special_assistance'")
    op.execute("UPDATE benefit_programs SET national_floor_fen = 45000 WHERE code = 'special_support_death'")
    op.execute(
        "UPDATE benefit_programs SET national_floor_fen = 35000 WHERE code = 'special_support_disability'"
    )
    op.create_table(
        "benefit_program_standards",
        sa.Column("id", BIGINT, nullable=False),
        sa.Column("program_id", BIGINT, nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("basis_document", sa.String(length=200), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["benefit_programs.id"],
            name=op.f("fk_benefit_program_standards_program_id_benefit_programs"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benefit_program_standards")),
        sa.UniqueConstraint("program_id", "effective_from", name="uq_benefit_program_standards_program_from"),
    )
    # The amount each program had becomes its first standard.
    op.execute(
        "INSERT INTO benefit_program_standards (program_id, effective_from, amount_fen, basis_document,"
        " created_by, created_at) SELECT id, '2000-01-01', amount_fen, '', 'migration', CURRENT_TIMESTAMP"
        " FROM benefit_programs"
    )
    op.create_table(
        "benefit_bank_accounts",
        sa.Column("id", BIGINT, nullable=False),
        sa.Column("resident_id", BIGINT, nullable=False),
        sa.Column("bank_name", sa.String(length=100), nullable=False),
        sa.Column("account_enc", sa.String(length=512), nullable=False),
        sa.Column("account_masked", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_benefit_bank_accounts_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benefit_bank_accounts")),
        sa.UniqueConstraint("resident_id", name=op.f("uq_benefit_bank_accounts_resident_id")),
    )
    with op.batch_alter_table("benefit_enrolments") as batch:
        batch.add_column(sa.Column("stopped_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("arrears_from", sa.Date(), nullable=True))
        batch.add_column(sa.Column("unpaid_ranges", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(
            sa.Column(
                "source",
                sa.Enum("application", "imported", name="enrolmentsource", native_enum=False, length=16),
                nullable=False,
                server_default="application",
            )
        )
        batch.add_column(sa.Column("due_from", sa.Date(), nullable=True))
        batch.add_column(sa.Column("approval_document_no", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("approved_on", sa.Date(), nullable=True))
    with op.batch_alter_table("benefit_enrolments") as batch:
        batch.alter_column("source", server_default=None)
        batch.alter_column("unpaid_ranges", server_default=None)
    with op.batch_alter_table("public_notice_objections") as batch:
        batch.add_column(sa.Column("tracking_code", sa.String(length=32), nullable=True))
        batch.create_unique_constraint(op.f("uq_public_notice_objections_tracking_code"), ["tracking_code"])
    with op.batch_alter_table("payment_lines") as batch:
        batch.add_column(sa.Column("program_id", BIGINT, nullable=True))
        batch.add_column(
            sa.Column(
                "status",
                sa.Enum(
                    "included", "paid", "returned", "dropped", name="linestatus", native_enum=False, length=16
                ),
                nullable=False,
                server_default="included",
            )
        )
        batch.add_column(sa.Column("reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("answered_at", app.db.UTCDateTime(), nullable=True))
    op.execute(
        "UPDATE payment_lines SET program_id = (SELECT b.program_id FROM payment_batches b"
        " WHERE b.id = payment_lines.batch_id)"
    )
    op.execute(
        "UPDATE payment_lines SET status = 'paid' WHERE batch_id IN"
        " (SELECT id FROM payment_batches WHERE status = 'paid')"
    )
    with op.batch_alter_table("payment_lines") as batch:
        batch.alter_column("program_id", existing_type=BIGINT, nullable=False)
        batch.alter_column("status", server_default=None)
        batch.drop_constraint("uq_payment_lines_enrolment_id_period", type_="unique")
        batch.create_foreign_key(
            op.f("fk_payment_lines_program_id_benefit_programs"), "benefit_programs", ["program_id"], ["id"]
        )
        batch.create_index("ix_payment_lines_enrolment_id", ["enrolment_id"], unique=False)
        batch.create_index(
            "uq_payment_lines_once",
            ["beneficiary_id", "program_id", "period"],
            unique=True,
            postgresql_where=sa.text(HOLDING),
        )


def downgrade() -> None:
    with op.batch_alter_table("payment_lines") as batch:
        batch.drop_index("uq_payment_lines_once", postgresql_where=sa.text(HOLDING))
        batch.drop_index("ix_payment_lines_enrolment_id")
        batch.drop_constraint(op.f("fk_payment_lines_program_id_benefit_programs"), type_="foreignkey")
    op.execute("DELETE FROM payment_lines WHERE status IN ('returned','dropped')")
    with op.batch_alter_table("payment_lines") as batch:
        batch.drop_column("answered_at")
        batch.drop_column("reason")
        batch.drop_column("status")
        batch.drop_column("program_id")
        batch.create_unique_constraint("uq_payment_lines_enrolment_id_period", ["enrolment_id", "period"])
    with op.batch_alter_table("public_notice_objections") as batch:
        batch.drop_constraint(op.f("uq_public_notice_objections_tracking_code"), type_="unique")
        batch.drop_column("tracking_code")
    with op.batch_alter_table("benefit_enrolments") as batch:
        batch.drop_column("approved_on")
        batch.drop_column("approval_document_no")
        batch.drop_column("due_from")
        batch.drop_column("source")
        batch.drop_column("unpaid_ranges")
        batch.drop_column("arrears_from")
        batch.drop_column("stopped_on")
    op.drop_table("benefit_bank_accounts")
    op.drop_table("benefit_program_standards")
    with op.batch_alter_table("benefit_programs") as batch:
        batch.drop_column("criteria")
        batch.drop_column("national_floor_fen")
    with op.batch_alter_table("families") as batch:
        batch.drop_column("honour_certificate_void_on")
