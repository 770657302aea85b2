"""Routers of the grassroots area; importing the package declares its permissions."""

from app.services.grassroots import permissions  # noqa: F401
