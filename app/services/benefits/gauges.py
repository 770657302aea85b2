"""利益导向's business gauge for ``/metrics`` (registered at import; app/metrics.py runs it per scrape):
payment batches waiting, by the step they wait for. A few batches a month: the count is cheap
without an index of its own."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.metrics import Samples, business_gauge
from app.models.benefits.payment import BatchStatus, PaymentBatch

# A batch's status names the step it passed; it waits for the next one.
WAITING_FOR = {
    BatchStatus.generated: "street_approval",
    BatchStatus.street_approved: "district_approval",
    BatchStatus.approved: "payment",
}


@business_gauge(
    "fpwork_payment_batches_waiting",
    "Payment batches waiting, by the step they wait for (street_approval, district_approval, payment).",
    ("step",),
)
async def batches_waiting(session: AsyncSession, today: date, now: datetime) -> Samples:
    rows = (
        await session.execute(
            select(PaymentBatch.status, func.count())
            .where(PaymentBatch.status.in_(tuple(WAITING_FOR)))
            .group_by(PaymentBatch.status)
        )
    ).all()
    counts: dict[BatchStatus, int] = {status: count for status, count in rows}
    return [((step,), float(counts.get(status, 0))) for status, step in WAITING_FOR.items()]
