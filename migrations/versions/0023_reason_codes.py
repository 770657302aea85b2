"""reason codes: the reasons the system writes on an enrolment become codes with parameters; two
indicator names say what they count

benefit_enrolments gets ``status_reason_code``/``status_reason_params`` and
``review_reason_code``/``review_reason_params`` (app/reasons.py: rendered in the reader's language;
the text columns keep their English for the audit trail). The rows written before are given their
code where the text is one the system wrote (a death, a move, a new child, a re-verification, a
higher program); a reason a person typed keeps no code.

The standard indicators "奖励扶助对象错评错漏件数" and "免费孕检目标人群覆盖率" counted more than their
names said (every benefit program's wrong cases; every screening program, the reproductive health
census among them): they are renamed "利益导向对象错评错漏件数" and "孕检及筛查目标人群覆盖率".

Revision ID: 0023
Revises: 0019
Create Date: 2026-12-07 18:00:00.000000
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("status_reason", "review_reason")
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
    (re.compile(r"^re-verification (?P<year>\d{4}) failed: (?P<note>.*)$"), "reverification_failed"),
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
    with op.batch_alter_table("benefit_enrolments") as batch:
        for column in COLUMNS:
            batch.add_column(sa.Column(f"{column}_code", sa.String(length=40), nullable=True))
            batch.add_column(sa.Column(f"{column}_params", sa.JSON(), nullable=True))
    enrolments = sa.table(
        "benefit_enrolments",
        sa.column("id", sa.BigInteger()),
        *(sa.column(c, sa.Text()) for c in COLUMNS),
        *(sa.column(f"{c}_code", sa.String()) for c in COLUMNS),
        *(sa.column(f"{c}_params", sa.JSON()) for c in COLUMNS),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(enrolments.c.id, enrolments.c.status_reason, enrolments.c.review_reason).where(
            sa.or_(enrolments.c.status_reason.is_not(None), enrolments.c.review_reason.is_not(None))
        )
    ).all()
    for row in rows:
        values: dict[str, object] = {}
        for column, text in zip(COLUMNS, (row.status_reason, row.review_reason), strict=True):
            if (found := _code(text)) is not None:
                values[f"{column}_code"], values[f"{column}_params"] = found
        if values:
            bind.execute(sa.update(enrolments).where(enrolments.c.id == row.id).values(**values))
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
    with op.batch_alter_table("benefit_enrolments") as batch:
        for column in reversed(COLUMNS):
            batch.drop_column(f"{column}_params")
            batch.drop_column(f"{column}_code")
