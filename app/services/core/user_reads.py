"""User accounts on the fast read path: the scoped list and the single read.

A user is visible where the user's org is in the caller's subtree: the org ids of
:func:`app.authz.scoped_org_ids`, the same rows as app/services/core/users.py's join on the org's
path (every user has exactly one org).
"""

from __future__ import annotations

from typing import Annotated

from app.authz import Role
from app.list_filters import Equals, ListFilters
from app.models.core.user import User
from app.read_path import ReadPath
from app.schemas.common import DbId
from app.schemas.core.user import UserRead
from app.services.core.scope import user_scope


class UserFilters(ListFilters):
    """The user list's query parameters."""

    org_id: Annotated[DbId | None, Equals(User.org_id)] = None
    role: Annotated[Role | None, Equals(User.role)] = None


USERS = ReadPath(
    model=User,
    schema=UserRead,
    scope=user_scope,
    label="User",
    filters=UserFilters,
)
