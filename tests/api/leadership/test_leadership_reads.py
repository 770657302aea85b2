"""Responsibility books, their amendments and the indicator catalogue on the fast read path
(app/services/leadership/book_reads.py) show exactly what the session path showed: for every demo
caller the same books in the same pages for each filter, the same single reads with their ETag (404
outside the scope), the same indicators and amendments, the same catalogue. The previous
implementation's queries are copied here (app/services/leadership/books.py ``list_books``/
``get_book``/``to_reads``/``list_amendments``, the router's ``list_book_indicators``, indicators.py
``list_indicators``/``to_read``)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Select, select

from app.authz import Principal, scoped_org_ids
from app.models.leadership.book import BookAmendment, BookIndicator, BookStatus, ResponsibilityBook
from app.models.leadership.indicator import Indicator
from app.schemas.leadership.book import BookAmendmentRead, BookIndicatorRead, BookRead, IndicatorRead
from app.services.leadership.books import BOOK_WORKFLOW
from app.services.leadership.resolver import find_figure, reason_fields
from tests.api.leadership.leadership_read_data import BOOKS, make_records
from tests.api.read_helpers import principal_of, walk
from tests.conftest import Api
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
CALLERS = ["community-a", "community-b", "street", "street-officer", "unit", "district"]


@pytest.fixture(scope="module")
async def records(api: Api) -> dict[str, Any]:
    return await make_records(api)


def _old_books(
    principal: Principal, year: int | None = None, org_id: int | None = None, status: str | None = None
) -> Select[Any]:
    stmt = select(ResponsibilityBook).where(ResponsibilityBook.org_id.in_(scoped_org_ids(principal)))
    if year is not None:
        stmt = stmt.where(ResponsibilityBook.year == year)
    if org_id is not None:
        stmt = stmt.where(ResponsibilityBook.org_id == org_id)
    if status is not None:
        stmt = stmt.where(ResponsibilityBook.status == BookStatus(status))
    return stmt.order_by(ResponsibilityBook.id)


async def _old_reads(api: Api, books: list[ResponsibilityBook]) -> list[dict[str, Any]]:
    """``books.to_reads``: each book with its indicators (joined to the catalogue, in position
    order) and the workflow's next steps."""
    async with api.session() as session:
        rows = (
            await session.execute(
                select(BookIndicator, Indicator.code, Indicator.name_zh)
                .join(Indicator, Indicator.id == BookIndicator.indicator_id)
                .where(BookIndicator.book_id.in_([b.id for b in books]))
                .order_by(BookIndicator.book_id, BookIndicator.position)
            )
        ).all()
    indicators: dict[int, list[BookIndicatorRead]] = {b.id: [] for b in books}
    for bi, code, name in rows:
        fields = {c: getattr(bi, c) for c in BookIndicatorRead.model_fields if hasattr(bi, c)}
        indicators[bi.book_id].append(
            BookIndicatorRead.model_validate({**fields, "indicator_code": code, "name_zh": name})
        )
    return [
        BookRead.model_validate(
            {
                **{c: getattr(b, c) for c in BookRead.model_fields if hasattr(b, c) and c != "indicators"},
                "indicators": indicators[b.id],
                "next_steps": BOOK_WORKFLOW.allowed(b.status),
            }
        ).model_dump(mode="json")
        for b in books
    ]


async def _expected_books(api: Api, principal: Principal, **filters: Any) -> list[dict[str, Any]]:
    async with api.session() as session:
        books = list((await session.execute(_old_books(principal, **filters))).scalars())
    return await _old_reads(api, books)


@pytest.mark.parametrize("username", CALLERS)
async def test_each_caller_sees_the_same_books_as_before(api, records, username):
    principal = await principal_of(api, username)
    ids = await org_ids(api)
    cases: list[dict[str, Any]] = [
        {},
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
        expected = await _expected_books(api, principal, **filters)
        items, pages = await walk(api, username, BOOKS, 2, **filters)
        assert items == expected, filters
        assert pages == max(1, -(-len(expected) // 2)), filters
        nonempty += bool(expected)
    assert nonempty >= 3
    everything = await _expected_books(api, principal)
    assert everything and all(b["indicators"] for b in everything)


async def test_indicators_come_in_position_order_not_id_order(api, records):
    book = (await api.get("street", f"{BOOKS}/{records['books']['community-a']}")).json()
    ids = [i["id"] for i in book["indicators"]]
    assert [i["position"] for i in book["indicators"]] == [1, 2, 3]
    assert ids != sorted(ids)
    unit = (await api.get("unit", f"{BOOKS}/{records['books']['unit']}")).json()
    assert any(i["reported_value"] == 97.5 and i["evidence"] for i in unit["indicators"])
    assert unit["next_steps"] and book["signatories"]


@pytest.mark.parametrize("username", CALLERS)
async def test_single_books_and_amendments_read_as_before(api, records, username):
    """Every book: in scope, the same body as ``to_read`` with the ETag, the same indicators (the
    nested list, position order) and the same amendments (oldest first); out of scope, 404 for all."""
    principal = await principal_of(api, username)
    async with api.session() as session:
        books = list(
            (await session.execute(select(ResponsibilityBook).order_by(ResponsibilityBook.id))).scalars()
        )
        seen = set(
            (await session.execute(_old_books(principal).with_only_columns(ResponsibilityBook.id))).scalars()
        )
        amendments = list((await session.execute(select(BookAmendment).order_by(BookAmendment.id))).scalars())
    expected = dict(zip([b.id for b in books], await _old_reads(api, books), strict=True))
    assert len(books) >= 5
    shown = 0
    for book_id, body in [*expected.items(), (999999, None)]:
        response = await api.get(username, f"{BOOKS}/{book_id}")
        listed = await api.get(username, f"{BOOKS}/{book_id}/amendments")
        indicators = await api.get(username, f"{BOOKS}/{book_id}/indicators")
        if book_id in seen:
            assert response.status_code == 200, response.text
            assert response.json() == body
            assert response.headers["etag"] == f'"{body["version"]}"'
            assert indicators.status_code == 200 and indicators.headers["content-type"] == "application/json"
            assert indicators.json() == body["indicators"] and body["indicators"]
            old = [
                BookAmendmentRead.model_validate(a).model_dump(mode="json")
                for a in amendments
                if a.book_id == book_id
            ]
            assert listed.status_code == 200 and listed.json() == old
            shown += len(old)
        else:
            for answer in (response, listed, indicators):
                assert answer.status_code == 404, book_id
                assert answer.json()["title"] and answer.json()["detail"] == "Responsibility book not found"
    if records["books"]["community-a"] in seen:
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
async def test_the_catalogue_reads_as_before(api, records, username):
    async with api.session() as session:
        stmt = select(Indicator).where(Indicator.active).order_by(Indicator.id)
        indicators = list((await session.execute(stmt)).scalars())
    expected = []
    for indicator in indicators:
        reason = find_figure(indicator.figure_code)[1] if indicator.figure_code is not None else None
        fields = {c: getattr(indicator, c) for c in IndicatorRead.model_fields if hasattr(indicator, c)}
        read = IndicatorRead.model_validate({**fields, "computable": reason is None, **reason_fields(reason)})
        expected.append(read.model_dump(mode="json"))
    response = await api.get(username, "/api/v1/indicators")
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    assert expected and response.json() == expected
    assert any(r["figure_code"] for r in expected) and any(r["figure_code"] is None for r in expected)
