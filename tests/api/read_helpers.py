"""Shared by the fast-read-path tests: a demo caller's principal, and every page of a list."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.authz import PERMISSIONS, Principal, Role
from app.models.core.org import Org, OrgKind
from app.models.core.user import User
from tests.conftest import Api


async def principal_of(api: Api, username: str) -> Principal:
    """The principal the app builds for ``username`` (as the session path's scope filters see it)."""
    async with api.session() as session:
        query = select(User, Org).join(Org, Org.id == User.org_id).where(User.username == username)
        user, org = (await session.execute(query)).one()
    role = Role(user.role)
    return Principal(user.id, username, role, org.id, OrgKind(org.kind), org.path, "-", PERMISSIONS[role])


async def walk(api: Api, username: str, path: str, limit: int, **filters: Any) -> tuple[list[dict], int]:
    """Every item of a list, following next_cursor; and how many pages it took."""
    items: list[dict] = []
    cursor, pages = None, 0
    while True:
        params = {**filters, "limit": limit, **({"cursor": cursor} if cursor else {})}
        response = await api.get(username, path, params=params)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == "application/json"
        body = response.json()
        assert set(body) == {"items", "next_cursor"}
        assert len(body["items"]) <= limit
        items += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            return items, pages
