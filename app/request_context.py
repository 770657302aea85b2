"""What the current request is, for whoever needs to say so: the audit writer, the log and traces.

Its own module, at the bottom of the house: the tracing that the database engine sets up and the
audit writer that the models serve both read it, without one importing the other.
"""

from __future__ import annotations

from contextvars import ContextVar

current_request_id: ContextVar[str | None] = ContextVar("current_request_id", default=None)
