"""in-year accountability: cases opened from quarter-end progress, and their follow-ups

accountability_cases: an indicator of a signed book behind plan at a quarter's end (frozen value and
target), held against a department, a unit (community or social unit) or a person, with the measure,
its status and outcome; accountability_follow_ups: what was done, by whom and when
(app/models/leadership/accountability.py).

Revision ID: 0025
Revises: 0019
Create Date: 2026-12-07 17:29:27.898877
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0025"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "accountability_cases",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("book_id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("book_indicator_id", sa.BigInteger(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("quarter_end", sa.Date(), nullable=False),
        sa.Column("indicator_code", sa.String(length=64), nullable=False),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("actual", sa.Float(), nullable=False),
        sa.Column("veto", sa.Boolean(), nullable=False),
        sa.Column(
            "subject",
            sa.Enum(
                "department", "unit", "person", name="accountabilitysubject", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("subject_org_id", sa.BigInteger(), nullable=True),
        sa.Column("department", sa.String(length=100), nullable=True),
        sa.Column("person_name", sa.String(length=100), nullable=True),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column(
            "measure",
            sa.Enum(
                "reminder_talk",
                "criticism",
                "award_disqualification",
                name="accountabilitykind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("opened_by", sa.BigInteger(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("open", "closed", name="accountabilitycasestatus", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(subject = 'department' AND department IS NOT NULL)"
            " OR (subject = 'unit' AND subject_org_id IS NOT NULL)"
            " OR (subject = 'person' AND person_name IS NOT NULL)",
            name=op.f("ck_accountability_cases_subject"),
        ),
        sa.CheckConstraint("quarter BETWEEN 1 AND 4", name=op.f("ck_accountability_cases_quarter")),
        sa.ForeignKeyConstraint(
            ["book_id"],
            ["responsibility_books.id"],
            name=op.f("fk_accountability_cases_book_id_responsibility_books"),
        ),
        sa.ForeignKeyConstraint(
            ["book_indicator_id"],
            ["book_indicators.id"],
            name=op.f("fk_accountability_cases_book_indicator_id_book_indicators"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["opened_by"], ["users.id"], name=op.f("fk_accountability_cases_opened_by_users")
        ),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_accountability_cases_org_id_orgs")),
        sa.ForeignKeyConstraint(
            ["subject_org_id"], ["orgs.id"], name=op.f("fk_accountability_cases_subject_org_id_orgs")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_accountability_cases_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accountability_cases")),
    )
    op.create_index("ix_accountability_cases_book_id", "accountability_cases", ["book_id"], unique=False)
    op.create_index(
        "ix_accountability_cases_org_id_id", "accountability_cases", ["org_id", "id"], unique=False
    )
    op.create_index(
        "ix_accountability_cases_status_id", "accountability_cases", ["status", "id"], unique=False
    )
    op.create_index(
        "ix_accountability_cases_year_quarter", "accountability_cases", ["year", "quarter"], unique=False
    )
    op.create_table(
        "accountability_follow_ups",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("case_id", sa.BigInteger(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("closes", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.BigInteger(), nullable=True),
        sa.Column("recorded_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["accountability_cases.id"],
            name=op.f("fk_accountability_follow_ups_case_id_accountability_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_accountability_follow_ups_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accountability_follow_ups")),
    )
    op.create_index(
        "ix_accountability_follow_ups_case_id", "accountability_follow_ups", ["case_id", "id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_accountability_follow_ups_case_id", table_name="accountability_follow_ups")
    op.drop_table("accountability_follow_ups")
    op.drop_index("ix_accountability_cases_year_quarter", table_name="accountability_cases")
    op.drop_index("ix_accountability_cases_status_id", table_name="accountability_cases")
    op.drop_index("ix_accountability_cases_org_id_id", table_name="accountability_cases")
    op.drop_index("ix_accountability_cases_book_id", table_name="accountability_cases")
    op.drop_table("accountability_cases")
