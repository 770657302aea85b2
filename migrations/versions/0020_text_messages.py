"""text messages: residents' consents, templates, the sending rule, and the message outbox

``message_consents`` (one per grant; revoked rows kept), ``message_templates`` (a wording per
purpose from its effective date), ``message_rules`` (quiet hours and per-resident limits from
their effective date) and ``sms_messages`` (what the worker sends, and the receipts). The rule in
force from 2016-01-01 and a template per purpose are loaded here: they are data the office changes
through the API, not code.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 18:00:00.000000
"""

from collections.abc import Sequence
from datetime import date, time

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PURPOSES = (
    "application_outcome",
    "request_outcome",
    "request_returned",
    "reverification_due",
    "screening_appointment",
    "follow_up_due",
    "complaint_reply",
)
SOURCES = ("paper_form", "in_person", "phone_call", "sms_reply", "app")
STATUSES = ("queued", "sent", "delivered", "undelivered", "failed", "cancelled")
SOURCE = "街道计生办短信服务规定（2016年1月1日起施行）"
TEMPLATES = {
    "application_outcome": (
        "${name}您好，您申请的${program}审核结果：${outcome}。${note}如有疑问请联系所在社区。",
        ["name", "program", "outcome", "note"],
    ),
    "request_outcome": (
        "${name}您好，您办理的${service}（受理编号${tracking_code}）已办结，结果：${outcome}。",
        ["name", "service", "tracking_code", "outcome"],
    ),
    "request_returned": (
        "${name}您好，您办理的${service}（受理编号${tracking_code}）需补正以下材料：${materials}。"
        "请备齐后送至${place}。",
        ["name", "service", "tracking_code", "materials", "place"],
    ),
    "reverification_due": (
        "${name}您好，您享受的${program}年审将于${deadline}截止，请及时到所在社区办理确认。",
        ["name", "program", "deadline"],
    ),
    "screening_appointment": (
        "${name}您好，您已预约${when}在${place}检查，请按时前往。",
        ["name", "when", "place"],
    ),
    "follow_up_due": (
        "${name}您好，社区计生专干将于${deadline}前与您联系随访，如有需要请联系所在社区。",
        ["name", "deadline"],
    ),
    "complaint_reply": (
        "您好，您反映的事项（查询码${tracking_code}）已答复：${reply}",
        ["tracking_code", "reply"],
    ),
}


def _enum(values: Sequence[str], name: str, length: int) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=length)


def _versioned() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "message_consents",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("resident_id", sa.BigInteger(), sa.ForeignKey("residents.id"), nullable=False),
        sa.Column("channel", _enum(("sms",), "channel", 16), nullable=False),
        sa.Column("granted_on", sa.Date(), nullable=False),
        sa.Column("source", _enum(SOURCES, "consentsource", 16), nullable=False),
        sa.Column("evidence", sa.String(200), nullable=True),
        sa.Column("recorded_by", sa.BigInteger(), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revoked_source", _enum(SOURCES, "consentsource", 16), nullable=True),
        sa.Column("revoked_by", sa.BigInteger(), sa.ForeignKey("users.id"), nullable=True),
        *_versioned(),
    )
    op.create_index("ix_message_consents_resident_id_id", "message_consents", ["resident_id", "id"])
    op.create_index(
        "uq_message_consents_resident_id_channel_active",
        "message_consents",
        ["resident_id", "channel"],
        unique=True,
        postgresql_where=sa.text("revoked_on IS NULL"),
    )
    templates = op.create_table(
        "message_templates",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("purpose", _enum(PURPOSES, "messagepurpose", 32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("variables", sa.JSON(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("aliyun_template_code", sa.String(64), nullable=True),
        sa.Column("tencent_template_id", sa.String(64), nullable=True),
        sa.Column("created_by", sa.BigInteger(), sa.ForeignKey("users.id"), nullable=True),
        *_versioned(),
        sa.UniqueConstraint("purpose", "effective_from"),
    )
    rules = op.create_table(
        "message_rules",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("effective_from", sa.Date(), nullable=False, unique=True),
        sa.Column("quiet_from", sa.Time(), nullable=False),
        sa.Column("quiet_until", sa.Time(), nullable=False),
        sa.Column("max_per_day", sa.Integer(), nullable=False),
        sa.Column("max_per_week", sa.Integer(), nullable=False),
        sa.Column("remind_days_before", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
    )
    op.create_table(
        "sms_messages",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("resident_id", sa.BigInteger(), sa.ForeignKey("residents.id"), nullable=False),
        sa.Column("purpose", _enum(PURPOSES, "messagepurpose", 32), nullable=False),
        sa.Column("template_id", sa.BigInteger(), sa.ForeignKey("message_templates.id"), nullable=False),
        sa.Column("variables", sa.JSON(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("dedupe_key", sa.String(120), nullable=True, unique=True),
        sa.Column("status", _enum(STATUSES, "messagestatus", 16), nullable=False),
        sa.Column("status_reason", sa.String(500), nullable=True),
        sa.Column("next_attempt_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(16), nullable=True),
        sa.Column("provider_message_id", sa.String(100), nullable=True),
        sa.Column("phone_masked", sa.String(20), nullable=True),
        sa.Column("sent_at", app.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("receipt_at", app.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("receipt_code", sa.String(64), nullable=True),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_sms_messages_resident_id_id", "sms_messages", ["resident_id", "id"])
    op.create_index(
        "ix_sms_messages_queued_next_attempt_at",
        "sms_messages",
        ["next_attempt_at"],
        postgresql_where=sa.text("status = 'queued'"),
    )
    op.create_index(
        "ix_sms_messages_sent_provider",
        "sms_messages",
        ["provider", "sent_at"],
        postgresql_where=sa.text("status = 'sent'"),
    )
    op.create_index("ix_sms_messages_resident_id_sent_at", "sms_messages", ["resident_id", "sent_at"])
    start = date(2016, 1, 1)
    op.bulk_insert(
        rules,
        [
            {
                "effective_from": start,
                "quiet_from": time(21, 0),
                "quiet_until": time(8, 0),
                "max_per_day": 3,
                "max_per_week": 10,
                "remind_days_before": 1,
                "source": SOURCE,
            }
        ],
    )
    now = sa.func.now()
    for purpose, (body, variables) in TEMPLATES.items():
        op.execute(
            templates.insert().values(
                purpose=purpose,
                body=body,
                variables=variables,
                effective_from=start,
                source=SOURCE,
                version=1,
                created_at=now,
                updated_at=now,
            )
        )


def downgrade() -> None:
    op.drop_table("sms_messages")
    op.drop_table("message_rules")
    op.drop_table("message_templates")
    op.drop_table("message_consents")
