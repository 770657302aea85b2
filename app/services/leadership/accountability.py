"""Accountability opened during the year from progress (年中问责; the plan: "investigate the
responsibility of the units, departments and responsible persons ... slow progress").

At a quarter's end, every indicator of a signed book whose value over the year to that day misses
its target is *behind plan* and flagged (:func:`flags`); an indicator without a value (not reported,
not computable) is not judged, as in the book's progress. The street opens a case from a flag
against a department, a unit or a person (:func:`open_case`: the indicator must have been behind at
that quarter's end, recomputed, and its value is frozen on the case); the community, the unit or the
street records what was done (:func:`add_follow_up`); the street closes the case with its outcome.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, org_scope
from app.errors import Conflict, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.core.user import User
from app.models.leadership.accountability import (
    AccountabilityCase,
    AccountabilityCaseStatus,
    AccountabilityFollowUp,
    AccountabilitySubject,
)
from app.models.leadership.book import BookStatus, ResponsibilityBook
from app.preconditions import check_version
from app.schemas.leadership.accountability import (
    AccountabilityCaseCreate,
    AccountabilityFlags,
    BehindPlan,
    FollowUpCreate,
)
from app.services.core.loading import one_or_404
from app.services.leadership.books import get_book
from app.services.leadership.progress import compute_progress
from app.services.leadership.scope import org_id_scope
from app.workflow import Workflow, step

S = AccountabilityCaseStatus
SIGNED = (BookStatus.signed, BookStatus.evaluated)

ACCOUNTABILITY_WORKFLOW = Workflow(
    "accountability_case",
    AccountabilityCaseStatus,
    [
        step(
            "follow_up",
            [S.open],
            S.open,
            "books:report",
            "the community, unit or street records what was done",
            zh="记录整改",
            en="Record a follow-up",
        ),
        step("close", [S.open], S.closed, "evaluations:write", "with the outcome", zh="办结", en="Close"),
    ],
)


def default_quarter(year: int | None, quarter: int | None, today: date) -> tuple[int, int]:
    """The quarter asked for; by default the latest that has ended (of ``year`` if given)."""
    if year is None:
        year = today.year if today.month > 3 else today.year - 1
    if quarter is None:
        quarter = 4 if year < today.year else max(1, (today.month - 1) // 3)
    return year, quarter


def _ended(year: int, quarter: int, today: date, where: str) -> date:
    end = QUARTER_ENDS[quarter](year)
    if end >= today:
        raise Unprocessable(
            f"Quarter {quarter} of {year} has not ended yet (it ends on {end.isoformat()})",
            zh=f"{year}年第{quarter}季度尚未结束（{end.isoformat()}止）",
            loc=[where, "quarter"],
        )
    return end


QUARTER_ENDS = {
    1: lambda y: date(y, 3, 31),
    2: lambda y: date(y, 6, 30),
    3: lambda y: date(y, 9, 30),
    4: lambda y: date(y, 12, 31),
}


async def flags(
    session: AsyncSession, principal: Principal, year: int | None, quarter: int | None, today: date
) -> AccountabilityFlags:
    """Every indicator behind plan at the quarter's end, over the signed books of the caller's area."""
    year, quarter = default_quarter(year, quarter, today)
    end = _ended(year, quarter, today, "query")
    books = (
        await session.execute(
            select(ResponsibilityBook, Org.name)
            .join(Org, Org.id == ResponsibilityBook.org_id)
            .where(
                ResponsibilityBook.year == year,
                ResponsibilityBook.status.in_(SIGNED),
                org_id_scope(ResponsibilityBook.org_id, principal),
            )
            .order_by(ResponsibilityBook.id)
        )
    ).all()
    opened: dict[int, list[int]] = {}
    for case_id, bi_id in await session.execute(
        select(AccountabilityCase.id, AccountabilityCase.book_indicator_id)
        .where(
            AccountabilityCase.year == year,
            AccountabilityCase.quarter == quarter,
            org_id_scope(AccountabilityCase.org_id, principal),
        )
        .order_by(AccountabilityCase.id)
    ):
        if bi_id is not None:
            opened.setdefault(bi_id, []).append(case_id)
    found: list[BehindPlan] = []
    for book, org_name in books:
        progress = await compute_progress(session, book, end)
        for i in progress.indicators:
            if i.met is False and i.actual is not None:
                found.append(
                    BehindPlan(
                        book_id=book.id,
                        org_id=book.org_id,
                        org_name=org_name,
                        book_indicator_id=i.book_indicator_id,
                        indicator_code=i.indicator_code,
                        name_zh=i.name_zh,
                        name_en=i.name_en,
                        unit=i.unit,
                        direction=i.direction,
                        veto=i.veto,
                        target=i.target,
                        actual=i.actual,
                        case_ids=opened.get(i.book_indicator_id, []),
                    )
                )
    return AccountabilityFlags(year=year, quarter=quarter, quarter_end=end, flags=found)


async def get_case(session: AsyncSession, principal: Principal, case_id: int) -> AccountabilityCase:
    return await one_or_404(
        session,
        select(AccountabilityCase).where(
            AccountabilityCase.id == case_id, org_id_scope(AccountabilityCase.org_id, principal)
        ),
        "Accountability case",
    )


async def _subject(session: AsyncSession, principal: Principal, data: AccountabilityCaseCreate) -> None:
    if data.subject is AccountabilitySubject.unit:
        org = await session.scalar(
            select(Org.kind).where(Org.id == data.subject_org_id, org_scope(principal))
        )
        if org not in (OrgKind.community, OrgKind.unit):
            raise Unprocessable("No such community or unit in your area", loc=["body", "subject_org_id"])
    if data.user_id is not None:
        person = await session.scalar(
            select(User.id)
            .join(Org, Org.id == User.org_id)
            .where(User.id == data.user_id, org_scope(principal))
        )
        if person is None:
            raise Unprocessable("No such user in your area", loc=["body", "user_id"])


async def open_case(
    session: AsyncSession, principal: Principal, data: AccountabilityCaseCreate, today: date
) -> AccountabilityCase:
    """Open a case for an indicator that was behind plan at the quarter's end (recomputed now)."""
    book = await get_book(session, principal, data.book_id)
    if book.status not in SIGNED:
        raise Unprocessable("Only a signed book's progress can be held to account", loc=["body", "book_id"])
    end = _ended(book.year, data.quarter, today, "body")
    if not end <= data.opened_on <= today:
        raise Unprocessable("opened_on lies between the quarter's end and today", loc=["body", "opened_on"])
    progress = await compute_progress(session, book, end)
    item = next((i for i in progress.indicators if i.book_indicator_id == data.book_indicator_id), None)
    if item is None:
        raise Unprocessable("The indicator is not in this book", loc=["body", "book_indicator_id"])
    if item.met is not False or item.actual is None:
        raise Conflict(
            f"{item.indicator_code} was not behind plan at the end of quarter {data.quarter}"
            f" ({item.actual} against {item.target})",
            zh=f"{item.name_zh}在第{data.quarter}季度末未落后于目标，不能据此问责",
        )
    await _subject(session, principal, data)
    case = AccountabilityCase(
        book_id=book.id,
        org_id=book.org_id,
        book_indicator_id=item.book_indicator_id,
        year=book.year,
        quarter=data.quarter,
        quarter_end=end,
        indicator_code=item.indicator_code,
        target=item.target,
        actual=item.actual,
        veto=item.veto,
        subject=data.subject,
        subject_org_id=data.subject_org_id,
        department=data.department,
        person_name=data.person_name,
        user_id=data.user_id,
        measure=data.measure,
        reason=data.reason,
        opened_on=data.opened_on,
        opened_by=principal.user_id,
        status=AccountabilityCaseStatus.open,
    )
    session.add(case)
    await session.flush()
    await _audit(
        session,
        principal,
        case,
        "accountability.open",
        {
            "book_id": book.id,
            "indicator_code": item.indicator_code,
            "quarter": data.quarter,
            "actual": item.actual,
            "target": item.target,
            "subject": data.subject.value,
            "measure": data.measure.value,
        },
    )
    return case


