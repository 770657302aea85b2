"""Optimistic concurrency: ``If-Match`` carries the version the client read (``ETag``), and a write
on a record changed since is 412, never a lost update. Used by every write on a versioned record
and by the workflow tables' ``move`` (``app/workflow.py``)."""

from __future__ import annotations

from typing import Any

from app.errors import PreconditionFailed


def check_version(obj: Any, expected_version: int | None) -> None:
    """``If-Match`` carries the version the client read; a stale one is 412."""
    if expected_version == 0:  # what the If-Match parser makes of a malformed ETag
        raise PreconditionFailed('If-Match must be an ETag returned by this API, such as "3"')
    if expected_version is not None and obj.version != expected_version:
        raise PreconditionFailed(
            f"The resource has changed (version {obj.version}, you sent {expected_version}); "
            "read it again and retry",
            extra={"current_version": obj.version},
        )
