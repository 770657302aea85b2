"""Contraceptive reports: dispensed quantities per month and stock-out days, from the ledger."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app.deps import IdQuery, Requires, Session
from app.schemas.common import AUTHED, IsoDate, problems
from app.schemas.quality.stock import DispensingReport, StockOutReport
from app.services.quality import contraceptive_reports as reports

router = APIRouter(prefix="/reports", tags=["Task 6 · Quality services (优质服务)"])

Reader = Requires("contraceptives:read")
DateFrom = Annotated[IsoDate, Query(description="First day (local date), inclusive")]
DateTo = Annotated[
    IsoDate,
    Query(
        description="Last day (local date), inclusive: not before date_from and at most "
        f"{reports.MAX_REPORT_DAYS} days after it"
    ),
]


@router.get(
    "/dispensing",
    operation_id="getDispensingReport",
    summary="Dispensed quantity per month, point and product",
    response_model=DispensingReport,
    responses=problems(*AUTHED),
)
async def dispensing_report(
    session: Session,
    principal: Reader,
    date_from: DateFrom,
    date_to: DateTo,
    point_id: IdQuery = None,
    product_id: IdQuery = None,
) -> DispensingReport:
    rows = await reports.dispensing_report(
        session, principal, date_from=date_from, date_to=date_to, point_id=point_id, product_id=product_id
    )
    return DispensingReport(date_from=date_from, date_to=date_to, items=rows)


@router.get(
    "/stock-outs",
    operation_id="getStockOutReport",
    summary="Stock-out days per point and product (closing balance zero), from the ledger",
    response_model=StockOutReport,
    responses=problems(*AUTHED),
)
async def stock_out_report(
    session: Session,
    principal: Reader,
    date_from: DateFrom,
    date_to: DateTo,
    point_id: IdQuery = None,
    product_id: IdQuery = None,
) -> StockOutReport:
    rows = await reports.stock_out_report(
        session, principal, date_from=date_from, date_to=date_to, point_id=point_id, product_id=product_id
    )
    return StockOutReport(date_from=date_from, date_to=date_to, items=rows)
