"""Routers of the leadership area; importing the package declares the safeguards permissions."""

from app.services.leadership import safeguard_permissions  # noqa: F401
