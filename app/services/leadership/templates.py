"""The book template: last year's book copied to every community and unit of the street in one call."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, org_scope
from app.models.core.org import Org, OrgKind
from app.models.leadership.book import BookIndicator, BookStatus, ResponsibilityBook
from app.schemas.leadership.book import BookCopy
from app.services.leadership.books import book_to_set

LOCAL = {OrgKind.community, OrgKind.unit}


async def copy_to_street(
    session: AsyncSession, principal: Principal, data: BookCopy
) -> tuple[list[ResponsibilityBook], list[int]]:
    """Draft ``data.year``'s book for every org of the source book's kind under its parent (every
    community and unit of the street for a community's book, every street for a street's).

    Indicators, weights, targets, veto flags and the pass mark are copied; signatures and reported
    values are not (a new year is signed anew). Orgs that already have a book for the year are
    skipped and listed.
    """
    source = await book_to_set(session, principal, data.source_book_id)
    source_kind = await session.scalar(select(Org.kind).where(Org.id == source.org_id))
    indicators = list(
        (
            await session.execute(
                select(BookIndicator)
                .where(BookIndicator.book_id == source.id)
                .order_by(BookIndicator.position)
            )
        ).scalars()
    )
    orgs = list(
        (
            await session.execute(
                select(Org)
                .where(
                    Org.parent_id == source.street_id,
                    Org.kind.in_(LOCAL if source_kind in LOCAL else {source_kind}),
                    org_scope(principal),
                )
                .order_by(Org.id)
            )
        ).scalars()
    )
    taken = set(
        (
            await session.execute(
                select(ResponsibilityBook.org_id).where(
                    ResponsibilityBook.year == data.year, ResponsibilityBook.org_id.in_([o.id for o in orgs])
                )
            )
        ).scalars()
    )
    created: list[ResponsibilityBook] = []
    for org in orgs:
        if org.id in taken:
            continue
        book = ResponsibilityBook(
            year=data.year,
            org_id=org.id,
            street_id=source.street_id,
            title=f"{data.year}年度{org.name}人口和计划生育目标管理责任书",
            status=BookStatus.draft,
            pass_mark=source.pass_mark,
            signatories=[],
            copied_from_id=source.id,
            created_by=principal.user_id,
        )
        session.add(book)
        await session.flush()
        session.add_all(
            BookIndicator(
                book_id=book.id,
                indicator_id=i.indicator_id,
                position=i.position,
                weight=i.weight,
                target=i.target,
                veto=i.veto,
            )
            for i in indicators
        )
        created.append(book)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="book.copy",
        object_type="responsibility_book",
        object_id=source.id,
        scope_path=principal.org_path,
        detail={"year": data.year, "created": [b.id for b in created], "skipped": sorted(taken)},
    )
    return created, sorted(taken)
