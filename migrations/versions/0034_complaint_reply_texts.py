"""replies to complaints by text: a complainant's mobile and consent on the feedback

A complainant (no resident behind the feedback) may give a mobile and agree to be texted the reply.
Their consent is a ``message_consents`` row of the feedback carrying the mobile (``phone_enc``
encrypted, erased on revocation; ``phone_masked``), the feedback shows it masked
(``feedback.sms_phone_masked``), and each message is an ``sms_messages`` row of the feedback: a
consent or message belongs to a resident or to a feedback, never both (``one_recipient``).

A reason naming a benefit program (``{"program": "<code>"}``) now also keeps the program's name
(``program_name``), which a zh-CN sentence shows instead of the code; the rows written before get it
here from ``benefit_programs``.

Revision ID: 0034
Revises: 0030
Create Date: 2026-12-07 21:15:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0034"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ONE_RECIPIENT = "(resident_id IS NULL) <> (feedback_id IS NULL)"
# (table, column) of the reasons' parameters (JSON)
REASON_PARAMS = (
    ("benefit_applications", "decision_reason_params"),
    ("benefit_enrolments", "status_reason_params"),
    ("benefit_enrolments", "review_reason_params"),
    ("reverification_checks", "reason_params"),
    ("benefit_recoveries", "reason_params"),
    ("payment_lines", "reason_params"),
)


def _name_programs() -> None:
    for table, column in REASON_PARAMS:
        op.execute(
            sa.text(
                f"UPDATE {table} SET {column} = "  # noqa: S608 - names from the list above
                f"({column}::jsonb || jsonb_build_object('program_name', p.name))::json "
                f"FROM benefit_programs p WHERE {column}::jsonb ->> 'program' = p.code "
                f"AND {column}::jsonb ->> 'program_name' IS NULL"
            )
        )


def upgrade() -> None:
    op.add_column("feedback", sa.Column("sms_phone_masked", sa.String(20), nullable=True))
    op.add_column("message_consents", sa.Column("phone_enc", sa.String(128), nullable=True))
    op.add_column("message_consents", sa.Column("phone_masked", sa.String(20), nullable=True))
    for table in ("message_consents", "sms_messages"):
        op.alter_column(table, "resident_id", existing_type=sa.BigInteger(), nullable=True)
        op.add_column(
            table,
            sa.Column(
                "feedback_id",
                sa.BigInteger(),
                sa.ForeignKey("feedback.id", name=f"fk_{table}_feedback_id_feedback"),
                nullable=True,
            ),
        )
        op.create_check_constraint("one_recipient", table, ONE_RECIPIENT)
    op.create_index(
        "uq_message_consents_feedback_id_channel_active",
        "message_consents",
        ["feedback_id", "channel"],
        unique=True,
        postgresql_where=sa.text("revoked_on IS NULL"),
    )
    op.create_index("ix_sms_messages_feedback_id_sent_at", "sms_messages", ["feedback_id", "sent_at"])
    _name_programs()


def downgrade() -> None:
    for table, column in REASON_PARAMS:
        op.execute(
            sa.text(
                f"UPDATE {table} SET {column} = ({column}::jsonb - 'program_name')::json "  # noqa: S608
                f"WHERE {column}::jsonb ->> 'program_name' IS NOT NULL"
            )
        )
    op.drop_index("ix_sms_messages_feedback_id_sent_at", table_name="sms_messages")
    op.drop_index("uq_message_consents_feedback_id_channel_active", table_name="message_consents")
    for table in ("sms_messages", "message_consents"):
        op.execute(sa.text(f"DELETE FROM {table} WHERE feedback_id IS NOT NULL"))  # noqa: S608
        op.drop_constraint("one_recipient", table, type_="check")
        op.drop_column(table, "feedback_id")
        op.alter_column(table, "resident_id", existing_type=sa.BigInteger(), nullable=False)
    op.drop_column("message_consents", "phone_masked")
    op.drop_column("message_consents", "phone_enc")
    op.drop_column("feedback", "sms_phone_masked")
