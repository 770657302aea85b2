"""When a payment is due (应发): the one rule that batch generation, approval and marking paid share.

A (enrolment, period) pair is due when, for that period:

* the enrolment had started (``starts_on``) and, for imported rolls, the old system had not paid it
  yet (``due_from``); an ended enrolment is due up to the month it ended in;
* the beneficiary was alive and living in the street: a death or move-out stops payment from the next
  month, the month of the event is still due;
* the enrolment is active and not flagged for review, or it was stopped by an event (``stopped_on``)
  that happened in or after that period (the month of the event is still due);
* no other line pays the same beneficiary, program and period (the database refuses a second one).

The amount is the program's standard in force for the period (标准按生效月份).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Unprocessable
from app.models.benefits.benefit import BenefitProgram, ProgramPeriod, ProgramStandard
from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from app.models.benefits.payment import HOLDING_LINE_STATUSES, LineKind, PaymentLine
from app.models.core.resident import ResidentStatus
from app.reasons import Reason, nested


def period_bounds(program: BenefitProgram, period: str) -> tuple[date, date]:
    """The first and last day a period covers; the period's form follows the program's."""
    kind = ProgramPeriod(program.period)
    # years within the API's date range (app/schemas/common.py): 1900 to 2199
    if kind is ProgramPeriod.monthly and re.fullmatch(r"(19|20|21)\d{2}-(0[1-9]|1[0-2])", period):
        year, month = int(period[:4]), int(period[5:])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if kind is ProgramPeriod.annual and re.fullmatch(r"(19|20|21)\d{2}", period):
        return date(int(period), 1, 1), date(int(period), 12, 31)
    if kind is ProgramPeriod.one_off and period == "once":
        return date(1900, 1, 1), date(9999, 12, 31)
    expected = {"monthly": "YYYY-MM", "annual": "YYYY", "one_off": "once"}[kind.value]
    raise Unprocessable(f"The period of a {kind.value} program is written {expected}", loc=["body", "period"])


def check_period_has_come(program: BenefitProgram, period: str, today: date) -> tuple[date, date]:
    """No batch for a month (or year) that has not come yet."""
    first, last = period_bounds(program, period)
    if first > today:
        raise Unprocessable(
            f"{period} has not come yet (today is {today.isoformat()}): a batch is only for a due period",
            loc=["body", "period"],
        )
    return first, last


def period_of(program: BenefitProgram, day: date) -> str:
    kind = ProgramPeriod(program.period)
    if kind is ProgramPeriod.monthly:
        return f"{day.year:04d}-{day.month:02d}"
    if kind is ProgramPeriod.annual:
        return f"{day.year:04d}"
    return "once"


def periods_between(program: BenefitProgram, start: date, before: str) -> list[str]:
    """The periods from the one holding ``start`` up to, not including, ``before`` (back pay)."""
    out: list[str] = []
    kind = ProgramPeriod(program.period)
    if kind is ProgramPeriod.one_off:
        return out
    day = start.replace(day=1) if kind is ProgramPeriod.monthly else date(start.year, 1, 1)
    while (p := period_of(program, day)) < before and len(out) < 240:
        out.append(p)
        if kind is ProgramPeriod.monthly:
            day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        else:
            day = date(day.year + 1, 1, 1)
    return out


class EnrolmentFacts(Protocol):
    """What the rule reads of an enrolment (an ORM row or a plain result row)."""

    id: int
    beneficiary_id: int
    community_id: int
    status: EnrolmentStatus
    starts_on: date
    ends_on: date | None
    due_from: date | None
    stopped_on: date | None
    arrears_from: date | None
    unpaid_ranges: list[list[str]]
    needs_review: bool
    review_reason: str | None
    review_reason_code: str | None
    review_reason_params: dict[str, Any] | None
    status_reason: str | None
    status_reason_code: str | None
    status_reason_params: dict[str, Any] | None


ENROLMENT_FACTS = (
    Enrolment.id,
    Enrolment.beneficiary_id,
    Enrolment.community_id,
    Enrolment.status,
    Enrolment.starts_on,
    Enrolment.ends_on,
    Enrolment.due_from,
    Enrolment.stopped_on,
    Enrolment.arrears_from,
    Enrolment.unpaid_ranges,
    Enrolment.needs_review,
    Enrolment.review_reason,
    Enrolment.review_reason_code,
    Enrolment.review_reason_params,
    Enrolment.status_reason,
    Enrolment.status_reason_code,
    Enrolment.status_reason_params,
)


@dataclass(frozen=True)
class Beneficiary:
    status: ResidentStatus
    status_date: date | None


def not_due_reason(enrolment: EnrolmentFacts, person: Beneficiary, first: date, last: date) -> Reason | None:
    """Why the enrolment is not due for the period [first, last] (a code with its parameters,
    app/reasons.py); None when it is due."""
    if enrolment.starts_on > last:
        return Reason("enrolment_starts_later", {"on": enrolment.starts_on.isoformat()})
    if enrolment.due_from is not None and enrolment.due_from > last:
        return Reason("paid_by_previous_system", {"on": enrolment.due_from.isoformat()})
    if enrolment.ends_on is not None and enrolment.ends_on < first:
        return Reason("enrolment_ended_on", {"on": enrolment.ends_on.isoformat()})
    if person.status is not ResidentStatus.active and (
        person.status_date is None or person.status_date < first
    ):
        when = person.status_date.isoformat() if person.status_date else None
        return Reason("beneficiary_not_active", {"resident_status": person.status.value, "on": when})
    for start, end in enrolment.unpaid_ranges or []:
        if start <= first.isoformat() <= end:
            return Reason("not_paid_by_decision", {"start": start, "end": end})
    stopped_in_time = enrolment.stopped_on is not None and enrolment.stopped_on >= first
    status = EnrolmentStatus(enrolment.status)
    if status is EnrolmentStatus.active:
        if enrolment.needs_review and not stopped_in_time:
            inner = nested(
                enrolment.review_reason_code, enrolment.review_reason_params, enrolment.review_reason
            )
            return Reason("flagged_for_review", {"reason": inner})
        return None
    if status is EnrolmentStatus.ended and enrolment.ends_on is not None:
        return None
    if stopped_in_time:
        return None
    inner = nested(enrolment.status_reason_code, enrolment.status_reason_params, enrolment.status_reason)
    return Reason("enrolment_not_active", {"enrolment_status": status.value, "reason": inner})


class Standards:
    """A program's standards by effective date: the amount in force for a period."""

    def __init__(self, program: BenefitProgram, rows: Sequence[ProgramStandard]) -> None:
        self.program = program
        self.rows = sorted(rows, key=lambda r: r.effective_from)

    def in_force(self, first: date) -> ProgramStandard | None:
        """The standard row in force for a period starting ``first`` (before the first: the earliest)."""
        in_force = [r for r in self.rows if r.effective_from <= first]
        if in_force:
            return in_force[-1]
        return self.rows[0] if self.rows else None

    def amount(self, first: date) -> int:
        standard = self.in_force(first)
        # Without any recorded standard: the program's own amount.
        return standard.amount_fen if standard is not None else self.program.amount_fen


