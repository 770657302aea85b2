"""The fast read path (app/read_path.py) over the demo's residents: each caller sees the residents
whose community or employer unit is in its subtree, the stored fields with the ID number masked, in
pages; 404 outside the scope; and ReadPath's own forms (all, first, newest first, a list of values)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from sqlalchemy import bindparam, select

from app.models.core.resident import Resident
from app.schemas.core.partner import PartnerRead
from app.security import pii_cipher
from tests.api.read_helpers import all_rows, orgs_under, principal_of, walk

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "unit", "district"]
RESIDENTS = "/api/v1/residents"


@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_residents_of_its_subtree(api, username):
    mine = await orgs_under(api, (await principal_of(api, username)).org_id)
    columns = (
        Resident.id,
        Resident.name,
        Resident.id_number_masked,
        Resident.community_id,
        Resident.employer_unit_id,
    )
    expected = [tuple(r) for r in await all_rows(api, *columns) if r[3] in mine or r[4] in mine]
    items, pages = await walk(api, username, RESIDENTS, limit=37)
    assert expected, "the demo gives every caller some residents"
    assert [
        (r["id"], r["name"], r["id_number"], r["community_id"], r["employer_unit_id"]) for r in items
    ] == expected
    assert pages == max(1, -(-len(expected) // 37)), "a full last page carries no next_cursor"


async def test_scopes_differ_as_the_org_tree_says(api):
    """The compiled statements are shared per org kind; each caller's own org is bound per request."""
    a = {r["id"] for r in (await walk(api, "community-a", RESIDENTS, 100))[0]}
    b = {r["id"] for r in (await walk(api, "community-b", RESIDENTS, 100))[0]}
    street = {r["id"] for r in (await walk(api, "street", RESIDENTS, 100))[0]}
    district = {r["id"] for r in (await walk(api, "district", RESIDENTS, 100))[0]}
    assert a and b and not a & b
    assert a | b <= street < district


async def test_single_read_matches_and_stays_in_scope(api):
    mine = (await walk(api, "community-a", RESIDENTS, 100))[0][:3]
    theirs = (await walk(api, "community-b", RESIDENTS, 100))[0][:3]
    for row in mine:
        response = await api.get("community-a", f"{RESIDENTS}/{row['id']}")
        assert response.status_code == 200
        assert response.json() == row
        assert response.headers["etag"] == f'"{row["version"]}"'
    for row in theirs:
        response = await api.get("community-a", f"{RESIDENTS}/{row['id']}")
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["type"].endswith("/not-found")


async def test_no_plain_id_number_or_phone_leaves_the_fast_path(api):
    cipher = pii_cipher(api.app.state.settings)
    async with api.session() as session:
        rows = (await session.execute(select(Resident.id_number_enc, Resident.phone_enc))).all()
    secrets = {cipher.decrypt(n) for n, _ in rows} | {cipher.decrypt(p) for _, p in rows if p}
    response = await api.get("street", RESIDENTS, params={"limit": 100})
    first = response.json()["items"][0]
    assert re.fullmatch(r"\d{6}\*{8}\d{3}[\dX]", first["id_number"])
    assert not any(secret in response.text for secret in secrets)
    single = await api.get("street", f"{RESIDENTS}/{first['id']}")
    assert not any(secret in single.text for secret in secrets)


async def test_all_first_and_newest_first_read_the_same_scope(api):
    """``ReadPath.all`` is the whole list in one array, ``first`` the row a filter picks (404 when
    none in scope), and a ``descending`` path the same rows newest first, every page included."""
    from app.errors import NotFound
    from app.read_path import ReadPath
    from app.services.core.partner_reads import PARTNERS, partner_scope

    listed, _ = await walk(api, "community-a", "/api/v1/partners", 2)
    principal = await principal_of(api, "community-a")
    assert len(listed) >= 2
    assert json.loads((await PARTNERS.all(principal)).body) == listed
    kind = listed[-1]["kind"]
    picked = json.loads((await PARTNERS.first(principal, kind=kind)).body)
    assert picked == next(row for row in listed if row["kind"] == kind)
    with pytest.raises(NotFound):
        await PARTNERS.first(principal, org_id=2**40)
    newest_first = ReadPath(
        model=PARTNERS.model, schema=PartnerRead, scope=partner_scope, descending=True, label="Partner"
    )
    assert await _every_page(newest_first, principal, limit=1) == listed[::-1]


async def _every_page(path: Any, principal: Any, *, limit: int) -> list[dict]:
    """Every row of a ReadPath list, page after page, called directly (not over HTTP)."""
    rows, cursor = [], None
    while True:
        body = json.loads((await path.page(principal, limit=limit, cursor=cursor)).body)
        rows += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return rows


async def test_a_list_of_values_in_the_statement_reads_on_every_database(api):
    """A scope or filter with ``in_`` over constants (a set of states, say) runs on the read pool
    too: asyncpg cannot expand a list at run time, so the values are written out at compile time."""
    from app.models.core.partner import Partner, PartnerKind
    from app.read_path import ReadPath

    listed, _ = await walk(api, "district", "/api/v1/partners", 100)
    kinds = sorted({row["kind"] for row in listed})
    assert len(kinds) >= 2
    some = [PartnerKind(kind) for kind in kinds[:2]]
    by_kind = ReadPath(
        model=Partner, schema=PartnerRead, scope=lambda _: Partner.kind.in_(some), label="Partner"
    )
    expected = [row for row in listed if row["kind"] in kinds[:2]]
    rows = json.loads((await by_kind.all(None)).body)
    assert rows == expected
    # with the request's own parameters beside them (the page size, the cursor, a filter)
    assert await _every_page(by_kind, None, limit=2) == expected
    named = ReadPath(
        model=Partner,
        schema=PartnerRead,
        scope=lambda _: Partner.kind.in_(some),
        label="Partner",
        filters={"name": lambda: Partner.name == bindparam("name")},
    )
    one = json.loads((await named.page(None, limit=5, cursor=None, name=expected[-1]["name"])).body)
    assert one["items"] == [row for row in expected if row["name"] == expected[-1]["name"]]
