"""Responsibility books, their amendments and the indicator catalogue on the fast read path.

The scope is :func:`app.services.leadership.scope.org_id_scope` on the book's org, as
app/services/leadership/books.py's ``get_book`` uses it for every write. A book's answer carries its
indicators (in position order, each with the catalogue's code and Chinese name) from one more query
per page (:class:`Related`), and the workflow steps its status allows, judged in Python.
An amendment is seen where its book is; the catalogue is the same for every caller.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from sqlalchemy import bindparam, select

from app.authz import Principal
from app.list_filters import Equals, ListFilters
from app.models.leadership.book import BookAmendment, BookIndicator, BookStatus, ResponsibilityBook
from app.models.leadership.indicator import Indicator
from app.read_path import ReadPath, Related, Row, Seen
from app.schemas.common import DbId
from app.schemas.leadership.book import BookAmendmentRead, BookRead, IndicatorRead
from app.services.leadership.books import BOOK_WORKFLOW
from app.services.leadership.resolver import find_figure, reason_fields
from app.services.leadership.scope import amendment_scope, book_scope, indicator_scope

LABEL = "Responsibility book"


def _indicator(column: Any, name: str) -> Any:
    return (
        select(column)
        .where(Indicator.id == BookIndicator.indicator_id)
        .correlate(BookIndicator)
        .scalar_subquery()
        .label(name)
    )


INDICATORS_OF_BOOK = Related(
    BookIndicator.id,
    BookIndicator.indicator_id,
    _indicator(Indicator.code, "indicator_code"),
    _indicator(Indicator.name_zh, "name_zh"),
    BookIndicator.position,
    BookIndicator.weight,
    BookIndicator.target,
    BookIndicator.veto,
    BookIndicator.reported_value,
    BookIndicator.evidence,
    key=BookIndicator.book_id,
    order_by=BookIndicator.position,
)


async def _with_indicators(rows: list[Row], _context: Any) -> None:
    indicators = await INDICATORS_OF_BOOK.fetch([row["id"] for row in rows])
    for row in rows:
        row["indicators"] = indicators[row["id"]]
        row["next_steps"] = BOOK_WORKFLOW.allowed(BookStatus(row["status"]))


class BookFilters(ListFilters):
    """The responsibility book list's query parameters."""

    year: Annotated[int | None, Field(ge=2000, le=2100), Equals(ResponsibilityBook.year)] = None
    org_id: Annotated[DbId | None, Equals(ResponsibilityBook.org_id)] = None
    status: Annotated[BookStatus | None, Equals(ResponsibilityBook.status)] = None


BOOKS = ReadPath(
    model=ResponsibilityBook,
    schema=BookRead,
    scope=book_scope,
    label=LABEL,
    derived=("indicators", "next_steps"),
    complete=_with_indicators,
    filters=BookFilters,
)


# Whether the caller sees a book (404 otherwise), before one of its nested lists is answered.
BOOK_SEEN = ReadPath(model=ResponsibilityBook, schema=Seen, scope=book_scope, label=LABEL)


async def book_indicators(principal: Principal, book_id: int) -> Any:
    """A book's indicators, as the JSON array its answer nests (position order), 404 if the caller
    does not see the book. Not a :class:`ReadPath` list: those are in id order, and an amendment
    leaves a book's positions out of id order."""
    return await INDICATORS_OF_BOOK.of(BOOK_SEEN, principal, book_id)


AMENDMENTS = ReadPath(
    model=BookAmendment,
    schema=BookAmendmentRead,
    scope=amendment_scope,
    label="Amendment",
    filters={"book_id": lambda: BookAmendment.book_id == bindparam("book_id")},
)


async def _computable(rows: list[Row], _context: Any) -> None:
    for row in rows:
        reason = find_figure(row["figure_code"])[1] if row["figure_code"] is not None else None
        row["computable"] = reason is None
        row.update(reason_fields(reason))


CATALOGUE = ReadPath(
    model=Indicator,
    schema=IndicatorRead,
    scope=indicator_scope,
    label="Indicator",
    derived=(
        "computable",
        "not_computable_reason",
        "not_computable_reason_code",
        "not_computable_reason_params",
    ),
    complete=_computable,
)
