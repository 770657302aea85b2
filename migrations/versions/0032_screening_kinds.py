"""screening kinds as data; per-kind coverage indicators

The three screening kinds fixed in code (an enumeration on ``screening_programs.kind``) become rows
of ``screening_kinds`` (code, zh/en names, the suggested target population, the source document,
effective dates), with birth-defect prenatal screening (出生缺陷产前筛查) as a fourth;
``screening_programs.kind`` references ``screening_kinds.code``, so every code clients send today
stays valid. The indicator catalogue gains one coverage indicator per kind, each computed by the
parameterised figure ``quality.screening_coverage.<kind>``, so that a book can hold the free
pre-pregnancy check and the reproductive health census as two indicators.

Revision ID: 0032
Revises: 0029
Create Date: 2026-12-07 21:20:00.000000
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0032"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SINCE_EVER = date(2000, 1, 1)  # the first year a program may have: the kinds the API always had
KINDS = [
    # code, zh, en, suggested population, source, effective from
    (
        "pre_pregnancy_check",
        "国家免费孕前优生健康检查",
        "Free pre-pregnancy eugenic health check",
        {"min_age": 20, "max_age": 49, "marital_status": ["married"]},
        "国家人口计生委、财政部：国家免费孕前优生健康检查项目（2010年起试点，2013年起覆盖全国所有县区）："
        "计划怀孕的夫妇，夫妻同查（出生缺陷一级预防）",
        SINCE_EVER,
    ),
    (
        "reproductive_health_census",
        "生殖健康普查",
        "Reproductive health census",
        {"sex": "female", "min_age": 20, "max_age": 49, "marital_status": ["married"]},
        "健康重庆—生殖健康促进计划：育龄人群生殖健康普查（育龄妇女按统计口径为15–49岁已婚妇女）",
        SINCE_EVER,
    ),
    (
        "migrant_youth_health",
        "外来务工青年健康项目",
        "Youth health for migrant workers",
        {"min_age": 16, "max_age": 35, "registration": "migrant"},
        "健康重庆—生殖健康促进计划：外来务工青年健康项目（流动青年，16–35岁）",
        SINCE_EVER,
    ),
    (
        "prenatal_screening",
        "出生缺陷产前筛查",
        "Birth-defect prenatal screening",
        {"sex": "female", "min_age": 15, "max_age": 49},
        "《产前诊断技术管理办法》（卫生部令第33号，2003年5月1日施行）；《中国出生缺陷防治报告（2012）》"
        "出生缺陷三级预防的二级预防：孕期产前筛查与诊断",
        date(2003, 5, 1),
    ),
]
INDICATORS = [
    # code, zh, en, kind
    (
        "pre_pregnancy_check_coverage",
        "免费孕检目标人群覆盖率",
        "Free pre-pregnancy check coverage against target",
        "pre_pregnancy_check",
    ),
    (
        "reproductive_health_census_coverage",
        "生殖健康普查目标人群覆盖率",
        "Reproductive health census coverage against target",
        "reproductive_health_census",
    ),
    (
        "migrant_youth_health_coverage",
        "外来务工青年健康项目目标人群覆盖率",
        "Youth health for migrant workers coverage against target",
        "migrant_youth_health",
    ),
    (
        "prenatal_screening_coverage",
        "出生缺陷产前筛查目标人群覆盖率",
        "Birth-defect prenatal screening coverage against target",
        "prenatal_screening",
    ),
]
LOADED = datetime(2026, 12, 7, tzinfo=UTC)


def _kinds_table() -> sa.Table:
    return op.create_table(
        "screening_kinds",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name_zh", sa.String(length=100), nullable=False),
        sa.Column("name_en", sa.String(length=150), nullable=False),
        sa.Column("population", sa.JSON(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "effective_to IS NULL OR effective_to >= effective_from",
            name=op.f("ck_screening_kinds_effective_dates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_kinds")),
        sa.UniqueConstraint("code", name=op.f("uq_screening_kinds_code")),
    )


def upgrade() -> None:
    kinds = _kinds_table()
    op.bulk_insert(
        kinds,
        [
            {
                "code": code,
                "name_zh": zh,
                "name_en": en,
                "population": population,
                "source": source,
                "effective_from": since,
                "effective_to": None,
                "version": 1,
                "created_at": LOADED,
                "updated_at": LOADED,
            }
            for code, zh, en, population, source, since in KINDS
        ],
    )
    op.create_foreign_key(
        op.f("fk_screening_programs_kind_screening_kinds"),
        "screening_programs",
        "screening_kinds",
        ["kind"],
        ["code"],
    )
    indicators = sa.table(
        "indicators",
        *(sa.column(c, sa.String()) for c in ("code", "name_zh", "name_en", "unit", "direction")),
        *(sa.column(c, sa.String()) for c in ("source", "figure_code", "description")),
        sa.column("deduction_per_unit", sa.Float()),
        sa.column("active", sa.Boolean()),
        sa.column("version", sa.Integer()),
        sa.column("created_at", app.db.UTCDateTime(timezone=True)),
        sa.column("updated_at", app.db.UTCDateTime(timezone=True)),
    )
    op.bulk_insert(
        indicators,
        [
            {
                "code": code,
                "name_zh": zh,
                "name_en": en,
                "unit": "percent",
                "direction": "at_least",
                "source": "computed",
                "figure_code": f"quality.screening_coverage.{kind}",
                "deduction_per_unit": None,
                "description": "",
                "active": True,
                "version": 1,
                "created_at": LOADED,
                "updated_at": LOADED,
            }
            for code, zh, en, kind in INDICATORS
        ],
    )


def downgrade() -> None:
    codes = [code for code, _, _, _ in INDICATORS]
    book_indicators = sa.table("book_indicators", sa.column("indicator_id", sa.BigInteger()))
    indicators = sa.table("indicators", sa.column("id", sa.BigInteger()), sa.column("code", sa.String()))
    # An indicator a book holds stays (the code before this revision shows it as not computable,
    # figure_unknown); the others leave the catalogue.
    op.execute(
        sa.delete(indicators).where(
            indicators.c.code.in_(codes), indicators.c.id.not_in(sa.select(book_indicators.c.indicator_id))
        )
    )
    op.drop_constraint(
        op.f("fk_screening_programs_kind_screening_kinds"), "screening_programs", type_="foreignkey"
    )
    op.drop_table("screening_kinds")
