"""import file once: a file is imported by one job at a time

Import jobs keep the SHA-256 of the uploaded file; a partial unique index allows one queued or
running job per org, kind and file, so two uploads of the same file at once queue one job (the
other is answered 409). A finished job frees the file: uploading it again is taken as before.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 05:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIVE = "status IN ('queued','running')"


def upgrade() -> None:
    with op.batch_alter_table("import_jobs") as batch:
        batch.add_column(sa.Column("content_sha256", sa.String(length=64), nullable=True))
    op.create_index(
        "uq_import_jobs_active_file",
        "import_jobs",
        ["org_id", "kind", "content_sha256"],
        unique=True,
        postgresql_where=sa.text(ACTIVE),
    )


def downgrade() -> None:
    op.drop_index("uq_import_jobs_active_file", table_name="import_jobs")
    with op.batch_alter_table("import_jobs") as batch:
        batch.drop_column("content_sha256")
