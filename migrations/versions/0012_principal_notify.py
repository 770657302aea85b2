"""principal notify: triggers that NOTIFY fpw_principals when a signed-in caller's principal changes

A session revoked or deleted, a user's role, org, status or password changed or the user deleted, an
org's path or kind changed: every process's principal cache (app/principal_cache.py) forgets it at
commit.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 09:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Sent on the channel app/principal_cache.py listens on (a migration does not import the app). NOTIFY
# is delivered at commit, never for a rolled-back change. UPDATE triggers fire only when a column the
# principal is built from really changed; a DELETE always tells.
FUNCTIONS = {
    "fpw_notify_session": "pg_notify('fpw_principals', 'session:' || "
    "(CASE TG_OP WHEN 'DELETE' THEN OLD.id ELSE NEW.id END))",
    "fpw_notify_user": "pg_notify('fpw_principals', 'user:' || "
    "(CASE TG_OP WHEN 'DELETE' THEN OLD.id ELSE NEW.id END))",
    "fpw_notify_all": "pg_notify('fpw_principals', '*')",
}

# (trigger, table, event, condition, function)
TRIGGERS = (
    (
        "fpw_auth_sessions_revoked",
        "auth_sessions",
        "UPDATE OF revoked_at",
        "OLD.revoked_at IS DISTINCT FROM NEW.revoked_at",
        "fpw_notify_session",
    ),
    ("fpw_auth_sessions_deleted", "auth_sessions", "DELETE", None, "fpw_notify_session"),
    (
        "fpw_users_principal_changed",
        "users",
        "UPDATE OF role, org_id, is_active, password_hash",
        "OLD.role IS DISTINCT FROM NEW.role OR OLD.org_id IS DISTINCT FROM NEW.org_id "
        "OR OLD.is_active IS DISTINCT FROM NEW.is_active "
        "OR OLD.password_hash IS DISTINCT FROM NEW.password_hash",
        "fpw_notify_user",
    ),
    ("fpw_users_deleted", "users", "DELETE", None, "fpw_notify_user"),
    (
        "fpw_orgs_scope_changed",
        "orgs",
        "UPDATE OF path, kind",
        "OLD.path IS DISTINCT FROM NEW.path OR OLD.kind IS DISTINCT FROM NEW.kind",
        "fpw_notify_all",
    ),
)


def upgrade() -> None:
    for function, notify in FUNCTIONS.items():
        op.execute(
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN PERFORM {notify}; RETURN NULL; END $$"
        )
    for trigger, table, event, condition, function in TRIGGERS:
        when = f" WHEN ({condition})" if condition else ""
        op.execute(
            f"CREATE TRIGGER {trigger} AFTER {event} ON {table} FOR EACH ROW{when} "
            f"EXECUTE FUNCTION {function}()"
        )


def downgrade() -> None:
    for trigger, table, _, _, _ in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")
