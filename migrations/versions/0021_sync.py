"""mobile sync: devices, the change log the sync feed reads, operation receipts and conflicts

- ``sync_devices``: a phone or tablet registered to a user, bound to the sign-in session it works
  under; revoking it revokes that session and tells its next contact to wipe.
- ``sync_changes``: one row per (record, org) touched, written by triggers on the tables the
  sync feed serves (residents, families, care cases, pregnancies, referrals, stock batches) for
  the org *before* and *after* the change, so a record that leaves an org's scope (moved out,
  reassigned, deleted) is seen by that org's devices and sent as a tombstone. Like the principal
  cache's triggers (0012), no write path can forget it.
- ``sync_operations``: the receipt of every uploaded operation (client id, recorded time,
  outcome), so a re-sent batch changes nothing twice.
- ``sync_conflicts``: what the server kept against what the device recorded, for the worker.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 17:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> (kind, org column, second org column or None)
TRACKED = {
    "residents": ("resident", "community_id", "employer_unit_id"),
    "families": ("family", "community_id", None),
    "care_cases": ("care_case", "org_id", None),
    "pregnancies": ("pregnancy", "org_id", None),
    "referrals": ("referral", "org_id", None),
}

LOG_FUNCTION = """
CREATE FUNCTION fpw_sync_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    orgs bigint[] := ARRAY[]::bigint[];
    rid bigint;
    doc jsonb;
    col text;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        doc := to_jsonb(OLD);
        rid := (doc->>'id')::bigint;
        FOREACH col IN ARRAY TG_ARGV[1:] LOOP
            orgs := orgs || (doc->>col)::bigint;
        END LOOP;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        doc := to_jsonb(NEW);
        rid := (doc->>'id')::bigint;
        FOREACH col IN ARRAY TG_ARGV[1:] LOOP
            orgs := orgs || (doc->>col)::bigint;
        END LOOP;
    END IF;
    INSERT INTO sync_changes (kind, record_id, org_id)
    SELECT DISTINCT TG_ARGV[0], rid, o FROM unnest(orgs) AS o WHERE o IS NOT NULL;
    RETURN NULL;
END $$;
"""

STOCK_FUNCTION = """
CREATE FUNCTION fpw_sync_log_stock() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rid bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    pid bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.point_id ELSE NEW.point_id END;
BEGIN
    INSERT INTO sync_changes (kind, record_id, org_id)
    SELECT 'stock', rid, p.org_id FROM distribution_points p WHERE p.id = pid;
    RETURN NULL;
END $$;
"""


def upgrade() -> None:
    op.create_table(
        "sync_devices",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("installation_id", sa.String(64), nullable=False),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("secret_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("session_id", sa.String(32), nullable=True),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signed_in_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_synced_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", sa.BigInteger(), nullable=True),
        sa.UniqueConstraint("user_id", "installation_id"),
    )
    op.create_index("ix_sync_devices_user_id_id", "sync_devices", ["user_id", "id"])
    op.create_table(
        "sync_changes",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("record_id", sa.BigInteger(), nullable=False),
        sa.Column("org_id", sa.BigInteger(), nullable=False),
    )
    op.create_index(
        "ix_sync_changes_kind_org_changed", "sync_changes", ["kind", "org_id", "changed_at", "record_id"]
    )
    op.create_table(
        "sync_operations",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("device_id", sa.BigInteger(), sa.ForeignKey("sync_devices.id"), nullable=True),
        sa.Column("op_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload_hash", sa.String(64), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.UniqueConstraint("user_id", "op_id"),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("user_id", sa.BigInteger(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("operation_id", sa.BigInteger(), sa.ForeignKey("sync_operations.id"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("object_type", sa.String(32), nullable=False),
        sa.Column("object_id", sa.BigInteger(), nullable=False),
        sa.Column("field", sa.String(64), nullable=True),
        sa.Column("reason", sa.String(64), nullable=False),
        sa.Column("server_value", sa.JSON(), nullable=True),
        sa.Column("device_value_enc", sa.Text(), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("resolution", sa.String(16), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_sync_conflicts_user_id_state_id", "sync_conflicts", ["user_id", "state", "id"])
    op.execute(LOG_FUNCTION)
    op.execute(STOCK_FUNCTION)
    for table, (kind, *columns) in TRACKED.items():
        args = ", ".join(f"'{a}'" for a in (kind, *[c for c in columns if c]))
        op.execute(
            f"CREATE TRIGGER fpw_sync_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION fpw_sync_log({args})"
        )
    op.execute(
        "CREATE TRIGGER fpw_sync_stock_batches AFTER INSERT OR UPDATE OR DELETE ON stock_batches "
        "FOR EACH ROW EXECUTE FUNCTION fpw_sync_log_stock()"
    )


def downgrade() -> None:
    for table in (*TRACKED, "stock_batches"):
        op.execute(f"DROP TRIGGER IF EXISTS fpw_sync_{table} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS fpw_sync_log_stock()")
    op.execute("DROP FUNCTION IF EXISTS fpw_sync_log()")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_operations")
    op.drop_index("ix_sync_changes_kind_org_changed", table_name="sync_changes")
    op.drop_table("sync_changes")
    op.drop_index("ix_sync_devices_user_id_id", table_name="sync_devices")
    op.drop_table("sync_devices")
