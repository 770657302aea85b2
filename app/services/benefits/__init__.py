"""Task 3 interest orientation (利益导向): benefit rules and workflows."""

from app.services.benefits import life_events  # noqa: F401 - subscribes to core's life-event hooks
