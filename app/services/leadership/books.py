"""Target responsibility books (目标管理责任书): drafted by the parent org, signed, amended by record.

A book binds an org and its parent for a year (the district with each street, a street with each
community and unit; the column ``street_id`` holds the parent, the side that sets the targets) to
weighted indicators (weights sum to 100) with targets and one-vote veto flags. While a draft the
parent edits it freely; signing locks it; afterwards only a recorded amendment (reason, indicators
before and after) changes it. Only the parent writes a book (``book_to_set``): the bound org reads
its own book and reports its reported indicators' values with evidence.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, org_scope
from app.db import utcnow
from app.errors import Conflict, Forbidden, NotFound, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.leadership.book import BookAmendment, BookIndicator, BookStatus, ResponsibilityBook
from app.models.leadership.evaluation import Evaluation
from app.models.leadership.indicator import Indicator, IndicatorSource
from app.preconditions import check_version
from app.schemas.leadership.book import (
    BookAmend,
    BookCreate,
    BookIndicatorIn,
    BookIndicatorRead,
    BookRead,
    BookSign,
    BookUpdate,
    ReportedValue,
)
from app.services.core.loading import one_or_404
from app.services.leadership.scope import org_id_scope
from app.workflow import Workflow, step

S = BookStatus

BOOK_WORKFLOW = Workflow(
    "responsibility_book",
    BookStatus,
    [
        step("edit", [S.draft], S.draft, "books:write", "only a draft is edited", zh="修改草稿", en="Edit"),
        step(
            "sign",
            [S.draft],
            S.signed,
            "books:write",
            "weights sum to 100; a Party or government leader and the leader in charge sign",
            zh="签订",
            en="Sign",
        ),
        step(
            "amend",
            [S.signed],
            S.signed,
            "books:write",
            "with a written reason; the indicators before and after are recorded",
            zh="变更",
            en="Amend",
        ),
        step(
            "report_value",
            [S.signed],
            S.signed,
            "books:report",
            "reported indicators only, with evidence",
            zh="填报",
            en="Report a value",
        ),
        step(
            "evaluate",
            [S.signed],
            S.evaluated,
            "evaluations:write",
            "the year-end evaluation is finalised",
            zh="考核",
            en="Evaluate",
        ),
    ],
)


async def _indicator_rows(session: AsyncSession, book_ids: list[int]) -> dict[int, list[BookIndicatorRead]]:
    rows = (
        await session.execute(
            select(BookIndicator, Indicator.code, Indicator.name_zh)
            .join(Indicator, Indicator.id == BookIndicator.indicator_id)
            .where(BookIndicator.book_id.in_(book_ids))
            .order_by(BookIndicator.book_id, BookIndicator.position)
        )
    ).all()
    out: dict[int, list[BookIndicatorRead]] = {i: [] for i in book_ids}
    for bi, code, name in rows:
        out[bi.book_id].append(
            BookIndicatorRead(
                id=bi.id,
                indicator_id=bi.indicator_id,
                indicator_code=code,
                name_zh=name,
                position=bi.position,
                weight=bi.weight,
                target=bi.target,
                veto=bi.veto,
                reported_value=bi.reported_value,
                evidence=bi.evidence,
            )
        )
    return out


async def to_reads(session: AsyncSession, books: list[ResponsibilityBook]) -> list[BookRead]:
    indicators = await _indicator_rows(session, [b.id for b in books])
    return [
        BookRead.model_validate(
            {
                **{c: getattr(b, c) for c in BookRead.model_fields if hasattr(b, c) and c != "indicators"},
                "indicators": indicators[b.id],
                "next_steps": BOOK_WORKFLOW.allowed(b.status),
            }
        )
        for b in books
    ]


async def to_read(session: AsyncSession, book: ResponsibilityBook) -> BookRead:
    return (await to_reads(session, [book]))[0]


async def get_book(session: AsyncSession, principal: Principal, book_id: int) -> ResponsibilityBook:
    return await one_or_404(
        session,
        select(ResponsibilityBook).where(
            ResponsibilityBook.id == book_id, org_id_scope(ResponsibilityBook.org_id, principal)
        ),
        "Responsibility book",
    )


async def book_to_set(session: AsyncSession, principal: Principal, book_id: int) -> ResponsibilityBook:
    """A book the caller's org sets (it is the book's parent side): 404 outside the caller's scope,
    403 for the bound org's own book (a street reads its book with the district, never edits it)."""
    book = await get_book(session, principal, book_id)
    if book.street_id != principal.org_id:
        raise Forbidden("Only the org that sets a book's targets (its parent) edits, signs or evaluates it")
    return book


