"""in-year accountability; care cases for a person or a worker; care projects

accountability_cases: an indicator of a signed book behind plan at a quarter's end (frozen value and
target), held against a department, a unit (community or social unit) or a person, with the measure,
its status and outcome; accountability_follow_ups: what was done, by whom and when
(app/models/leadership/accountability.py).

care_cases: family_id becomes optional, with resident_id (a person of childbearing age) and
cared_worker_id (a family planning worker) beside it, exactly one of the three set. Downgrading
deletes the cases of a person or a worker, with their visits and assistance.

care_projects (aim, budget, beneficiaries, status, results) and care_project_activities; a care
case names the project it benefits from (care_cases.project_id)
(app/models/grassroots/care_project.py).

Revision ID: 0025
Revises: 0023
Create Date: 2026-12-07 17:29:27.898877
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0025"
down_revision: str | None = "0023"
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

    # Care cases for a person or a worker as well as a family (issue 29, point 7).
    op.add_column("care_cases", sa.Column("resident_id", sa.BigInteger(), nullable=True))
    op.add_column("care_cases", sa.Column("cared_worker_id", sa.BigInteger(), nullable=True))
    op.alter_column("care_cases", "family_id", existing_type=sa.BIGINT(), nullable=True)
    op.create_index("ix_care_cases_cared_worker_id", "care_cases", ["cared_worker_id"], unique=False)
    op.create_index("ix_care_cases_resident_id", "care_cases", ["resident_id"], unique=False)
    op.create_foreign_key(
        op.f("fk_care_cases_resident_id_residents"), "care_cases", "residents", ["resident_id"], ["id"]
    )
    op.create_foreign_key(
        op.f("fk_care_cases_cared_worker_id_workers"), "care_cases", "workers", ["cared_worker_id"], ["id"]
    )
    op.create_check_constraint(
        op.f("ck_care_cases_subject"),
        "care_cases",
        "num_nonnulls(family_id, resident_id, cared_worker_id) = 1",
    )
    # Care projects (生育关怀项目) with their activities; a care case may benefit from one.
    op.create_table(
        "care_projects",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("aim", sa.Text(), nullable=False),
        sa.Column("beneficiaries", sa.String(length=500), nullable=False),
        sa.Column("beneficiary_target", sa.Integer(), nullable=False),
        sa.Column("budget_fen", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("under_way", "completed", name="careprojectstatus", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("results", sa.Text(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "budget_fen >= 0 AND beneficiary_target >= 0", name=op.f("ck_care_projects_amounts")
        ),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name=op.f("ck_care_projects_year")),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_care_projects_created_by_users")),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_care_projects_org_id_orgs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_projects")),
    )
    op.create_index("ix_care_projects_org_id_id", "care_projects", ["org_id", "id"], unique=False)
    op.create_index("ix_care_projects_year", "care_projects", ["year"], unique=False)
    op.create_table(
        "care_project_activities",
        sa.Column("project_id", sa.BigInteger(), nullable=False),
        sa.Column("activity_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_care_project_activities_activity_id_activities")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["care_projects.id"],
            name=op.f("fk_care_project_activities_project_id_care_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "activity_id", name=op.f("pk_care_project_activities")),
    )
    op.create_index(
        "ix_care_project_activities_activity_id", "care_project_activities", ["activity_id"], unique=False
    )
    op.add_column("care_cases", sa.Column("project_id", sa.BigInteger(), nullable=True))
    op.create_index("ix_care_cases_project_id", "care_cases", ["project_id"], unique=False)
    op.create_foreign_key(
        op.f("fk_care_cases_project_id_care_projects"), "care_cases", "care_projects", ["project_id"], ["id"]
    )


def downgrade() -> None:
    op.drop_constraint(op.f("fk_care_cases_project_id_care_projects"), "care_cases", type_="foreignkey")
    op.drop_index("ix_care_cases_project_id", table_name="care_cases")
    op.drop_column("care_cases", "project_id")
    op.drop_index("ix_care_project_activities_activity_id", table_name="care_project_activities")
    op.drop_table("care_project_activities")
    op.drop_index("ix_care_projects_year", table_name="care_projects")
    op.drop_index("ix_care_projects_org_id_id", table_name="care_projects")
    op.drop_table("care_projects")
    # Cases of a person or a worker have no place in the old table: they go, with their visits
    # and assistance.
    op.execute("DELETE FROM care_visits WHERE case_id IN (SELECT id FROM care_cases WHERE family_id IS NULL)")
    op.execute(
        "DELETE FROM care_assistance WHERE case_id IN (SELECT id FROM care_cases WHERE family_id IS NULL)"
    )
    op.execute("DELETE FROM care_cases WHERE family_id IS NULL")
    op.drop_constraint(op.f("ck_care_cases_subject"), "care_cases", type_="check")
    op.drop_constraint(op.f("fk_care_cases_cared_worker_id_workers"), "care_cases", type_="foreignkey")
    op.drop_constraint(op.f("fk_care_cases_resident_id_residents"), "care_cases", type_="foreignkey")
    op.drop_index("ix_care_cases_resident_id", table_name="care_cases")
    op.drop_index("ix_care_cases_cared_worker_id", table_name="care_cases")
    op.alter_column("care_cases", "family_id", existing_type=sa.BIGINT(), nullable=False)
    op.drop_column("care_cases", "cared_worker_id")
    op.drop_column("care_cases", "resident_id")
    op.drop_index("ix_accountability_follow_ups_case_id", table_name="accountability_follow_ups")
    op.drop_table("accountability_follow_ups")
    op.drop_index("ix_accountability_cases_year_quarter", table_name="accountability_cases")
    op.drop_index("ix_accountability_cases_status_id", table_name="accountability_cases")
    op.drop_index("ix_accountability_cases_org_id_id", table_name="accountability_cases")
    op.drop_index("ix_accountability_cases_book_id", table_name="accountability_cases")
    op.drop_table("accountability_cases")