async def load_standards(session: AsyncSession, program: BenefitProgram) -> Standards:
    rows = (
        (await session.execute(select(ProgramStandard).where(ProgramStandard.program_id == program.id)))
        .scalars()
        .all()
    )
    return Standards(program, rows)


async def paid_in_group(
    session: AsyncSession, program: BenefitProgram, periods: set[str]
) -> dict[tuple[int, str], Reason]:
    """(beneficiary, period) already paid under another program of the program's exclusive group,
    with the reason a line for them is not paid here (the group index would refuse it)."""
    if program.exclusive_group is None or not periods:
        return {}
    rows = (
        await session.execute(
            select(PaymentLine.beneficiary_id, PaymentLine.period, BenefitProgram.code, BenefitProgram.name)
            .join(BenefitProgram, BenefitProgram.id == PaymentLine.program_id)
            .where(
                PaymentLine.exclusive_group == program.exclusive_group,
                PaymentLine.kind == LineKind.regular,
                PaymentLine.program_id != program.id,
                PaymentLine.period.in_(sorted(periods)),
                PaymentLine.status.in_(HOLDING_LINE_STATUSES),
            )
        )
    ).all()
    return {
        (int(bid), str(line_period)): Reason(
            "paid_in_exclusive_group",
            {
                "program": code,
                "program_name": name,
                "period": str(line_period),
                "group": program.exclusive_group,
            },
        )
        for bid, line_period, code, name in rows
    }