async def _check_indicators(session: AsyncSession, items: list[BookIndicatorIn]) -> None:
    ids = {i.indicator_id for i in items}
    found = set(
        (await session.execute(select(Indicator.id).where(Indicator.id.in_(ids), Indicator.active))).scalars()
    )
    if missing := sorted(ids - found):
        raise Unprocessable(f"Unknown or inactive indicators: {missing}", loc=["body", "indicators"])


def _snapshot(items: list[BookIndicator]) -> list[dict[str, Any]]:
    return [
        {"indicator_id": i.indicator_id, "weight": i.weight, "target": i.target, "veto": i.veto}
        for i in sorted(items, key=lambda i: i.position)
    ]


async def _replace_indicators(
    session: AsyncSession, book: ResponsibilityBook, items: list[BookIndicatorIn]
) -> None:
    """New indicator rows; a reported value is kept for an indicator that stays in the book."""
    old = {
        bi.indicator_id: bi
        for bi in (
            await session.execute(select(BookIndicator).where(BookIndicator.book_id == book.id))
        ).scalars()
    }
    keep = {i.indicator_id for i in items}
    for indicator_id, bi in old.items():
        if indicator_id not in keep:
            await session.delete(bi)
    for position, item in enumerate(items, start=1):
        bi = old.get(item.indicator_id) or BookIndicator(book_id=book.id, indicator_id=item.indicator_id)
        bi.position, bi.weight, bi.target, bi.veto = position, item.weight, item.target, item.veto
        session.add(bi)
    await session.flush()


async def _current_indicators(session: AsyncSession, book_id: int) -> list[BookIndicator]:
    return list(
        (await session.execute(select(BookIndicator).where(BookIndicator.book_id == book_id))).scalars()
    )


async def _target_org(session: AsyncSession, principal: Principal, org_id: int) -> Org:
    org = await one_or_404(session, select(Org).where(Org.id == org_id, org_scope(principal)), "Org")
    if org.kind is OrgKind.district or org.parent_id != principal.org_id:
        raise Unprocessable(
            "A book binds an org and its parent: the caller's org signs it with an org directly beneath",
            loc=["body", "org_id"],
        )
    return org


async def create_book(session: AsyncSession, principal: Principal, data: BookCreate) -> ResponsibilityBook:
    """Draft a book with an org directly beneath the caller's (a street of the district, a community
    or unit of the street); one book per org and year."""
    org = await _target_org(session, principal, data.org_id)
    await _check_indicators(session, data.indicators)
    await _no_book_yet(session, org.id, data.year)
    book = ResponsibilityBook(
        year=data.year,
        org_id=org.id,
        street_id=org.parent_id,
        title=data.title,
        pass_mark=data.pass_mark,
        status=BookStatus.draft,
        signatories=[],
        created_by=principal.user_id,
    )
    session.add(book)
    await session.flush()
    await _replace_indicators(session, book, data.indicators)
    await audit.record(
        session,
        actor=principal,
        action="book.create",
        object_type="responsibility_book",
        object_id=book.id,
        scope_path=principal.org_path,
        detail={"org_id": org.id, "year": data.year},
    )
    return book


async def _no_book_yet(session: AsyncSession, org_id: int, year: int) -> None:
    exists = await session.scalar(
        select(ResponsibilityBook.id).where(
            ResponsibilityBook.org_id == org_id, ResponsibilityBook.year == year
        )
    )
    if exists is not None:
        raise Conflict(f"The org already has a book for {year} (id {exists})")


