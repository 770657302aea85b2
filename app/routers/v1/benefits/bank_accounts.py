"""Beneficiaries' bank accounts for payments: masked on every read, full only on an audited reveal."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from app.db import request_session
from app.deps import IdPath, Reads, Requires, Session, SettingsDep, set_etag
from app.errors import Forbidden
from app.read_lane import lane
from app.routers.v1.benefits.programs import TAG
from app.schemas.benefits.benefit_ops import BankAccountBody, BankAccountRead
from app.schemas.common import AUTHED, problems
from app.services.benefits import bank as bank_service
from app.services.benefits import bank_reads

router = APIRouter(prefix="/benefit-beneficiaries", tags=[TAG])


@router.put(
    "/{resident_id}/bank-account",
    operation_id="setBeneficiaryBankAccount",
    summary="Record the account a beneficiary is paid into (stored encrypted, shown masked; audited)",
    response_model=BankAccountRead,
    responses=problems(*AUTHED, 404, 422),
)
async def set_bank_account(
    resident_id: IdPath,
    body: BankAccountBody,
    response: Response,
    session: Session,
    settings: SettingsDep,
    principal: Requires("benefits:read"),
) -> BankAccountRead:
    if not (principal.can("benefits:apply") or principal.can("enrolments:manage")):
        raise Forbidden("Recording a bank account needs 'benefits:apply' or 'enrolments:manage'")
    account = await bank_service.set_account(
        session, settings, principal, resident_id, body.bank_name, body.account_number
    )
    set_etag(response, account.version)
    return BankAccountRead(
        resident_id=account.resident_id,
        bank_name=account.bank_name,
        account_number=account.account_masked,
        version=account.version,
    )


@router.get(
    "/{resident_id}/bank-account",
    operation_id="getBeneficiaryBankAccount",
    summary="A beneficiary's account, masked; ?reveal=true shows it in full (pii:read, audited)",
    response_model=BankAccountRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_bank_account(
    resident_id: IdPath,
    request: Request,
    principal: Reads("benefits:read"),
    reveal: Annotated[bool, Query(description="Show the account number in full (needs pii:read)")] = False,
) -> Any:
    if not reveal:
        return await bank_reads.masked_account(principal, resident_id)
    async with request_session(request) as session:
        account, number = await bank_service.read_account(
            session, request.app.state.settings, principal, resident_id, reveal=True
        )
    read = BankAccountRead(
        resident_id=account.resident_id,
        bank_name=account.bank_name,
        account_number=number,
        version=account.version,
    )
    response = JSONResponse(read.model_dump(mode="json"), headers={"Cache-Control": "no-store"})
    set_etag(response, account.version)
    return response
