"""A beneficiary's bank account on the fast read path: the masked read only.

The account is read where its resident is in the caller's scope (:func:`app.authz.resident_scope`,
the resident read's own filter): first the resident (404 "Resident not found" outside the scope, as
``residents.get_resident`` says), then the account by its resident, with only the stored masked
number selected, so nothing unmasked leaves the database on this path. Revealing the number in full
(``?reveal=true``, pii:read, audited) stays on the session path in app/services/benefits/bank.py.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam

from app.authz import Principal
from app.errors import NotFound
from app.models.benefits.bank import BankAccount
from app.read_path import ReadPath
from app.schemas.benefits.benefit_ops import BankAccountRead
from app.services.benefits.scope import account_scope
from app.services.core.resident_reads import RESIDENTS

ACCOUNTS = ReadPath(
    model=BankAccount,
    schema=BankAccountRead,
    scope=account_scope,
    label="Bank account",
    columns={"account_number": BankAccount.__table__.c.account_masked},
    filters={"resident_id": lambda: BankAccount.resident_id == bindparam("resident_id")},
)


async def masked_account(principal: Principal, resident_id: int) -> Any:
    """The resident's account, masked, with its ETag; 404 for a resident outside the scope or one
    with no account on record (the session path's two messages)."""
    await RESIDENTS.one(principal, resident_id)
    try:
        return await ACCOUNTS.first(principal, resident_id=resident_id)
    except NotFound:
        raise NotFound("No bank account on record for this resident") from None
