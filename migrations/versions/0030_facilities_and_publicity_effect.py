"""facilities in place and the publicity environment; the effectiveness of publicity (issue 29, 1 and 4)

facilities (service stations and rooms, publicity sites, boards, cultural walls, and distribution
points linked to distribution_points), facility_inspections (the latest sets the condition),
facility_refreshes (boards' and walls' content, with the schedule on the facility); campaign_reach
(people reached per org and channel) and knowledge_surveys (before and after a campaign)
(app/models/grassroots/facility.py, publicity_effect.py).

Revision ID: 0030
Revises: 0031
Create Date: 2026-12-07 21:06:36.055503
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0030"
down_revision: str | None = "0031"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "campaign_reach",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("campaign_id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "on_site",
                "door_to_door",
                "wechat",
                "sms",
                "publicity_board",
                "broadcast",
                "other",
                name="reachchannel",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("people_reached", sa.Integer(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.String(length=500), nullable=True),
        sa.Column("recorded_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("people_reached >= 0", name=op.f("ck_campaign_reach_people_reached")),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_reach_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_campaign_reach_org_id_orgs")),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_campaign_reach_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_reach")),
    )
    op.create_index(
        "ix_campaign_reach_campaign_id_org_id", "campaign_reach", ["campaign_id", "org_id"], unique=False
    )
    op.create_index("ix_campaign_reach_org_id_id", "campaign_reach", ["org_id", "id"], unique=False)
    op.create_table(
        "facilities",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "service_station",
                "service_room",
                "publicity_site",
                "publicity_board",
                "cultural_wall",
                "distribution_point",
                name="facilitykind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("distribution_point_id", sa.BigInteger(), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column(
            "condition",
            sa.Enum(
                "good", "needs_repair", "out_of_use", name="facilitycondition", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("last_inspected_on", sa.Date(), nullable=True),
        sa.Column("refresh_every_days", sa.Integer(), nullable=True),
        sa.Column("last_refreshed_on", sa.Date(), nullable=True),
        sa.Column("refresh_due_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(kind = 'distribution_point') = (distribution_point_id IS NOT NULL)",
            name=op.f("ck_facilities_distribution_point"),
        ),
        sa.CheckConstraint(
            "(kind IN ('publicity_board', 'cultural_wall')) = (refresh_every_days IS NOT NULL)"
            " AND (refresh_every_days IS NULL OR refresh_every_days BETWEEN 1 AND 3650)",
            name=op.f("ck_facilities_refresh_schedule"),
        ),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_facilities_created_by_users")),
        sa.ForeignKeyConstraint(
            ["distribution_point_id"],
            ["distribution_points.id"],
            name=op.f("fk_facilities_distribution_point_id_distribution_points"),
        ),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_facilities_org_id_orgs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facilities")),
        sa.UniqueConstraint("distribution_point_id", name=op.f("uq_facilities_distribution_point_id")),
    )
    op.create_index("ix_facilities_condition_id", "facilities", ["condition", "id"], unique=False)
    op.create_index("ix_facilities_kind_id", "facilities", ["kind", "id"], unique=False)
    op.create_index("ix_facilities_org_id_id", "facilities", ["org_id", "id"], unique=False)
    op.create_index("ix_facilities_refresh_due_on", "facilities", ["refresh_due_on"], unique=False)
    op.create_table(
        "knowledge_surveys",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("campaign_id", sa.BigInteger(), nullable=False),
        sa.Column("activity_id", sa.BigInteger(), nullable=True),
        sa.Column(
            "stage", sa.Enum("pre", "post", name="surveystage", native_enum=False, length=8), nullable=False
        ),
        sa.Column("conducted_on", sa.Date(), nullable=False),
        sa.Column("questions", sa.Integer(), nullable=False),
        sa.Column("respondents", sa.Integer(), nullable=False),
        sa.Column("correct_answers", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "questions >= 1 AND respondents >= 1 AND correct_answers >= 0"
            " AND correct_answers <= questions * respondents",
            name=op.f("ck_knowledge_surveys_counts"),
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_knowledge_surveys_activity_id_activities")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_knowledge_surveys_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_knowledge_surveys_org_id_orgs")),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_knowledge_surveys_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_surveys")),
    )
    op.create_index("ix_knowledge_surveys_activity_id", "knowledge_surveys", ["activity_id"], unique=False)
    op.create_index(
        "ix_knowledge_surveys_campaign_id_stage", "knowledge_surveys", ["campaign_id", "stage"], unique=False
    )
    op.create_index("ix_knowledge_surveys_org_id_id", "knowledge_surveys", ["org_id", "id"], unique=False)
    op.create_index(
        "ix_knowledge_surveys_stage_conducted_on",
        "knowledge_surveys",
        ["stage", "conducted_on"],
        unique=False,
    )
    op.create_table(
        "facility_inspections",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("facility_id", sa.BigInteger(), nullable=False),
        sa.Column("inspected_on", sa.Date(), nullable=False),
        sa.Column("inspector", sa.String(length=100), nullable=False),
        sa.Column(
            "condition",
            sa.Enum(
                "good", "needs_repair", "out_of_use", name="facilitycondition", native_enum=False, length=16
            ),
            nullable=False,
        ),
        sa.Column("findings", sa.Text(), nullable=True),
        sa.Column("photo_links", sa.JSON(), nullable=False),
        sa.Column("recorded_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"],
            ["facilities.id"],
            name=op.f("fk_facility_inspections_facility_id_facilities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_facility_inspections_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facility_inspections")),
    )
    op.create_index(
        "ix_facility_inspections_facility_id_inspected_on",
        "facility_inspections",
        ["facility_id", "inspected_on"],
        unique=False,
    )
    op.create_table(
        "facility_refreshes",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("facility_id", sa.BigInteger(), nullable=False),
        sa.Column("refreshed_on", sa.Date(), nullable=False),
        sa.Column("theme", sa.String(length=200), nullable=False),
        sa.Column("photo_links", sa.JSON(), nullable=False),
        sa.Column("recorded_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"],
            ["facilities.id"],
            name=op.f("fk_facility_refreshes_facility_id_facilities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_facility_refreshes_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facility_refreshes")),
    )
    op.create_index(
        "ix_facility_refreshes_facility_id_refreshed_on",
        "facility_refreshes",
        ["facility_id", "refreshed_on"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_facility_refreshes_facility_id_refreshed_on", table_name="facility_refreshes")
    op.drop_table("facility_refreshes")
    op.drop_index("ix_facility_inspections_facility_id_inspected_on", table_name="facility_inspections")
    op.drop_table("facility_inspections")
    op.drop_index("ix_knowledge_surveys_stage_conducted_on", table_name="knowledge_surveys")
    op.drop_index("ix_knowledge_surveys_org_id_id", table_name="knowledge_surveys")
    op.drop_index("ix_knowledge_surveys_campaign_id_stage", table_name="knowledge_surveys")
    op.drop_index("ix_knowledge_surveys_activity_id", table_name="knowledge_surveys")
    op.drop_table("knowledge_surveys")
    op.drop_index("ix_facilities_refresh_due_on", table_name="facilities")
    op.drop_index("ix_facilities_org_id_id", table_name="facilities")
    op.drop_index("ix_facilities_kind_id", table_name="facilities")
    op.drop_index("ix_facilities_condition_id", table_name="facilities")
    op.drop_table("facilities")
    op.drop_index("ix_campaign_reach_org_id_id", table_name="campaign_reach")
    op.drop_index("ix_campaign_reach_campaign_id_org_id", table_name="campaign_reach")
    op.drop_table("campaign_reach")
