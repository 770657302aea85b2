"""ORM models, one module per aggregate; importing this package registers every table."""

from app.models import (  # noqa: F401
    audit,
    benefit,
    benefit_enrolment,
    benefit_notice,
    benefit_payment,
    calendar,
    contraceptive,
    family,
    idempotency,
    org,
    outbox,
    partner,
    policy,
    referral,
    resident,
    screening,
    service,
    stock,
    user,
)
