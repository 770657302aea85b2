"""Structured JSON logs, one object a line, with the request id and the trace id. Never tokens,
passwords or ID numbers. The fields are listed in docs/operations.md ("Logs")."""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

from opentelemetry import trace

from app.request_context import current_request_id

# Belt and braces: anything shaped like an ID number or a bearer token is scrubbed from messages.
_SCRUB = re.compile(
    r"(?P<id_number>\b\d{17}[\dXx]\b)|(?P<phone>\b1\d{10}\b)|(?P<token>eyJ[\w-]+\.[\w-]+\.[\w-]+)"
)
_RESERVED = set(vars(logging.makeLogRecord({})).keys()) | {"message", "asctime"}
# Fields the access log fills from the route table and numbers: nothing personal can be in them.
_SAFE_FIELDS = {"method", "route", "status", "duration_ms", "user"}


def _replacement(match: re.Match[str]) -> str:
    return f"[{match.lastgroup}]"


def scrub(text: str) -> str:
    """One pass that masks anything shaped like an ID number, a mobile number or a JWT."""
    return _SCRUB.sub(_replacement, text)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": scrub(record.getMessage()),
        }
        request_id = current_request_id.get()
        if request_id:
            entry["request_id"] = request_id
        # The span the line was written in (tracing on: app/tracing.py); with tracing off there is
        # none and the request id is the key that joins a request's lines.
        span = trace.get_current_span().get_span_context()
        if span.is_valid:
            entry["trace_id"] = trace.format_trace_id(span.trace_id)
            entry["span_id"] = trace.format_span_id(span.span_id)
        for key, value in record.__dict__.items():
            if key in _SAFE_FIELDS:
                entry[key] = value
            elif key not in _RESERVED and not key.startswith("_"):
                entry[key] = scrub(value) if isinstance(value, str) else value
        if record.exc_info:
            entry["exc"] = scrub(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: str) -> None:
    # The JSON lines carry none of the caller's file, line, thread or process: don't collect them.
    # Walking the stack for the caller was most of an access log line's cost under the deep ASGI
    # stack (the logging HOWTO's "Optimization" section names these switches).
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("uvicorn.access",):
        logging.getLogger(noisy).disabled = True
