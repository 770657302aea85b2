"""Models of mobile sync: devices, the change log, operation receipts and conflicts."""

from app.models.sync import device  # noqa: F401
