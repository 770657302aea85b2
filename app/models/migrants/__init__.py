"""Task 5 floating population (流动人口) and the integration surface (webhooks)."""

from app.models.migrants import (  # noqa: F401
    exchange,
    imports,
    labels,  # noqa: F401 - registers the area's enum labels
    migrant,
    service,
    transfer,
    webhook,
)
