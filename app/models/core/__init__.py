"""Core records and platform tables: orgs, users, residents, families, audit, outbox."""

from app.models.core import audit, calendar, family, idempotency, org, outbox, partner, resident, user  # noqa: F401
