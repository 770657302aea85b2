"""ORM models, one package per work-plan area; importing this package registers every table."""

from app.models import (  # noqa: F401
    benefits,
    core,
    grassroots,
    lawful_services,
    leadership,
    migrants,
    quality,
    sync,
)