async def add_follow_up(
    session: AsyncSession, principal: Principal, case_id: int, data: FollowUpCreate, today: date
) -> AccountabilityFollowUp:
    """What was done about the case (整改): by the community, the unit or the street."""
    case = await get_case(session, principal, case_id)
    ACCOUNTABILITY_WORKFLOW.begin(case.status, "follow_up")
    return await _follow_up(session, principal, case, data, today, closes=False)


async def close_case(
    session: AsyncSession,
    principal: Principal,
    case_id: int,
    body: FollowUpCreate,
    expected_version: int | None,
    today: date,
) -> AccountabilityCase:
    """The street closes the case (办结); the note is its outcome."""
    case = await get_case(session, principal, case_id)
    check_version(case, expected_version)
    case.status = AccountabilityCaseStatus(ACCOUNTABILITY_WORKFLOW.advance(case.status, "close"))
    await _follow_up(session, principal, case, body, today, closes=True)
    case.closed_on, case.outcome = body.on, body.note
    await session.flush()
    return case


async def _follow_up(
    session: AsyncSession,
    principal: Principal,
    case: AccountabilityCase,
    body: FollowUpCreate,
    today: date,
    *,
    closes: bool,
) -> AccountabilityFollowUp:
    if not case.opened_on <= body.on <= today:
        raise Unprocessable("on lies between the case's opening and today", loc=["body", "on"])
    follow_up = AccountabilityFollowUp(
        case_id=case.id, on=body.on, note=body.note, closes=closes, recorded_by=principal.user_id
    )
    session.add(follow_up)
    await session.flush()
    await _audit(
        session,
        principal,
        case,
        "accountability.close" if closes else "accountability.follow_up",
        {"follow_up_id": follow_up.id, "on": body.on.isoformat()},
    )
    return follow_up


async def _audit(
    session: AsyncSession,
    principal: Principal,
    case: AccountabilityCase,
    action: str,
    detail: dict[str, object],
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="accountability_case",
        object_id=case.id,
        scope_path=principal.org_path,
        detail=detail,
    )
