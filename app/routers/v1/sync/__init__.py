"""Routers of mobile sync; importing the package declares its permissions."""

from app.services.sync import devices as _devices  # noqa: F401
