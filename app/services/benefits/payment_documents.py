"""A payment batch's list for signature (发放花名册, PDF): one line per person to pay, with the
community, the masked ID number, the period and the amount, a column to sign for receipt, the total,
and signature blocks for the people who prepare, check and approve it.

Read with ``benefits:read`` in the batch's scope (404 outside it), as the batch and its bank CSV.
ID numbers are always masked (``500103********9482``), whoever prints it: paper travels. Printing
it is audited (``payment_batch.printed``), as the CSV export is.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.documents.blocks import Column, Document, Fields, Heading, Signatures, Table
from app.documents.wording import label, yuan
from app.models.benefits.benefit import BenefitProgram
from app.models.benefits.payment import HOLDING_LINE_STATUSES, PaymentLine
from app.models.core.org import Org
from app.models.core.resident import Resident
from app.services.benefits.payments import audit_batch, get_batch
from app.services.core import display


async def signature_list(
    session: AsyncSession, principal: Principal, batch_id: int, *, at: datetime
) -> Document:
    batch = await get_batch(session, principal, batch_id)
    program = await session.get(BenefitProgram, batch.program_id)
    assert program is not None
    lines = (
        await session.execute(
            select(
                Org.name, Resident.name, Resident.id_number_masked, PaymentLine.period, PaymentLine.amount_fen
            )
            .join(Resident, Resident.id == PaymentLine.beneficiary_id)
            .join(Org, Org.id == PaymentLine.community_id)
            .where(PaymentLine.batch_id == batch.id, PaymentLine.status.in_(HOLDING_LINE_STATUSES))
            .order_by(Org.name, PaymentLine.id)
        )
    ).all()
    names = await display.org_names(session, [batch.street_id, batch.payer_org_id])
    total = sum(int(line[4]) for line in lines)
    await audit_batch(
        session, principal, batch, "payment_batch.printed", {"lines": len(lines), "id_numbers": "masked"}
    )
    return Document(
        title=f"{program.name}发放花名册",
        issuer=f"{names.get(batch.street_id, '')} · {batch.period}",
        subject=f"发放批次 {batch.id}",
        generated_at=at,
        landscape=True,
        blocks=(
            Fields(
                rows=(
                    ("批次", f"{batch.id}（{label('payment_batch_status', batch.status)}）"),
                    ("发放期间", batch.period),
                    ("支付单位", names.get(batch.payer_org_id, "")),
                    ("人数与金额", f"{len(lines)} 人，合计 {yuan(total)}"),
                )
            ),
            Heading("花名册"),
            Table(
                columns=(
                    Column("序号", 1, "C"),
                    Column("社区", 3),
                    Column("姓名", 2.4),
                    Column("身份证号", 4),
                    Column("期间", 1.8, "C"),
                    Column("金额（元）", 2.2, "R"),
                    Column("领款人签字", 3.2),
                ),
                rows=tuple(
                    (str(n), community, name, masked or "", period, yuan(amount).removesuffix(" 元"), "")
                    for n, (community, name, masked, period, amount) in enumerate(lines, start=1)
                )
                + (("", "合计", f"{len(lines)} 人", "", "", yuan(total).removesuffix(" 元"), ""),),
            ),
            Signatures(parties=(("制表人", ""), ("街道审核（盖章）", ""), ("审批（盖章）", ""))),
        ),
    )
