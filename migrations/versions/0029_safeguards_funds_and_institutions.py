"""safeguards in place: the family planning budget and its spending; institutions and systems in force

evidence_files: uploaded files (PDF, JPEG, PNG) kept as uploaded; budgets (one per org and year),
budget_lines (approved amount per plan task and allotted org), budget_spendings (a ledger of entries
never changed: spending with its evidence, reversals and adjustments pointing at what they correct);
institution_documents (rules and leading bodies, dated: effective from, repealed on, with a file).
Two standard indicators join the catalogue: the budget's execution rate and the required
institutions in force (app/models/leadership/safeguards.py, institution.py).

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-07 21:05:25.891215
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDICATORS = [
    # code, zh, en, unit, figure_code
    (
        "budget_execution_rate",
        "计生经费预算执行率",
        "Family planning budget execution rate",
        "leadership.budget_execution_rate",
    ),
    (
        "required_institutions_in_force",
        "制度机构到位率",
        "Required institutions and systems in force",
        "leadership.required_institutions_in_force",
    ),
]


def _indicators() -> sa.Table:
    return sa.table(
        "indicators",
        *(sa.column(name) for name in ("code", "name_zh", "name_en", "unit", "direction", "source")),
        *(sa.column(name) for name in ("figure_code", "deduction_per_unit", "description", "active")),
        *(sa.column(name) for name in ("version", "created_at", "updated_at")),
    )


def upgrade() -> None:
    op.create_table(
        "budgets",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=False),
        sa.Column("document_number", sa.String(length=100), nullable=True),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name=op.f("ck_budgets_year")),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_budgets_created_by_users")),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_budgets_org_id_orgs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budgets")),
        sa.UniqueConstraint("org_id", "year", name=op.f("uq_budgets_org_id_year")),
    )
    op.create_index("ix_budgets_year", "budgets", ["year"], unique=False)
    op.create_table(
        "evidence_files",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("content_type", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("uploaded_by", sa.BigInteger(), nullable=True),
        sa.Column("uploaded_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("size_bytes > 0", name=op.f("ck_evidence_files_size")),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_evidence_files_org_id_orgs")),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["users.id"], name=op.f("fk_evidence_files_uploaded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_files")),
    )
    op.create_index("ix_evidence_files_org_id_id", "evidence_files", ["org_id", "id"], unique=False)
    op.create_table(
        "budget_lines",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("budget_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "task",
            sa.Enum(
                "leadership",
                "network",
                "publicity",
                "interest_orientation",
                "administration_by_law",
                "floating_population",
                "quality_services",
                "integrity_association",
                "sunshine_action",
                "quality_service_action",
                "care_action",
                "publicity_demonstration",
                "migrant_demonstration",
                name="plantask",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column("approved_fen", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("approved_fen >= 0", name=op.f("ck_budget_lines_approved")),
        sa.ForeignKeyConstraint(
            ["budget_id"], ["budgets.id"], name=op.f("fk_budget_lines_budget_id_budgets")
        ),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_budget_lines_org_id_orgs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_lines")),
        sa.UniqueConstraint(
            "budget_id", "task", "org_id", name=op.f("uq_budget_lines_budget_id_task_org_id")
        ),
    )
    op.create_index("ix_budget_lines_org_id_id", "budget_lines", ["org_id", "id"], unique=False)
    op.create_index("ix_budget_lines_task", "budget_lines", ["task"], unique=False)
    op.create_table(
        "institution_documents",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "leading_group",
                "association",
                "working_body",
                "work_rules",
                "responsibility_system",
                "funds_rules",
                "other_rules",
                name="institutionkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("issued_by", sa.String(length=200), nullable=False),
        sa.Column("document_number", sa.String(length=100), nullable=True),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("repealed_on", sa.Date(), nullable=True),
        sa.Column("repeal_reason", sa.Text(), nullable=True),
        sa.Column("file_id", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "repealed_on IS NULL OR repealed_on > effective_from", name=op.f("ck_institution_documents_dates")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_institution_documents_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["file_id"], ["evidence_files.id"], name=op.f("fk_institution_documents_file_id_evidence_files")
        ),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_institution_documents_org_id_orgs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution_documents")),
    )
    op.create_index(
        "ix_institution_documents_effective_from", "institution_documents", ["effective_from"], unique=False
    )
    op.create_index("ix_institution_documents_file_id", "institution_documents", ["file_id"], unique=False)
    op.create_index("ix_institution_documents_kind", "institution_documents", ["kind"], unique=False)
    op.create_index(
        "ix_institution_documents_org_id_id", "institution_documents", ["org_id", "id"], unique=False
    )
    op.create_table(
        "budget_spendings",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("line_id", sa.BigInteger(), nullable=False),
        sa.Column("budget_id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("spending", "reversal", "adjustment", name="spendingkind", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=500), nullable=False),
        sa.Column("payee", sa.String(length=200), nullable=False),
        sa.Column("evidence_file_id", sa.BigInteger(), nullable=True),
        sa.Column("corrects_id", sa.BigInteger(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.BigInteger(), nullable=True),
        sa.Column("recorded_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(kind = 'spending' AND amount_fen > 0 AND corrects_id IS NULL AND evidence_file_id IS NOT NULL)"
            " OR (kind = 'reversal' AND amount_fen < 0 AND corrects_id IS NOT NULL AND reason IS NOT NULL)"
            " OR (kind = 'adjustment' AND amount_fen <> 0"
            " AND corrects_id IS NOT NULL AND reason IS NOT NULL)",
            name=op.f("ck_budget_spendings_entry"),
        ),
        sa.ForeignKeyConstraint(
            ["budget_id"], ["budgets.id"], name=op.f("fk_budget_spendings_budget_id_budgets")
        ),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["budget_spendings.id"],
            name=op.f("fk_budget_spendings_corrects_id_budget_spendings"),
        ),
        sa.ForeignKeyConstraint(
            ["evidence_file_id"],
            ["evidence_files.id"],
            name=op.f("fk_budget_spendings_evidence_file_id_evidence_files"),
        ),
        sa.ForeignKeyConstraint(
            ["line_id"], ["budget_lines.id"], name=op.f("fk_budget_spendings_line_id_budget_lines")
        ),
        sa.ForeignKeyConstraint(["org_id"], ["orgs.id"], name=op.f("fk_budget_spendings_org_id_orgs")),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_budget_spendings_recorded_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_spendings")),
    )
    op.create_index("ix_budget_spendings_budget_id", "budget_spendings", ["budget_id"], unique=False)
    op.create_index("ix_budget_spendings_corrects_id", "budget_spendings", ["corrects_id"], unique=False)
    op.create_index(
        "ix_budget_spendings_evidence_file_id", "budget_spendings", ["evidence_file_id"], unique=False
    )
    op.create_index("ix_budget_spendings_kind", "budget_spendings", ["kind"], unique=False)
    op.create_index("ix_budget_spendings_line_id", "budget_spendings", ["line_id"], unique=False)
    op.create_index("ix_budget_spendings_org_id_id", "budget_spendings", ["org_id", "id"], unique=False)
    op.create_index("ix_budget_spendings_spent_on", "budget_spendings", ["spent_on"], unique=False)
    op.create_index(
        "uq_budget_spendings_one_reversal",
        "budget_spendings",
        ["corrects_id"],
        unique=True,
        postgresql_where=sa.text("kind = 'reversal'"),
    )
    at = datetime(2019, 1, 1, tzinfo=UTC)
    op.bulk_insert(
        _indicators(),
        [
            {
                "code": code,
                "name_zh": zh,
                "name_en": en,
                "unit": "percent",
                "direction": "at_least",
                "source": "computed",
                "figure_code": figure,
                "deduction_per_unit": None,
                "description": "",
                "active": True,
                "version": 1,
                "created_at": at,
                "updated_at": at,
            }
            for code, zh, en, figure in INDICATORS
        ],
    )


def downgrade() -> None:
    indicators = _indicators()
    codes = [row[0] for row in INDICATORS]
    # An indicator a book already uses stays (deleting it would break the book); the rest go.
    op.execute(
        sa.delete(indicators).where(
            indicators.c.code.in_(codes),
            sa.text("NOT EXISTS (SELECT 1 FROM book_indicators b WHERE b.indicator_id = indicators.id)"),
        )
    )
    op.drop_index(
        "uq_budget_spendings_one_reversal",
        table_name="budget_spendings",
        postgresql_where=sa.text("kind = 'reversal'"),
    )
    op.drop_index("ix_budget_spendings_spent_on", table_name="budget_spendings")
    op.drop_index("ix_budget_spendings_org_id_id", table_name="budget_spendings")
    op.drop_index("ix_budget_spendings_line_id", table_name="budget_spendings")
    op.drop_index("ix_budget_spendings_kind", table_name="budget_spendings")
    op.drop_index("ix_budget_spendings_evidence_file_id", table_name="budget_spendings")
    op.drop_index("ix_budget_spendings_corrects_id", table_name="budget_spendings")
    op.drop_index("ix_budget_spendings_budget_id", table_name="budget_spendings")
    op.drop_table("budget_spendings")
    op.drop_index("ix_institution_documents_org_id_id", table_name="institution_documents")
    op.drop_index("ix_institution_documents_kind", table_name="institution_documents")
    op.drop_index("ix_institution_documents_file_id", table_name="institution_documents")
    op.drop_index("ix_institution_documents_effective_from", table_name="institution_documents")
    op.drop_table("institution_documents")
    op.drop_index("ix_budget_lines_task", table_name="budget_lines")
    op.drop_index("ix_budget_lines_org_id_id", table_name="budget_lines")
    op.drop_table("budget_lines")
    op.drop_index("ix_evidence_files_org_id_id", table_name="evidence_files")
    op.drop_table("evidence_files")
    op.drop_index("ix_budgets_year", table_name="budgets")
    op.drop_table("budgets")
