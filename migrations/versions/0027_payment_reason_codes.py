"""payment reason codes: why a payment line was dropped, and the reason of a recovery, become codes
with parameters

Beside ``payment_lines.reason`` and ``benefit_recoveries.reason`` a ``reason_code`` and a
``reason_params`` (app/reasons.py: rendered in the reader's language; the text column keeps its
English for the audit trail, or the bank's own words for a returned line). The rows written before
are given their code where the text is one the system wrote (due.not_due_reason, the exclusive
group, the life events of migration 0023); the inner reason of "enrolment suspended: …" and
"flagged for review: …" becomes a nested code where the system wrote it, else stays as typed.

Revision ID: 0027
Revises: 0025
Create Date: 2026-12-07 18:40:00.000000
"""

import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("payment_lines", "benefit_recoveries")
DAY = r"\d{4}-\d{2}-\d{2}"
ON = rf"(?P<on>{DAY})"
# The English of the events (migration 0023's patterns): a recovery's reason, or a nested one.
EVENTS = [
    (re.compile(rf"^beneficiary died on {ON}: payments stop from the next month$"), "beneficiary_died"),
    (
        re.compile(rf"^beneficiary moved out on {ON}: payments stop from the next month$"),
        "beneficiary_moved_out",
    ),
    (re.compile(rf"^beneficiary moved out of the street on {ON}$"), "beneficiary_left_street"),
    (re.compile(rf"^a child was born on {ON}: payments stop from the next month$"), "child_born"),
    (re.compile(rf"^a child was adopted on {ON}: payments stop from the next month$"), "child_adopted"),
    (
        re.compile(r"^replaced by the higher program (?P<program>\S+) \(import override: (?P<note>.*)\)$"),
        "replaced_by_higher_program_on_import",
    ),
    (re.compile(r"^replaced by the higher program (?P<program>\S+)$"), "replaced_by_higher_program"),
    (
        re.compile(rf"^re-verification (?P<year>\d{{4}}) not confirmed by (?P<deadline>{DAY})$"),
        "reverification_not_confirmed",
    ),
    (
        re.compile(r"^re-verification (?P<year>\d{4}) failed: (?P<note>.*)$", re.DOTALL),
        "reverification_failed",
    ),
]
# The English app/services/benefits/due.py wrote before (up to 0023).
LINES = [
    (re.compile(rf"^enrolment starts on {ON}$"), "enrolment_starts_later"),
    (re.compile(rf"^paid by the previous system before {ON}$"), "paid_by_previous_system"),
    (re.compile(rf"^enrolment ended on {ON}$"), "enrolment_ended_on"),
    (
        re.compile(
            rf"^beneficiary (?P<resident_status>moved_out|deceased) on (?P<on>{DAY}|an unknown date)$"
        ),
        "beneficiary_not_active",
    ),
    (
        re.compile(r"^not paid by decision: resumed without back pay for (?P<start>\S+) to (?P<end>\S+)$"),
        "not_paid_by_decision",
    ),
    (re.compile(r"^flagged for review:? ?(?P<reason>.*)$", re.DOTALL), "flagged_for_review"),
    (
        re.compile(r"^enrolment (?P<enrolment_status>suspended|ended):? ?(?P<reason>.*)$", re.DOTALL),
        "enrolment_not_active",
    ),
    (
        re.compile(
            r"^already paid under (?P<program>\S+) for (?P<period>\S+): the programs of the group "
            r"(?P<group>\S+) are not paid together$"
        ),
        "paid_in_exclusive_group",
    ),
]


def _match(patterns: list[tuple[re.Pattern[str], str]], text: str) -> tuple[str, dict[str, Any]] | None:
    for pattern, code in patterns:
        if found := pattern.match(text):
            params: dict[str, Any] = dict(found.groupdict())
            if "year" in params:
                params["year"] = int(str(params["year"]))
            if params.get("on") == "an unknown date":
                params["on"] = None
            if "reason" in params:  # the inner reason: a code where the system wrote it
                inner = _match(EVENTS, params["reason"])
                params["reason"] = {"code": inner[0], "params": inner[1]} if inner else params["reason"]
            return code, params
    return None


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("reason_code", sa.String(length=40), nullable=True))
            batch.add_column(sa.Column("reason_params", sa.JSON(), nullable=True))
        rows_of = sa.table(
            table,
            sa.column("id", sa.BigInteger()),
            sa.column("reason", sa.Text()),
            sa.column("reason_code", sa.String()),
            sa.column("reason_params", sa.JSON()),
        )
        # A line's reason may also be a recovery's event reason (recoveries.recover_after_event).
        patterns = LINES + EVENTS
        rows = bind.execute(
            sa.select(rows_of.c.id, rows_of.c.reason).where(rows_of.c.reason.is_not(None))
        ).all()
        for row in rows:
            if (found := _match(patterns, row.reason)) is not None:
                bind.execute(
                    sa.update(rows_of)
                    .where(rows_of.c.id == row.id)
                    .values(reason_code=found[0], reason_params=found[1])
                )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("reason_params")
            batch.drop_column("reason_code")
