"""Payment batches (发放批次): generated per program, period, street and payer; approved; paid.

* A batch is for a period that has come (``2019-06`` monthly, ``2019`` annual, ``once`` one-off),
  never a later one. It holds a line per beneficiary due for the period (``due.py``), plus back pay
  of months missed while eligible (resumed enrolments) and lines the bank returned earlier.
* One payment per beneficiary, program and period, whatever enrolment or batch it comes through:
  a partial UNIQUE index on ``payment_lines`` (included or paid lines) refuses a second one, so a
  second or concurrent generation cannot pay anyone twice.
* A standard entered later with an earlier effective month adds difference lines (补发差额) for the
  periods already paid at the old amount (``differences.py``), each paid once.
* Approval and marking paid re-check every line; a line no longer due is dropped with its reason.
* The street approves every batch; a district-paid program's batch is then approved by the
  district. An approved batch is marked paid by the payer; the bank's answer is recorded per line.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Conflict, Forbidden, Unprocessable
from app.models.benefits.benefit import BenefitProgram, ProgramPayer
from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from app.models.benefits.payment import (
    HOLDING_LINE_STATUSES,
    BatchStatus,
    LineKind,
    LineStatus,
    PaymentBatch,
    PaymentLine,
)
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Resident
from app.reasons import render
from app.services.benefits import due, money_authority
from app.services.benefits.differences import difference_lines
from app.services.benefits.due import (
    ENROLMENT_FACTS,
    Beneficiary,
    EnrolmentFacts,
    check_period_has_come,
    load_standards,
    not_due_reason,
    period_bounds,
    periods_between,
)
from app.services.benefits.programs import get_program
from app.services.benefits.scope import batch_scope
from app.services.core.loading import one_or_404
from app.workflow import Workflow, step

B = BatchStatus

PAYMENT_BATCH_WORKFLOW = Workflow(
    "payment_batch",
    BatchStatus,
    [
        step(
            "street_approve",
            [B.generated],
            None,
            money_authority.permission("street_approve"),
            "re-checks every line; district-paid programs go on to the district, others are approved",
            zh="街道审批",
            en="Street approval",
        ),
        step(
            "district_approve",
            [B.street_approved],
            B.approved,
            money_authority.permission("district_approve"),
            "re-checks every line",
            zh="区级审批",
            en="District approval",
        ),
        step(
            "mark_paid",
            [B.approved],
            B.paid,
            money_authority.permission("mark_paid"),
            "the payer (or an org above it); re-checks every line",
            zh="确认发放",
            en="Mark paid",
        ),
        step(
            "record_bank_answers",
            [B.paid],
            B.paid,
            money_authority.permission("record_bank_answers"),
            "the payer (or an org above it), per line: paid, or returned with the bank's reason (due "
            "again in the next batch)",
            zh="登记银行回盘",
            en="Record the bank's answers",
        ),
    ],
)


async def get_batch(session: AsyncSession, principal: Principal, batch_id: int) -> PaymentBatch:
    return await one_or_404(
        session,
        select(PaymentBatch).where(PaymentBatch.id == batch_id, batch_scope(principal)),
        "Payment batch",
    )


async def _street_and_payer(
    session: AsyncSession,
    principal: Principal,
    program: BenefitProgram,
    street_id: int | None,
    payer_org_id: int | None,
) -> tuple[Org, int]:
    if principal.org_kind is OrgKind.unit:
        unit = await session.get(Org, principal.org_id)
        assert unit is not None and unit.parent_id is not None
        street = await session.get(Org, unit.parent_id)
        assert street is not None
        return street, unit.id
    if principal.org_kind is OrgKind.street:
        street = await session.get(Org, principal.org_id)
    else:
        if street_id is None:
            raise Unprocessable(
                "street_id is required when the district generates a batch", loc=["body", "street_id"]
            )
        street = await session.get(Org, street_id)
    if street is None or street.kind is not OrgKind.street or not street.path.startswith(principal.org_path):
        raise Unprocessable("street_id must be a street of your area", loc=["body", "street_id"])
    if payer_org_id is None:
        payer = ProgramPayer(program.payer)
        payer_org_id = street.parent_id if payer is ProgramPayer.district else street.id
    payer_org = await session.get(Org, payer_org_id)
    if payer_org is None or not (
        street.path.startswith(payer_org.path) or payer_org.path.startswith(street.path)
    ):
        raise Unprocessable(
            "payer_org_id must be the street, one of its units or the district", loc=["body", "payer_org_id"]
        )
    return street, payer_org.id


async def _candidates(
    session: AsyncSession, program: BenefitProgram, street_id: int, payer_id: int, period: str, first: date
) -> list[tuple[EnrolmentFacts, Beneficiary, str]]:
    """(enrolment, beneficiary, period) pairs that may be due: the batch's period, back pay, returns."""
    returned = (
        select(PaymentLine.enrolment_id, PaymentLine.period)
        .join(Enrolment, Enrolment.id == PaymentLine.enrolment_id)
        .where(
            PaymentLine.program_id == program.id,
            PaymentLine.status == LineStatus.returned,
            PaymentLine.period <= period,
            Enrolment.street_id == street_id,
            Enrolment.payer_org_id == payer_id,
        )
    )
    returned_rows = (await session.execute(returned)).all()
    returned_ids = {r[0] for r in returned_rows}
    maybe_due: list[ColumnElement[bool]] = [
        and_(
            Enrolment.status != EnrolmentStatus.ended,
            Enrolment.starts_on <= period_bounds(program, period)[1],
        ),
        Enrolment.ends_on >= first,
        Enrolment.arrears_from.is_not(None),
    ]
    if returned_ids:
        maybe_due.append(Enrolment.id.in_(sorted(returned_ids)))
    rows = (
        await session.execute(
            # Plain columns, not ORM objects: a street's batch reads thousands of enrolments.
            select(*ENROLMENT_FACTS, Resident.status.label("person_status"), Resident.status_date)
            .join(Resident, Resident.id == Enrolment.beneficiary_id)
            .where(
                Enrolment.program_id == program.id,
                Enrolment.street_id == street_id,
                Enrolment.payer_org_id == payer_id,
                or_(*maybe_due),
            )
            .order_by(Enrolment.id)
        )
    ).all()
    by_id = {r.id: (r, Beneficiary(r.person_status, r.status_date)) for r in rows}
    pairs: list[tuple[EnrolmentFacts, Beneficiary, str]] = []
    for enrolment, person in by_id.values():
        pairs.append((enrolment, person, period))
        if enrolment.arrears_from is not None:
            pairs.extend(
                (enrolment, person, p) for p in periods_between(program, enrolment.arrears_from, period)
            )
    for enrolment_id, line_period in returned_rows:
        if enrolment_id in by_id:
            pairs.append((*by_id[enrolment_id], line_period))
    return pairs


