"""The audit trail on the fast read path (app/services/core/audit_reads.py) shows what the session
path showed: for each caller with ``audit:read`` the same events newest first, page after page, for
each filter; the previous implementation's query is copied here to compare against."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.audit_labels import action_label
from app.authz import Principal, in_subtree
from app.models.core.audit import AuditEvent
from app.schemas.core.audit import AuditEventRead
from tests.api.read_helpers import principal_of, walk
from tests.conftest import Api
from tests.demo_ids import org_ids
from tests.factories import resident_body

pytestmark = pytest.mark.asyncio
PATH = "/api/v1/audit-events"
READERS = ["street", "street-officer", "district"]


async def _expected(api: Api, principal: Principal, **filters: Any) -> list[dict]:
    """app/services/core/audit_log.list_events as it was: the subtree filter, then each filter."""
    stmt = select(AuditEvent).where(in_subtree(AuditEvent.scope_path, principal))
    for name, value in filters.items():
        stmt = stmt.where(getattr(AuditEvent, name) == value)
    async with api.session() as session:
        events = (await session.execute(stmt.order_by(AuditEvent.id.desc()))).scalars().all()
    # and each row's label, in the language of a caller who names none
    language = api.settings.default_language
    return [
        AuditEventRead.model_validate(
            {
                **{name: getattr(e, name) for name in AuditEventRead.model_fields if name != "action_label"},
                "action_label": action_label(e.action, language),
            }
        ).model_dump(mode="json")
        for e in events
    ]


@pytest.fixture(scope="module", autouse=True)
async def _events(api: Api) -> None:
    """Events in both streets and of several kinds: residents created and a reveal (a detail)."""
    ids = await org_ids(api)
    for user, community in (
        ("district", "community-c"),
        ("community-b", "community-b"),
        ("community-a", "community-a"),
    ):
        for _ in range(3):
            created = await api.post(user, "/api/v1/residents", resident_body(ids[community]))
            assert created.status_code == 201, created.text
    reveal = await api.get("street", f"/api/v1/residents/{created.json()['id']}", params={"reveal": "true"})
    assert reveal.status_code == 200, reveal.text


@pytest.mark.parametrize("username", READERS)
async def test_each_reader_sees_the_same_events_newest_first(api, username):
    await api.headers(username)  # signing in is itself an event: before the expected rows are read
    expected = await _expected(api, await principal_of(api, username))
    items, pages = await walk(api, username, PATH, 4)
    assert len(expected) >= 6
    assert items == expected
    assert pages >= 2
    assert [e["id"] for e in items] == sorted((e["id"] for e in items), reverse=True)


async def test_filters_give_the_same_events_as_before(api):
    principal = await principal_of(api, "district")
    sample = next(e for e in await _expected(api, principal) if e["actor_id"] and e["object_id"])
    cases = [
        {"action": "resident.pii_revealed"},
        {"object_type": "resident"},
        {"object_type": sample["object_type"], "object_id": sample["object_id"]},
        {"actor_id": sample["actor_id"]},
        {"action": "no.such.action"},
    ]
    for filters in cases:
        expected = await _expected(api, principal, **filters)
        assert (await walk(api, "district", PATH, 3, **filters))[0] == expected, filters
    assert await _expected(api, principal, action="resident.pii_revealed")


async def test_a_street_never_sees_the_other_streets_events_and_communities_none(api):
    street = {e["id"] for e in (await walk(api, "street", PATH, 100))[0]}
    district = {e["id"] for e in (await walk(api, "district", PATH, 100))[0]}
    assert street < district
    principal = await principal_of(api, "street")
    async with api.session() as session:
        paths = (
            await session.execute(select(AuditEvent.scope_path).where(AuditEvent.id.in_(street)))
        ).scalars()
        assert all(path.startswith(principal.org_path) for path in paths)
    for user in ("community-a", "unit"):
        response = await api.get(user, PATH)
        assert response.status_code == 403
        assert response.headers["content-type"] == "application/problem+json"


async def test_bad_input_is_422_and_no_token_401(api):
    for params in ({"cursor": "bad"}, {"limit": 0}, {"limit": 101}, {"actor_id": "x"}, {"action": "a" * 65}):
        response = await api.get("street", PATH, params=params)
        assert response.status_code == 422, params
    assert (await api.client.get(PATH, params={"limit": 0})).status_code == 401


async def test_an_actor_id_beyond_32_bits_lists_no_events(api):
    """User ids are 64-bit: any of them is a valid filter (the column is 32-bit), matching nothing."""
    for actor_id in (2**31, 2**63 - 1):
        response = await api.get("street", PATH, params={"actor_id": actor_id})
        assert response.status_code == 200, response.text
        assert response.json() == {"items": [], "next_cursor": None}
    users = await api.get("street", PATH, params={"actor_id": 1, "limit": 1})
    assert users.status_code == 200, users.text
