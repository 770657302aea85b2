"""A book's progress at any date: each indicator's actual value, its score, and the veto state.

Values are computed from live records over [1 January, as_of] of the book's year (reported
indicators use the value the community or unit reported). A book whose org sets books of its own
(a street's book with the district) also rolls those up: each one's final evaluation, else its live
progress. Scores follow the weights
(``resolver.score``); a veto indicator (一票否决) that is missed fails the book whatever the total.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.errors import Unprocessable
from app.figures import Figure
from app.models.core.org import Org
from app.models.leadership.book import BookIndicator, BookStatus, ResponsibilityBook
from app.models.leadership.evaluation import Evaluation, EvaluationResult, EvaluationStatus
from app.models.leadership.indicator import Indicator, IndicatorSource
from app.reasons import Reason
from app.schemas.leadership.progress import BookProgress, BookRollup, ChildBookProgress, IndicatorProgress
from app.services.leadership.books import get_book
from app.services.leadership.resolver import Resolved, is_met, reason_fields, resolve, score


def book_result(total: float, pass_mark: float, veto_missed: list[str]) -> EvaluationResult:
    if veto_missed:
        return EvaluationResult.vetoed
    return EvaluationResult.passed if total >= pass_mark else EvaluationResult.failed


def period_of(year: int, as_of: date) -> tuple[date, date]:
    start = date(year, 1, 1)
    if as_of < start:
        raise Unprocessable(f"as_of is before the book's year {year}", loc=["query", "as_of"])
    return start, min(as_of, date(year, 12, 31))


async def compute_progress(
    session: AsyncSession, book: ResponsibilityBook, as_of: date, *, roll_up: bool = False
) -> BookProgress:
    start, end = period_of(book.year, as_of)
    org_path = await session.scalar(select(Org.path).where(Org.id == book.org_id))
    assert org_path is not None
    rows = (
        await session.execute(
            select(BookIndicator, Indicator)
            .join(Indicator, Indicator.id == BookIndicator.indicator_id)
            .where(BookIndicator.book_id == book.id)
            .order_by(BookIndicator.position)
        )
    ).all()
    items: list[IndicatorProgress] = []
    for bi, indicator in rows:
        if indicator.source is IndicatorSource.computed:
            assert indicator.figure_code is not None
            resolved = await resolve(session, indicator.figure_code, org_path, start, end)
        elif bi.reported_value is None:
            resolved = Resolved(Figure.not_computable(), Reason("not_reported"))
        else:
            resolved = Resolved(Figure(value=bi.reported_value, unit=indicator.unit.value))
        actual = resolved.figure.value
        items.append(
            IndicatorProgress(
                book_indicator_id=bi.id,
                indicator_code=indicator.code,
                name_zh=indicator.name_zh,
                name_en=indicator.name_en,
                source=indicator.source,
                figure_code=indicator.figure_code,
                unit=indicator.unit,
                direction=indicator.direction,
                weight=bi.weight,
                target=bi.target,
                veto=bi.veto,
                actual=actual,
                numerator=resolved.figure.numerator,
                denominator=resolved.figure.denominator,
                **reason_fields(resolved.reason),
                met=is_met(indicator.direction, actual, bi.target),
                score=score(
                    direction=indicator.direction,
                    weight=bi.weight,
                    target=bi.target,
                    actual=actual,
                    deduction_per_unit=indicator.deduction_per_unit,
                ),
            )
        )
    total = round(sum(i.score for i in items), 2)
    veto_missed = [i.indicator_code for i in items if i.veto and i.met is False]
    return BookProgress(
        rollup=await _rollup(session, book, as_of) if roll_up else None,
        book_id=book.id,
        org_id=book.org_id,
        year=book.year,
        period_start=start,
        as_of=end,
        indicators=items,
        total=total,
        pass_mark=book.pass_mark,
        veto_missed=veto_missed,
        result=book_result(total, book.pass_mark, veto_missed),
    )


async def book_progress(
    session: AsyncSession, principal: Principal, book_id: int, as_of: date
) -> BookProgress:
    """Progress of a book in the caller's scope as of ``as_of`` (clipped to the book's year)."""
    return await compute_progress(session, await get_book(session, principal, book_id), as_of, roll_up=True)


async def _rollup(session: AsyncSession, book: ResponsibilityBook, as_of: date) -> BookRollup | None:
    """The books ``book``'s org sets for the same year (a street's with its communities and units):
    each one's final evaluation if it has one, else its live progress; None when it sets none."""
    rows = (
        await session.execute(
            select(ResponsibilityBook, Org.name, Evaluation)
            .join(Org, Org.id == ResponsibilityBook.org_id)
            .outerjoin(
                Evaluation,
                (Evaluation.book_id == ResponsibilityBook.id) & (Evaluation.status == EvaluationStatus.final),
            )
            .where(ResponsibilityBook.street_id == book.org_id, ResponsibilityBook.year == book.year)
            .order_by(ResponsibilityBook.id)
        )
    ).all()
    if not rows:
        return None
    children: list[ChildBookProgress] = []
    for child, org_name, evaluation in rows:
        total: float | None = None
        result: EvaluationResult | None = None
        if evaluation is not None:
            total, result = evaluation.total, evaluation.result
        elif child.status is not BookStatus.draft:
            live = await compute_progress(session, child, as_of)
            total, result = live.total, live.result
        children.append(
            ChildBookProgress(
                book_id=child.id,
                org_id=child.org_id,
                org_name=org_name,
                status=child.status,
                total=total,
                result=result,
                evaluated=evaluation is not None,
            )
        )
    totals = [c.total for c in children if c.total is not None]
    return BookRollup(
        books=len(children),
        signed=sum(c.status is not BookStatus.draft for c in children),
        evaluated=sum(c.evaluated for c in children),
        passed=sum(c.result is EvaluationResult.passed for c in children),
        failed=sum(c.result is EvaluationResult.failed for c in children),
        vetoed=sum(c.result is EvaluationResult.vetoed for c in children),
        average_total=round(sum(totals) / len(totals), 2) if totals else None,
        children=children,
    )
