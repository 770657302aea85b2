"""User accounts on the fast read path: the scoped list and the single read.

A user is visible where the user's org is in the caller's subtree: the org ids of
:func:`app.authz.scoped_org_ids`, the same rows as app/services/core/users.py's join on the org's
path (every user has exactly one org).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, bindparam

from app.authz import Principal, Role, scoped_org_ids
from app.models.core.user import User
from app.read_path import ReadPath
from app.schemas.core.user import UserRead


def user_scope(principal: Principal) -> ColumnElement[bool]:
    return User.org_id.in_(scoped_org_ids(principal))


USERS = ReadPath(
    model=User,
    schema=UserRead,
    scope=user_scope,
    label="User",
    filters={
        "org_id": lambda: User.org_id == bindparam("org_id"),
        "role": lambda: User.role == bindparam("role"),
    },
)


def filters(*, org_id: int | None, role: Role | None) -> dict[str, Any]:
    """The list's query parameters as the values of :data:`USERS`' filters."""
    return {"org_id": org_id, "role": role.value if role is not None else None}
