"""Loading through the access filter, and optimistic-concurrency checks."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import NotFound, PreconditionFailed

T = TypeVar("T")


async def one_or_404(session: AsyncSession, stmt: Select[tuple[T]], what: str) -> T:
    """Run a scope-filtered query; not visible and not existing look the same (404)."""
    obj = (await session.execute(stmt)).scalar_one_or_none()
    if obj is None:
        raise NotFound(f"{what} not found")
    return obj


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


def apply_changes(obj: Any, changes: dict[str, Any]) -> dict[str, Any]:
    """Set the fields that actually change; return them for the audit record."""
    changed = {}
    for name, value in changes.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed[name] = value
    return changed
