"""reason codes: the reasons the system writes become codes with parameters; two indicator names
say what they count

Beside each reason column a ``<column>_code`` and a ``<column>_params`` (app/reasons.py: rendered
in the reader's language; the text column keeps its English for the audit trail):
benefit_enrolments.status_reason and review_reason, benefit_applications.decision_reason,
reverification_checks.reason. The rows written before are given their code where the text is one
the system wrote (a death, a move, a new child, a re-verification, a higher program, a withdrawal,
an objection upheld); a reason a person typed keeps no code.

The standard indicators "奖励扶助对象错评错漏件数" and "免费孕检目标人群覆盖率" counted more than their
names said (every benefit program's wrong cases; every screening program, the reproductive health
census among them): they are renamed "利益导向对象错评错漏件数" and "孕检及筛查目标人群覆盖率".

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 18:00:00.000000
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table → its reason columns
REASON_COLUMNS = {
    "benefit_enrolments": ("status_reason", "review_reason"),
    "benefit_applications": ("decision_reason",),
    "reverification_checks": ("reason",),
}
DAY = r"(?P<on>\d{4}-\d{2}-\d{2})"
# The English the system wrote before (app/services/benefits, up to 0019) → its code.
PATTERNS = [
    (re.compile(rf"^beneficiary died on {DAY}: payments stop from the next month$"), "beneficiary_died"),
    (
        re.compile(rf"^beneficiary moved out on {DAY}: payments stop from the next month$"),
        "beneficiary_moved_out",
    ),
    (re.compile(rf"^beneficiary moved out of the street on {DAY}$"), "beneficiary_left_street"),
    (re.compile(rf"^a child was born on {DAY}: payments stop from the next month$"), "child_born"),
    (re.compile(rf"^a child was adopted on {DAY}: payments stop from the next month$"), "child_adopted"),
    (
        re.compile(r"^replaced by the higher program (?P<program>\S+) \(import override: (?P<note>.*)\)$"),
        "replaced_by_higher_program_on_import",
    ),
    (re.compile(r"^replaced by the higher program (?P<program>\S+)$"), "replaced_by_higher_program"),
    (
        re.compile(r"^re-verification (?P<year>\d{4}) not confirmed by (?P<deadline>\d{4}-\d{2}-\d{2})$"),
        "reverification_not_confirmed",
    ),
    (
        re.compile(r"^re-verification (?P<year>\d{4}) failed: (?P<note>.*)$", re.DOTALL),
        "reverification_failed",
    ),
    (re.compile(r"^withdrawn by the applicant$"), "withdrawn_by_applicant"),
    (re.compile(r"^objection upheld: (?P<comment>.*)$", re.DOTALL), "objection_upheld"),
    (re.compile(r"^not confirmed by the deadline$"), "not_confirmed_by_deadline"),
]
RENAMED = {
    "benefit_roster_wrong_cases": ("奖励扶助对象错评错漏件数", "利益导向对象错评错漏件数"),
    "screening_coverage": ("免费孕检目标人群覆盖率", "孕检及筛查目标人群覆盖率"),
}


def _code(text: str | None) -> tuple[str, dict[str, object]] | None:
    for pattern, code in PATTERNS if text else ():
        if found := pattern.match(text or ""):
            params: dict[str, object] = dict(found.groupdict())
            if "year" in params:
                params["year"] = int(str(params["year"]))
            return code, params
    return None


def upgrade() -> None:
    bind = op.get_bind()
    for table, columns in REASON_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in columns:
                batch.add_column(sa.Column(f"{column}_code", sa.String(length=40), nullable=True))
                batch.add_column(sa.Column(f"{column}_params", sa.JSON(), nullable=True))
        rows_of = sa.table(
            table,
            sa.column("id", sa.BigInteger()),
            *(sa.column(c, sa.Text()) for c in columns),
            *(sa.column(f"{c}_code", sa.String()) for c in columns),
            *(sa.column(f"{c}_params", sa.JSON()) for c in columns),
        )
        texts = [rows_of.c[c] for c in columns]
        rows = bind.execute(
            sa.select(rows_of.c.id, *texts).where(sa.or_(*(t.is_not(None) for t in texts)))
        ).all()
        for row in rows:
            values: dict[str, object] = {}
            for column, text in zip(columns, row[1:], strict=True):
                if (found := _code(text)) is not None:
                    values[f"{column}_code"], values[f"{column}_params"] = found
            if values:
                bind.execute(sa.update(rows_of).where(rows_of.c.id == row.id).values(**values))
    indicators = sa.table("indicators", sa.column("code", sa.String()), sa.column("name_zh", sa.String()))
    for code, (old, new) in RENAMED.items():
        op.execute(
            sa.update(indicators)
            .where(indicators.c.code == code, indicators.c.name_zh == old)
            .values(name_zh=new)
        )


def downgrade() -> None:
    indicators = sa.table("indicators", sa.column("code", sa.String()), sa.column("name_zh", sa.String()))
    for code, (old, new) in RENAMED.items():
        op.execute(
            sa.update(indicators)
            .where(indicators.c.code == code, indicators.c.name_zh == new)
            .values(name_zh=old)
        )
    for table, columns in REASON_COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for column in reversed(columns):
                batch.drop_column(f"{column}_params")
                batch.drop_column(f"{column}_code")
