"""Responsibility books, their amendments and the indicator catalogue on the fast read path
(app/services/leadership/book_reads.py), over the demo's and the made records: for every demo caller
the books of its subtree in pages, each filter's rows, each book's indicators (the catalogue's, in
position order) and next steps; the single reads with their ETag (404 outside the scope) with their
indicators and amendments; the active catalogue, computable where its figure can be had."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from app.models.leadership.book import BookAmendment, BookIndicator, ResponsibilityBook
from app.models.leadership.indicator import Indicator
from app.services.leadership.books import BOOK_WORKFLOW
from app.services.leadership.resolver import find_figure, reason_fields
from tests.api.leadership.leadership_read_data import BOOKS, make_records
from tests.api.read_helpers import all_rows, orgs_under, pages_agree, principal_of, walk
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]


@pytest.fixture(scope="module")
async def records(api: Api) -> dict[str, Any]:
    return await make_records(api)


async def _indicators_by_book(api: Api) -> dict[int, list[tuple]]:
    """Each book's (indicator row id, catalogue code, name, position), in position order."""
    names = {
        i: (code, name)
        for i, code, name in await all_rows(api, Indicator.id, Indicator.code, Indicator.name_zh)
    }
    columns = (BookIndicator.position, BookIndicator.id, BookIndicator.book_id, BookIndicator.indicator_id)
    by_book: dict[int, list[tuple]] = defaultdict(list)
    for position, row_id, book_id, indicator_id in await all_rows(api, *columns):
        by_book[book_id].append((row_id, *names[indicator_id], position))
    return by_book


def _indicators(book: dict) -> list[tuple]:
    return [(i["id"], i["indicator_code"], i["name_zh"], i["position"]) for i in book["indicators"]]


@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_its_subtrees_books(api, records, username):
    mine = await orgs_under(api, (await principal_of(api, username)).org_id)
    ids = await org_ids(api)
    everything = await pages_agree(api, username, BOOKS)
    every = await all_rows(api, ResponsibilityBook.id, ResponsibilityBook.org_id)
    assert [b["id"] for b in everything] == [i for i, org in every if org in mine], "its subtree, by id"
    assert everything and all(b["indicators"] for b in everything)
    by_book = await _indicators_by_book(api)
    for book in everything:
        assert _indicators(book) == by_book[book["id"]]
        assert book["next_steps"] == BOOK_WORKFLOW.allowed(book["status"])
    cases: list[dict[str, Any]] = [
        {"year": 2019},
        {"year": 2020},
        {"status": "signed"},
        {"status": "draft"},
        {"status": "evaluated"},
        {"year": 2019, "status": "signed"},
        {"org_id": ids["community-a"]},
        {"org_id": ids["unit"]},
        {"org_id": ids["community-a"], "year": 2020, "status": "draft"},
    ]
    nonempty = 0
    for filters in cases:
        items = (await walk(api, username, BOOKS, 2, **filters))[0]
        assert items == [b for b in everything if all(b[f] == v for f, v in filters.items())], filters
        nonempty += bool(items)
    assert nonempty >= 3


async def test_indicators_come_in_position_order_not_id_order(api, records):
    book = (await api.get("street", f"{BOOKS}/{records['books']['community-a']}")).json()
    ids = [i["id"] for i in book["indicators"]]
    assert [i["position"] for i in book["indicators"]] == [1, 2, 3]
    assert ids != sorted(ids)
    unit = (await api.get("unit", f"{BOOKS}/{records['books']['unit']}")).json()
    assert any(i["reported_value"] == 97.5 and i["evidence"] for i in unit["indicators"])
    assert unit["next_steps"] and book["signatories"]


@pytest.mark.parametrize("username", CALLERS)
async def test_single_books_indicators_and_amendments_and_404_out_of_scope(api, records, username):
    """Every book: in scope, its list row with the ETag, its indicators (the nested list) and its
    amendments (oldest first); out of scope, 404 for all three."""
    listed = {b["id"]: b for b in (await walk(api, username, BOOKS, 100))[0]}
    books = await all_rows(api, ResponsibilityBook.id)
    amendments: dict[int, list[int]] = defaultdict(list)
    for amendment_id, book_id in await all_rows(api, BookAmendment.id, BookAmendment.book_id):
        amendments[book_id].append(amendment_id)
    assert len(books) >= 5
    shown = 0
    for book_id in [*books, 999999]:
        response = await api.get(username, f"{BOOKS}/{book_id}")
        changes = await api.get(username, f"{BOOKS}/{book_id}/amendments")
        indicators = await api.get(username, f"{BOOKS}/{book_id}/indicators")
        if book_id in listed:
            body = listed[book_id]
            assert response.status_code == 200, response.text
            assert response.json() == body
            assert response.headers["etag"] == f'"{body["version"]}"'
            assert indicators.status_code == 200 and indicators.headers["content-type"] == "application/json"
            assert indicators.json() == body["indicators"] and body["indicators"]
            assert changes.status_code == 200
            assert [a["id"] for a in changes.json()] == amendments[book_id]
            assert all(a["book_id"] == book_id for a in changes.json())
            shown += len(amendments[book_id])
        else:
            for answer in (response, changes, indicators):
                assert answer.status_code == 404, book_id
                assert answer.json()["title"] and answer.json()["detail"] == "Responsibility book not found"
    if records["books"]["community-a"] in listed:
        assert shown == 2


async def test_a_community_never_sees_another_communitys_books(api, records):
    ids = await org_ids(api)
    a = (await walk(api, "community-a", BOOKS, 100))[0]
    b = (await walk(api, "community-b", BOOKS, 100))[0]
    assert a and b and not {r["id"] for r in a} & {r["id"] for r in b}
    assert {r["org_id"] for r in a} == {ids["community-a"]}
    assert (await walk(api, "community-a", BOOKS, 100, org_id=ids["community-b"]))[0] == []
    other = records["books"]["community-b"]
    assert (await api.get("community-a", f"{BOOKS}/{other}")).status_code == 404
    assert (await api.get("community-a", f"{BOOKS}/{other}/amendments")).status_code == 404
    assert (await api.get("community-a", f"{BOOKS}/{other}/indicators")).status_code == 404


@pytest.mark.parametrize("username", CALLERS)
async def test_the_catalogue_is_the_active_indicators(api, records, username):
    columns = (Indicator.id, Indicator.code, Indicator.name_zh, Indicator.figure_code, Indicator.active)
    active = [(i, code, name, figure) for i, code, name, figure, on in await all_rows(api, *columns) if on]
    response = await api.get(username, "/api/v1/indicators")
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    rows = response.json()
    assert rows and [(r["id"], r["code"], r["name_zh"], r["figure_code"]) for r in rows] == active
    for row in rows:
        reason = find_figure(row["figure_code"])[1] if row["figure_code"] is not None else None
        assert row["computable"] == (reason is None)
        assert {k: row[k] for k in reason_fields(reason)} == reason_fields(reason)
    assert any(r["figure_code"] for r in rows) and any(r["figure_code"] is None for r in rows)