async def generate_batch(
    session: AsyncSession,
    principal: Principal,
    *,
    program_id: int,
    period: str,
    street_id: int | None,
    payer_org_id: int | None,
    today: date,
) -> PaymentBatch:
    """Build the batch from what is due for the period (and earlier periods owed) and unpaid.

    The partial UNIQUE index (beneficiary, program, period) makes the later of two concurrent
    generations fail (409) instead of paying anyone twice.
    """
    program = await get_program(session, principal, program_id)
    if principal.org_kind is OrgKind.unit and ProgramPayer(program.payer) is not ProgramPayer.unit:
        raise Forbidden("A unit generates batches only for the programs it pays (the one-child award)")
    first, _ = check_period_has_come(program, period, today)
    street, payer_id = await _street_and_payer(session, principal, program, street_id, payer_org_id)
    await money_authority.check(session, principal, "generate", street_id=street.id, payer_org_id=payer_id)
    batch = PaymentBatch(
        program_id=program.id,
        period=period,
        street_id=street.id,
        payer_org_id=payer_id,
        status=BatchStatus.generated,
        generated_by=principal.username,
    )
    session.add(batch)
    await session.flush()
    pairs = await _candidates(session, program, street.id, payer_id, period, first)
    periods = {p for _, _, p in pairs}
    held: set[tuple[int, str]] = set()
    # Differences already paid for a period whose regular line the bank returned: the regular
    # payment made again pays only the rest of the standard.
    topped_up: dict[tuple[int, str], int] = {}
    if periods:
        rows = (
            await session.execute(
                select(
                    PaymentLine.beneficiary_id, PaymentLine.period, PaymentLine.kind, PaymentLine.amount_fen
                ).where(
                    PaymentLine.program_id == program.id,
                    PaymentLine.period.in_(sorted(periods)),
                    PaymentLine.status.in_(HOLDING_LINE_STATUSES),
                )
            )
        ).all()
        for beneficiary_id, held_period, kind, amount in rows:
            key = (int(beneficiary_id), str(held_period))
            if LineKind(kind) is LineKind.regular:
                held.add(key)
            else:
                topped_up[key] = topped_up.get(key, 0) + int(amount)
    in_group = await due.paid_in_group(session, program, periods)
    standards = await load_standards(session, program)
    lines: list[dict[str, object]] = []
    already_in_batch = 0
    for enrolment, person, line_period in pairs:
        key = (enrolment.beneficiary_id, line_period)
        line_first, line_last = period_bounds(program, line_period)
        if line_first > today or not_due_reason(enrolment, person, line_first, line_last) is not None:
            continue
        if key in held:
            already_in_batch += line_period == period
            continue
        held.add(key)
        line: dict[str, object] = {
            "batch_id": batch.id,
            "enrolment_id": enrolment.id,
            "program_id": program.id,
            "period": line_period,
            "beneficiary_id": enrolment.beneficiary_id,
            "community_id": enrolment.community_id,
            "amount_fen": standards.amount(line_first) - topped_up.get(key, 0),
            "exclusive_group": program.exclusive_group,
            "status": LineStatus.included,
            "reason": None,
            "reason_code": None,
            "reason_params": None,
            "kind": LineKind.regular,
            "standard_id": standard.id if (standard := standards.in_force(line_first)) else None,
        }
        if key in in_group:
            # Never a second paying line in the group: written as dropped, with the reason shown.
            reason = in_group[key]
            line["status"], line["reason"] = LineStatus.dropped, reason.en
            line["reason_code"], line["reason_params"] = reason.code, dict(reason.params)
        lines.append(line)
    lines.extend(
        await difference_lines(
            session,
            program,
            standards,
            street_id=street.id,
            payer_id=payer_id,
            batch_id=batch.id,
            today=today,
        )
    )
    included = [line for line in lines if line["status"] is LineStatus.included]
    if not included:
        skipped = [
            {
                "beneficiary_id": line["beneficiary_id"],
                "period": line["period"],
                "reason": render(str(line["reason_code"]), line["reason_params"])  # type: ignore[arg-type]
                if line["reason_code"]
                else line["reason"],
            }
            for line in lines
        ]
        if skipped:
            raise Conflict(
                f"Nothing is due for {period}: everyone due is paid under another program of the "
                f"group {program.exclusive_group} for the period",
                zh=f"{period}无应发对象：应发人员当期已享受同组（{program.exclusive_group}）其他项目",
                extra={"period": period, "skipped": skipped},
            )
        if already_in_batch:
            raise Conflict(
                f"Everyone due for {period} is already in a batch; nothing more to pay",
                extra={"period": period},
            )
        raise Conflict(
            f"Nothing is due for {period}: no enrolment is payable for it", extra={"period": period}
        )
    batch.line_count = len(included)
    batch.total_fen = sum(int(str(line["amount_fen"])) for line in included)
    try:
        await session.flush()
        await session.execute(insert(PaymentLine), lines)
    except IntegrityError as exc:
        raise Conflict(
            f"Another generation for {period} included these beneficiaries first; nothing to pay",
            extra={"period": period},
        ) from exc
    await audit.record(
        session,
        actor=principal,
        action="payment_batch.generated",
        object_type="payment_batch",
        object_id=batch.id,
        scope_path=street.path,
        detail={
            "program": program.code,
            "period": period,
            "lines": batch.line_count,
            "back_pay_lines": sum(
                1 for line in included if line["period"] != period and line["kind"] is LineKind.regular
            ),
            "difference_lines": [
                {"beneficiary_id": x["beneficiary_id"], "period": x["period"], "amount_fen": x["amount_fen"]}
                for x in included
                if x["kind"] is LineKind.difference
            ],
            "skipped_same_group": [
                {"beneficiary_id": line["beneficiary_id"], "period": line["period"]}
                for line in lines
                if line["status"] is LineStatus.dropped
            ],
            "total_fen": batch.total_fen,
        },
    )
    return batch


async def audit_batch(
    session: AsyncSession, principal: Principal, batch: PaymentBatch, action: str, detail: dict[str, object]
) -> None:
    street = await session.get(Org, batch.street_id)
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="payment_batch",
        object_id=batch.id,
        scope_path=street.path if street else principal.org_path,
        detail=detail,
    )
