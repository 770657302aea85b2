"""What quality gives mobile sync (app/sync.py): pregnancies followed, open referrals, stock at the
caller's points and the catalogue; follow-ups, screening results, handouts and births from devices.

The server wins on workflow state: a follow-up that asks a referral to move on (say "complete")
after the provider already completed it keeps the provider's state; the follow-up visit itself is
still recorded, and the clash is listed for the worker.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import InvalidTransition
from app.models.core.resident import Sex
from app.models.quality.contraceptive import ContraceptiveProduct
from app.models.quality.pregnancy import Pregnancy, PregnancyState
from app.models.quality.referral import Referral, ReferralStatus
from app.models.quality.screening import RiskLevel
from app.models.quality.stock import StockBatch
from app.schemas.quality.contraceptive import ProductRead
from app.schemas.quality.pregnancy import BirthCreate
from app.schemas.quality.screening import ScreeningCreate
from app.schemas.quality.stock import DispensationCreate, StockBatchRead
from app.services.quality import dispensing, pregnancies, referrals, screening
from app.services.quality.scope import batch_scope, pregnancy_scope, referral_scope
from app.sync import Applied, Clash, FeedKind, FeedRequest, OperationContext, OperationKind

_OPEN_REFERRAL = (ReferralStatus.requested, ReferralStatus.accepted, ReferralStatus.scheduled)


async def _pregnancies(session: AsyncSession, request: FeedRequest) -> list[tuple[int, dict[str, Any]]]:
    stmt = select(Pregnancy).where(
        pregnancy_scope(request.principal), Pregnancy.state == PregnancyState.following
    )
    stmt = stmt.where(Pregnancy.id.in_(request.ids)) if request.ids is not None else stmt
    rows = (
        (
            await session.execute(
                stmt.where(Pregnancy.id > request.after).order_by(Pregnancy.id).limit(request.limit)
            )
        )
        .scalars()
        .all()
    )
    reads = await pregnancies.to_reads(session, rows, request.today)
    return [(r.id, r.model_dump(mode="json", exclude={"resident_name", "next_steps"})) for r in reads]


async def _referrals(session: AsyncSession, request: FeedRequest) -> list[tuple[int, dict[str, Any]]]:
    if not request.principal.can("referrals:read"):
        return []
    stmt = select(Referral).where(referral_scope(request.principal), Referral.status.in_(_OPEN_REFERRAL))
    stmt = stmt.where(Referral.id.in_(request.ids)) if request.ids is not None else stmt
    rows = (
        await session.execute(
            stmt.where(Referral.id > request.after).order_by(Referral.id).limit(request.limit)
        )
    ).scalars()
    return [(r.id, referrals.to_read(r, request.today).model_dump(mode="json")) for r in rows]


async def _stock(session: AsyncSession, request: FeedRequest) -> list[tuple[int, dict[str, Any]]]:
    stmt = select(StockBatch).where(batch_scope(request.principal), StockBatch.qty_on_hand > 0)
    stmt = stmt.where(StockBatch.id.in_(request.ids)) if request.ids is not None else stmt
    rows = (
        await session.execute(
            stmt.where(StockBatch.id > request.after).order_by(StockBatch.id).limit(request.limit)
        )
    ).scalars()
    return [
        (
            b.id,
            StockBatchRead.model_validate(
                {
                    **{k: getattr(b, k) for k in StockBatchRead.model_fields if k != "expired"},
                    "expired": b.expires_on < request.today,
                }
            ).model_dump(mode="json"),
        )
        for b in rows
    ]


FEEDS = (
    FeedKind("pregnancy", _pregnancies, personal=True),
    FeedKind("referral", _referrals, personal=True),
    FeedKind("stock", _stock),
)


async def _catalogue(session: AsyncSession) -> list[dict[str, Any]]:
    rows = (await session.execute(select(ContraceptiveProduct).order_by(ContraceptiveProduct.id))).scalars()
    return [
        ProductRead.model_validate(p).model_dump(mode="json", exclude={"created_at", "updated_at"})
        for p in rows
    ]


LOOKUPS = {"contraceptive_products": _catalogue}


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FollowUp(_Body):
    pregnancy_id: int = Field(ge=1)
    visited_on: date
    note: str | None = Field(default=None, max_length=500)
    referral_id: int | None = Field(default=None, ge=1, description="A referral the visit looked into")
    referral_step: str | None = Field(default=None, pattern="^(accept|complete|decline)$")
    referral_outcome: str | None = Field(default=None, max_length=500)


class ScreeningResult(_Body):
    program_id: int = Field(ge=1)
    resident_id: int = Field(ge=1)
    screened_on: date
    items: list[str] = Field(default_factory=list, max_length=40)
    risk_level: RiskLevel
    findings: str | None = Field(default=None, max_length=4000)


class Handout(_Body):
    point_id: int = Field(ge=1)
    product_id: int = Field(ge=1)
    quantity: int = Field(default=1, ge=1, le=1000)
    resident_id: int | None = Field(default=None, ge=1)


class BirthReport(_Body):
    pregnancy_id: int = Field(ge=1)
    born_on: date
    child_name: str = Field(min_length=1, max_length=64)
    child_sex: Sex


async def _follow_up(session: AsyncSession, ctx: OperationContext, data: dict[str, Any]) -> Applied:
    body = FollowUp.model_validate(data)
    p = await pregnancies.visit(
        session, ctx.principal, body.pregnancy_id, body.visited_on, body.note, None, ctx.recorded_on
    )
    applied = Applied("pregnancy", p.id)
    if body.referral_id is not None and body.referral_step is not None:
        referral = await referrals.get_referral(session, ctx.principal, body.referral_id)
        try:
            async with session.begin_nested():
                await referrals.transition(
                    session,
                    ctx.principal,
                    referral.id,
                    body.referral_step,
                    expected_version=None,
                    outcome=body.referral_outcome,
                    reason=body.referral_outcome,
                    today=ctx.recorded_on,
                )
        except InvalidTransition:
            current = (
                await session.execute(select(Referral.status).where(Referral.id == body.referral_id))
            ).scalar_one()
            applied.clashes.append(
                Clash(
                    "referral",
                    body.referral_id,
                    "workflow-state",
                    {"status": current.value},
                    {"step": body.referral_step},
                )
            )
    return applied


async def _screening(session: AsyncSession, ctx: OperationContext, data: dict[str, Any]) -> Applied:
    body = ScreeningResult.model_validate(data)
    created = await screening.record_screening(
        session, ctx.settings, ctx.principal, ScreeningCreate.model_validate(body.model_dump())
    )
    return Applied("screening", created.id)


async def _handout(session: AsyncSession, ctx: OperationContext, data: dict[str, Any]) -> Applied:
    body = Handout.model_validate(data)
    dispensation, _ = await dispensing.dispense(
        session,
        ctx.settings,
        ctx.principal,
        DispensationCreate.model_validate(body.model_dump()),
        at=ctx.recorded_at,
    )
    return Applied("dispensation", dispensation.id)


async def _birth(session: AsyncSession, ctx: OperationContext, data: dict[str, Any]) -> Applied:
    body = BirthReport.model_validate(data)
    p = await pregnancies.record_birth(
        session,
        ctx.principal,
        body.pregnancy_id,
        BirthCreate.model_validate(body.model_dump(mode="json", exclude={"pregnancy_id"})),
        None,
        ctx.recorded_on,
    )
    return Applied("pregnancy", p.id)


OPERATIONS = (
    OperationKind(
        "pregnancy_follow_up", _follow_up, "A pregnancy follow-up visit (孕情随访)", "screening:write"
    ),
    OperationKind("screening_result", _screening, "A screening result taken at home", "screening:write"),
    OperationKind("contraceptive_handout", _handout, "Contraceptives handed out (药具发放)", "dispense"),
    OperationKind("birth_report", _birth, "A birth reported (出生登记)", "screening:write"),
)
