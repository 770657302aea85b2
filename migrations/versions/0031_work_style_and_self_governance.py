"""work style (作风建设, 三项活动, 政风行风) and resident self-governance (村(居)民自治)

conduct_activity_kinds (the street's own list, zh/en names), conduct_activities,
conduct_participants (a worker or a user) and conduct_findings (problem, rectification, due and
done dates) (app/models/grassroots/conduct.py); feedback.about_staff and feedback.staff_upheld (a
complaint about a staff member's conduct, upheld or not on the reply); four computed indicators of
the catalogue on the conduct figures.

resident_meetings, community_rules (村规民约 / 居民公约 clauses on family planning) and
community_rule_volunteers (Association members who carry a clause)
(app/models/grassroots/self_governance.py).

Revision ID: 0031
Revises: 0032
Create Date: 2026-12-07 21:06:47.737253
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0031"
down_revision: str | None = "0032"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# code, zh, en, unit, direction, figure_code
CATALOGUE = [
    (
        "conduct_findings_rectified_on_time",
        "作风问题按时整改率",
        "Work-style findings rectified on time",
        "percent",
        "at_least",
        "grassroots.conduct_findings_rectified_on_time",
    ),
    (
        "staff_complaints_upheld",
        "干部作风投诉查实件数",
        "Complaints about staff upheld",
        "cases",
        "at_most",
        "grassroots.staff_complaints_upheld",
    ),
    (
        "feedback_answered_on_time",
        "群众意见按时答复率",
        "Feedback answered on time",
        "percent",
        "at_least",
        "grassroots.feedback_answered_on_time",
    ),
    (
        "feedback_satisfaction",
        "群众满意度",
        "Satisfaction with answered feedback (1–5)",
        "ratio",
        "at_least",
        "grassroots.feedback_satisfaction",
    ),
]


def _seed_indicators() -> None:
    indicators = sa.table(
        "indicators",
        *(sa.column(name, sa.String()) for name in ("code", "name_zh", "name_en", "unit", "direction")),
        *(sa.column(name, sa.String()) for name in ("source", "figure_code", "description")),
        sa.column("active", sa.Boolean()),
        sa.column("version", sa.Integer()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    at = datetime(2019, 1, 1, tzinfo=UTC)
    op.bulk_insert(
        indicators,
        [
            {
                "code": code,
                "name_zh": zh,
                "name_en": en,
                "unit": unit,
                "direction": direction,
                "source": "computed",
                "figure_code": figure,
                "description": "",
                "active": True,
                "version": 1,
                "created_at": at,
                "updated_at": at,
            }
            for code, zh, en, unit, direction, figure in CATALOGUE
        ],
    )


def upgrade() -> None:
    op.create_table(
        "conduct_activity_kinds",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_zh", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=150), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_conduct_activity_kinds_org_id_orgs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conduct_activity_kinds")),
    )
    op.create_index("ix_conduct_activity_kinds_active", "conduct_activity_kinds", ["active"], unique=False)
    op.create_index(
        "ix_conduct_activity_kinds_org_id_code", "conduct_activity_kinds", ["org_id", "code"], unique=True
    )
    op.create_index(
        "ix_conduct_activity_kinds_org_id_id", "conduct_activity_kinds", ["org_id", "id"], unique=False
    )
    op.create_table(
        "conduct_activities",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("kind_id", sa.BigInteger(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_conduct_activities_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["kind_id"],
            ["conduct_activity_kinds.id"],
            name=op.f("fk_conduct_activities_kind_id_conduct_activity_kinds"),
        ),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_conduct_activities_org_id_orgs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conduct_activities")),
    )
    op.create_index("ix_conduct_activities_held_on", "conduct_activities", ["held_on"], unique=False)
    op.create_index("ix_conduct_activities_kind_id", "conduct_activities", ["kind_id"], unique=False)
    op.create_index("ix_conduct_activities_org_id_id", "conduct_activities", ["org_id", "id"], unique=False)
    op.create_table(
        "resident_meetings",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("matters", sa.Text(), nullable=False),
        sa.Column("resolutions", sa.Text(), nullable=False),
        sa.Column("attendance", sa.Integer(), nullable=False),
        sa.Column("recorded_by", sa.BigInteger(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("attendance >= 0", name=op.f("ck_resident_meetings_attendance")),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_resident_meetings_org_id_orgs")),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_resident_meetings_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident_meetings")),
    )
    op.create_index("ix_resident_meetings_held_on", "resident_meetings", ["held_on"], unique=False)
    op.create_index("ix_resident_meetings_org_id_id", "resident_meetings", ["org_id", "id"], unique=False)
    op.create_table(
        "community_rules",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("meeting_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "book",
            sa.Enum("village_rules", "residents_convention", name="rulebook", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("clause_no", sa.String(length=16), nullable=False),
        sa.Column("text", sa.String(length=2000), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["resident_meetings.id"],
            name=op.f("fk_community_rules_meeting_id_resident_meetings"),
        ),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_community_rules_org_id_orgs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community_rules")),
    )
    op.create_index("ix_community_rules_book", "community_rules", ["book"], unique=False)
    op.create_index("ix_community_rules_meeting_id_id", "community_rules", ["meeting_id", "id"], unique=False)
    op.create_index(
        "ix_community_rules_org_id_book_clause_no",
        "community_rules",
        ["org_id", "book", "clause_no"],
        unique=True,
    )
    op.create_index("ix_community_rules_org_id_id", "community_rules", ["org_id", "id"], unique=False)
    op.create_table(
        "conduct_findings",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("activity_id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("problem", sa.String(length=1000), nullable=False),
        sa.Column("rectification", sa.String(length=1000), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("open", "rectified", name="findingstatus", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("rectified_on", sa.Date(), nullable=True),
        sa.Column("rectified_note", sa.String(length=1000), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(status = 'rectified') = (rectified_on IS NOT NULL)", name=op.f("ck_conduct_findings_rectified")
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["conduct_activities.id"],
            name=op.f("fk_conduct_findings_activity_id_conduct_activities"),
        ),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_conduct_findings_org_id_orgs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conduct_findings")),
    )
    op.create_index(
        "ix_conduct_findings_activity_id_id", "conduct_findings", ["activity_id", "id"], unique=False
    )
    op.create_index("ix_conduct_findings_org_id_id", "conduct_findings", ["org_id", "id"], unique=False)
    op.create_index(
        "ix_conduct_findings_status_due_on", "conduct_findings", ["status", "due_on"], unique=False
    )
    op.create_table(
        "conduct_participants",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("activity_id", sa.BigInteger(), nullable=False),
        sa.Column("worker_id", sa.BigInteger(), nullable=True),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.CheckConstraint(
            "(worker_id IS NULL) <> (user_id IS NULL)", name=op.f("ck_conduct_participants_one_person")
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["conduct_activities.id"],
            name=op.f("fk_conduct_participants_activity_id_conduct_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_conduct_participants_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["workers.id"], name=op.f("fk_conduct_participants_worker_id_workers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conduct_participants")),
    )
    op.create_index(
        "ix_conduct_participants_activity_id_user_id",
        "conduct_participants",
        ["activity_id", "user_id"],
        unique=True,
    )
    op.create_index(
        "ix_conduct_participants_activity_id_worker_id",
        "conduct_participants",
        ["activity_id", "worker_id"],
        unique=True,
    )
    op.create_index("ix_conduct_participants_user_id", "conduct_participants", ["user_id"], unique=False)
    op.create_index("ix_conduct_participants_worker_id", "conduct_participants", ["worker_id"], unique=False)
    op.create_table(
        "community_rule_volunteers",
        sa.Column("rule_id", sa.BigInteger(), nullable=False),
        sa.Column("member_id", sa.BigInteger(), nullable=False),
        sa.Column("duty", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["association_members.id"],
            name=op.f("fk_community_rule_volunteers_member_id_association_members"),
        ),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["community_rules.id"],
            name=op.f("fk_community_rule_volunteers_rule_id_community_rules"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("rule_id", "member_id", name=op.f("pk_community_rule_volunteers")),
    )
    op.create_index(
        "ix_community_rule_volunteers_member_id", "community_rule_volunteers", ["member_id"], unique=False
    )
    op.add_column("feedback", sa.Column("about_staff", sa.Boolean(), server_default="false", nullable=False))
    op.add_column("feedback", sa.Column("staff_upheld", sa.Boolean(), nullable=True))
    op.create_check_constraint(
        op.f("ck_feedback_staff_upheld"), "feedback", "about_staff OR staff_upheld IS NULL"
    )
    _seed_indicators()


def downgrade() -> None:
    # An indicator a book already uses stays (its figure then reads "not computable").
    indicators = sa.table("indicators", sa.column("id", sa.BigInteger()), sa.column("code", sa.String()))
    used = sa.table("book_indicators", sa.column("indicator_id", sa.BigInteger()))
    op.execute(
        sa.delete(indicators).where(
            indicators.c.code.in_([row[0] for row in CATALOGUE]),
            indicators.c.id.not_in(sa.select(used.c.indicator_id)),
        )
    )
    op.drop_constraint(op.f("ck_feedback_staff_upheld"), "feedback", type_="check")
    op.drop_column("feedback", "staff_upheld")
    op.drop_column("feedback", "about_staff")
    op.drop_index("ix_community_rule_volunteers_member_id", table_name="community_rule_volunteers")
    op.drop_table("community_rule_volunteers")
    op.drop_index("ix_conduct_participants_worker_id", table_name="conduct_participants")
    op.drop_index("ix_conduct_participants_user_id", table_name="conduct_participants")
    op.drop_index("ix_conduct_participants_activity_id_worker_id", table_name="conduct_participants")
    op.drop_index("ix_conduct_participants_activity_id_user_id", table_name="conduct_participants")
    op.drop_table("conduct_participants")
    op.drop_index("ix_conduct_findings_status_due_on", table_name="conduct_findings")
    op.drop_index("ix_conduct_findings_org_id_id", table_name="conduct_findings")
    op.drop_index("ix_conduct_findings_activity_id_id", table_name="conduct_findings")
    op.drop_table("conduct_findings")
    op.drop_index("ix_community_rules_org_id_id", table_name="community_rules")
    op.drop_index("ix_community_rules_org_id_book_clause_no", table_name="community_rules")
    op.drop_index("ix_community_rules_meeting_id_id", table_name="community_rules")
    op.drop_index("ix_community_rules_book", table_name="community_rules")
    op.drop_table("community_rules")
    op.drop_index("ix_resident_meetings_org_id_id", table_name="resident_meetings")
    op.drop_index("ix_resident_meetings_held_on", table_name="resident_meetings")
    op.drop_table("resident_meetings")
    op.drop_index("ix_conduct_activities_org_id_id", table_name="conduct_activities")
    op.drop_index("ix_conduct_activities_kind_id", table_name="conduct_activities")
    op.drop_index("ix_conduct_activities_held_on", table_name="conduct_activities")
    op.drop_table("conduct_activities")
    op.drop_index("ix_conduct_activity_kinds_org_id_id", table_name="conduct_activity_kinds")
    op.drop_index("ix_conduct_activity_kinds_org_id_code", table_name="conduct_activity_kinds")
    op.drop_index("ix_conduct_activity_kinds_active", table_name="conduct_activity_kinds")
    op.drop_table("conduct_activity_kinds")