async def update_draft(
    session: AsyncSession, principal: Principal, book_id: int, data: BookUpdate, expected_version: int | None
) -> ResponsibilityBook:
    book = await book_to_set(session, principal, book_id)
    check_version(book, expected_version)
    BOOK_WORKFLOW.advance(book.status, "edit")
    if data.indicators is not None:
        await _check_indicators(session, data.indicators)
        await _replace_indicators(session, book, data.indicators)
    if data.title is not None:
        book.title = data.title
    if data.pass_mark is not None:
        book.pass_mark = data.pass_mark
    book.updated_at = utcnow()  # the version bumps with any change, indicators included
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="book.edit",
        object_type="responsibility_book",
        object_id=book.id,
        scope_path=principal.org_path,
        detail=data.model_dump(mode="json", exclude_none=True),
    )
    return book


async def sign_book(
    session: AsyncSession, principal: Principal, book_id: int, body: BookSign, expected_version: int | None
) -> ResponsibilityBook:
    """Sign (签订) the book: from then on it changes only by a recorded amendment."""
    book = await book_to_set(session, principal, book_id)
    check_version(book, expected_version)
    book.status = BookStatus(BOOK_WORKFLOW.advance(book.status, "sign"))
    book.signed_on = body.signed_on
    book.signatories = [s.model_dump(mode="json") for s in body.signatories]
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="book.sign",
        object_type="responsibility_book",
        object_id=book.id,
        scope_path=principal.org_path,
        detail={"signed_on": body.signed_on.isoformat(), "signatories": book.signatories},
    )
    return book


async def amend_book(
    session: AsyncSession, principal: Principal, book_id: int, body: BookAmend, expected_version: int | None
) -> BookAmendment:
    """Change a signed book's indicators by a recorded amendment (变更), never silently."""
    book = await book_to_set(session, principal, book_id)
    check_version(book, expected_version)
    BOOK_WORKFLOW.advance(book.status, "amend")
    if await session.scalar(select(Evaluation.id).where(Evaluation.book_id == book.id)) is not None:
        raise Conflict("The book is under evaluation; its frozen values cannot be amended away")
    await _check_indicators(session, body.indicators)
    before = _snapshot(await _current_indicators(session, book.id))
    await _replace_indicators(session, book, body.indicators)
    after = _snapshot(await _current_indicators(session, book.id))
    amendment = BookAmendment(
        book_id=book.id, reason=body.reason, before=before, after=after, amended_by=principal.user_id
    )
    session.add(amendment)
    book.updated_at = utcnow()
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="book.amend",
        object_type="responsibility_book",
        object_id=book.id,
        scope_path=principal.org_path,
        detail={"amendment_id": amendment.id, "reason": body.reason},
    )
    return amendment


async def report_value(
    session: AsyncSession, principal: Principal, book_id: int, book_indicator_id: int, body: ReportedValue
) -> ResponsibilityBook:
    """Report a reported indicator's value with its evidence (佐证材料); computed ones are not typed in."""
    book = await get_book(session, principal, book_id)
    BOOK_WORKFLOW.begin(book.status, "report_value")
    row = (
        await session.execute(
            select(BookIndicator, Indicator.source)
            .join(Indicator, Indicator.id == BookIndicator.indicator_id)
            .where(BookIndicator.id == book_indicator_id, BookIndicator.book_id == book.id)
        )
    ).one_or_none()
    if row is None:
        raise NotFound("Book indicator not found")
    bi, source = row
    if source is not IndicatorSource.reported:
        raise Unprocessable(
            "A computed indicator's value comes from the records", loc=["path", "indicator_id"]
        )
    bi.reported_value, bi.evidence = body.value, body.evidence
    book.updated_at = utcnow()
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="book.report_value",
        object_type="responsibility_book",
        object_id=book.id,
        scope_path=principal.org_path,
        detail={"book_indicator_id": bi.id, "value": body.value},
    )
    return book
