"""ORM models, one package per work-plan area; importing this package registers every table."""

from app.models import benefits, core, lawful_services, leadership, quality  # noqa: F401
