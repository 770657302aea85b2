"""Standards entered late (标准追溯调整): the difference paid once (补发差额), a decrease refused.

* **A raise with an earlier effective month** (entered in March from January, after January and
  February were paid at the old amount): the next batch generated for the program (same street and
  payer) carries a ``difference`` line per beneficiary and paid period, naming the period it is for
  and the standard it completes, amount = the standard in force for that period − what the regular
  and earlier difference lines already paid (included or paid) for it. A partial UNIQUE index (one
  difference line per beneficiary, program, period and standard) and the sum itself make it paid
  once: the batch after it finds nothing left to add. A period is completed only while it is still
  due for the beneficiary (a death or move-out recorded since, before the period, leaves it to the
  recovery; lines already in a recovery are not topped up).
* **A decrease with an earlier effective month** is refused (422 ``retroactive-decrease``) when any
  period from that month on was already paid or put in a batch at a higher amount: money is not
  clawed back silently. A lower standard from a month not yet paid is accepted; so is a decrease
  recorded as a correction by first entering it from the next unpaid month.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Unprocessable
from app.models.benefits.benefit import BenefitProgram, ProgramStandard
from app.models.benefits.enrolment import Enrolment
from app.models.benefits.payment import HOLDING_LINE_STATUSES, LineKind, LineStatus, PaymentLine
from app.models.benefits.recovery import RecoveryLine
from app.models.core.resident import Resident, ResidentStatus
from app.services.benefits.due import Standards, period_bounds, period_of


class RetroactiveDecrease(Unprocessable):
    """A lower standard from a month already paid at a higher amount."""

    code = "retroactive-decrease"
    title = "A standard cannot be lowered for months already paid"
    title_zh = "不能追溯降低已发放月份的标准"

    def __init__(self, effective_from: date, first_paid: str, amount_fen: int) -> None:
        super().__init__(
            f"{first_paid} was already paid at more than {amount_fen} fen: a standard cannot be lowered "
            f"from {effective_from:%Y-%m} retroactively; enter the lower standard from the first month "
            f"not yet paid",
            zh=f"{first_paid} 已按高于 {amount_fen} 分的标准发放，"
            f"不能从 {effective_from:%Y-%m} 起追溯降低标准；请从尚未发放的月份起录入新标准",
            loc=["body", "effective_from"],
            extra={"first_paid_period": first_paid},
        )


async def refuse_retroactive_decrease(
    session: AsyncSession, program: BenefitProgram, effective_from: date, amount_fen: int
) -> None:
    """422 when a period the new standard would govern (from ``effective_from`` until the next
    standard already recorded) was paid, or is in a batch, above ``amount_fen``."""
    later = await session.scalar(
        select(func.min(ProgramStandard.effective_from)).where(
            ProgramStandard.program_id == program.id, ProgramStandard.effective_from > effective_from
        )
    )
    rows = (
        await session.execute(
            select(PaymentLine.period)
            .where(
                PaymentLine.program_id == program.id,
                PaymentLine.status.in_(HOLDING_LINE_STATUSES),
                PaymentLine.period >= period_of(program, effective_from),
            )
            .group_by(PaymentLine.beneficiary_id, PaymentLine.period)
            .having(func.sum(PaymentLine.amount_fen) > amount_fen)
            .order_by(PaymentLine.period)
        )
    ).all()
    for (period,) in rows:
        first = period_bounds(program, period)[0]
        if first >= effective_from and (later is None or first < later):
            raise RetroactiveDecrease(effective_from, period, amount_fen)


async def difference_lines(
    session: AsyncSession,
    program: BenefitProgram,
    standards: Standards,
    *,
    street_id: int,
    payer_id: int,
    batch_id: int,
    today: date,
) -> list[dict[str, object]]:
    """The 补发 lines a new batch carries: periods paid below the standard now in force for them."""
    changes = standards.rows[1:]
    if not changes:
        return []
    since = period_of(program, min(row.effective_from for row in changes))
    regular = case((PaymentLine.kind == LineKind.regular, 1), else_=0)
    paid = (
        await session.execute(
            select(
                PaymentLine.beneficiary_id,
                PaymentLine.period,
                func.sum(PaymentLine.amount_fen),
                func.max(PaymentLine.enrolment_id),
            )
            .join(Enrolment, Enrolment.id == PaymentLine.enrolment_id)
            .where(
                PaymentLine.program_id == program.id,
                PaymentLine.status.in_(HOLDING_LINE_STATUSES),
                PaymentLine.period >= since,
                PaymentLine.id.not_in(select(RecoveryLine.payment_line_id)),
                Enrolment.street_id == street_id,
                Enrolment.payer_org_id == payer_id,
            )
            .group_by(PaymentLine.beneficiary_id, PaymentLine.period)
            # Only periods whose regular payment stands (a returned one is paid again in full).
            .having(func.sum(regular) > 0)
        )
    ).all()
    owed: dict[int, list[tuple[str, int, ProgramStandard]]] = defaultdict(list)
    for _beneficiary, period, total, enrolment_id in paid:
        first = period_bounds(program, period)[0]
        if first > today:
            continue
        standard = standards.in_force(first)
        if standard is not None and standard.amount_fen > int(total):
            owed[int(enrolment_id)].append((period, standard.amount_fen - int(total), standard))
    if not owed:
        return []
    facts = (
        await session.execute(
            select(
                Enrolment.id,
                Enrolment.beneficiary_id,
                Enrolment.community_id,
                Resident.status.label("person_status"),
                Resident.status_date,
            )
            .join(Resident, Resident.id == Enrolment.beneficiary_id)
            .where(Enrolment.id.in_(sorted(owed)))
            .order_by(Enrolment.id)
        )
    ).all()
    lines: list[dict[str, object]] = []
    for enrolment in facts:
        for period, amount, standard in sorted(owed[enrolment.id], key=lambda x: x[0]):
            first = period_bounds(program, period)[0]
            # The regular line was due when paid; a death or move-out recorded since (before the
            # period) means the period is owed back, not topped up.
            if enrolment.person_status is not ResidentStatus.active and (
                enrolment.status_date is None or enrolment.status_date < first
            ):
                continue
            lines.append(
                {
                    "batch_id": batch_id,
                    "enrolment_id": enrolment.id,
                    "program_id": program.id,
                    "period": period,
                    "beneficiary_id": enrolment.beneficiary_id,
                    "community_id": enrolment.community_id,
                    "amount_fen": amount,
                    "exclusive_group": program.exclusive_group,
                    "status": LineStatus.included,
                    "reason": None,
                    "reason_code": None,
                    "reason_params": None,
                    "kind": LineKind.difference,
                    "standard_id": standard.id,
                }
            )
    return lines
