"""Task 4 administration by law (依法行政): policies, service types and requests."""

from app.models.lawful_services import (  # noqa: F401
    document,
    labels,  # noqa: F401, E402 - registers the area's enum labels
    policy,
    service,
)
