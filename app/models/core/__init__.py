"""Core records and platform tables: orgs, users, residents, families, audit, outbox."""

from app.models.core import (  # noqa: F401
    audit,
    birth_policy,
    calendar,
    family,
    idempotency,
    labels,  # registers the core records' enum labels
    messaging,
    org,
    outbox,
    partner,
    resident,
    throttle,
    user,
)
