"""period reports (统计报表): the district's report forms, each street's report per period, its versions

``report_forms``: a district's form (monthly, quarterly, annual), the figures it holds and the
working days after a period's end to submit it, with the document that sets it. ``period_reports``:
one street's report for one form and period, its state and which version is current and which the
district accepted last. ``period_report_versions``: every version of a report, never overwritten
(prepared, revised, amended), with its signatures, submission and the district's decision.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 17:14:12.810822
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "report_forms",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("district_id", sa.BigInteger(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name_zh", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=150), nullable=False),
        sa.Column(
            "period_kind",
            sa.Enum("monthly", "quarterly", "annual", name="reportperiodkind", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("deadline_working_days", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "deadline_working_days BETWEEN 1 AND 60", name=op.f("ck_report_forms_deadline_working_days")
        ),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_report_forms_created_by_users")),
        sa.ForeignKeyConstraint(["district_id"], ["orgs.id"], name=op.f("fk_report_forms_district_id_orgs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_forms")),
        sa.UniqueConstraint("district_id", "code", name=op.f("uq_report_forms_district_id_code")),
    )
    op.create_table(
        "period_reports",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("form_id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("district_id", sa.BigInteger(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "prepared",
                "submitted",
                "returned",
                "accepted",
                name="periodreportstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("accepted_version", sa.Integer(), nullable=True),
        sa.Column("first_submitted_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_period_reports_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["district_id"], ["orgs.id"], name=op.f("fk_period_reports_district_id_orgs")
        ),
        sa.ForeignKeyConstraint(
            ["form_id"], ["report_forms.id"], name=op.f("fk_period_reports_form_id_report_forms")
        ),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_period_reports_org_id_orgs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_reports")),
        sa.UniqueConstraint(
            "form_id", "org_id", "period_start", name=op.f("uq_period_reports_form_id_org_id_period_start")
        ),
    )
    op.create_index(
        "ix_period_reports_form_id_period_start",
        "period_reports",
        ["form_id", "period_start", "org_id"],
        unique=False,
    )
    op.create_index("ix_period_reports_org_id_id", "period_reports", ["org_id", "id"], unique=False)
    op.create_index("ix_period_reports_status_id", "period_reports", ["status", "id"], unique=False)
    op.create_table(
        "period_report_versions",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("report_id", sa.BigInteger(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "prepared", "revision", "amendment", name="reportversionkind", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("prepared_by", sa.BigInteger(), nullable=True),
        sa.Column("prepared_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("signatories", sa.JSON(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.BigInteger(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["users.id"], name=op.f("fk_period_report_versions_decided_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["prepared_by"], ["users.id"], name=op.f("fk_period_report_versions_prepared_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["period_reports.id"],
            name=op.f("fk_period_report_versions_report_id_period_reports"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_report_versions")),
        sa.UniqueConstraint("report_id", "number", name=op.f("uq_period_report_versions_report_id_number")),
    )


def downgrade() -> None:
    op.drop_table("period_report_versions")
    op.drop_index("ix_period_reports_status_id", table_name="period_reports")
    op.drop_index("ix_period_reports_org_id_id", table_name="period_reports")
    op.drop_index("ix_period_reports_form_id_period_start", table_name="period_reports")
    op.drop_table("period_reports")
    op.drop_table("report_forms")
