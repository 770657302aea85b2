"""Who may write on money: one table, read by every service that changes a batch or a recovery.

Each money action names the permission it needs (``app/authz.py`` says which roles hold it) and the
org the caller must be, relative to the batch or recovery:

* ``payer_or_above``: the payer itself or an org above it (the payer's path starts with the
  caller's); never an org below the payer, so a street officer touches nothing a district pays;
* ``street``: the batch's street itself;
* ``above_street``: an org above the batch's street (the district);
* ``street_or_above_or_payer``: generating: the batch's street or an org above it, or the payer
  itself (a unit generates the batches it pays).

The object must also be visible to the caller (its read scope: a batch by its street, or by its
payer for a unit; a recovery by its community or unit), else 404. The workflow tables
(``PAYMENT_BATCH_WORKFLOW``, ``RECOVERY_WORKFLOW``) and the routes take their permissions from here,
so no endpoint keeps its own copy of the rule. docs/benefits.md prints the table.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.authz import Principal
from app.errors import Forbidden
from app.models.core.org import Org


class Relation(enum.StrEnum):
    payer_or_above = "payer_or_above"
    street = "street"
    above_street = "above_street"
    street_or_above_or_payer = "street_or_above_or_payer"


@dataclass(frozen=True)
class Authority:
    permission: str
    relation: Relation
    en: str
    zh: str


MONEY_AUTHORITY: dict[str, Authority] = {
    "generate": Authority(
        "payments:generate",
        Relation.street_or_above_or_payer,
        "the batch's street or an org above it, or the payer itself",
        "本街道或其上级，或发放单位本身",
    ),
    "street_approve": Authority(
        "payments:approve:street", Relation.street, "the batch's street", "批次所属街道"
    ),
    "district_approve": Authority(
        "payments:approve:district", Relation.above_street, "the district over the batch's street", "上级区"
    ),
    "mark_paid": Authority(
        "payments:pay", Relation.payer_or_above, "the payer or an org above it", "发放单位或其上级"
    ),
    "record_bank_answers": Authority(
        "payments:pay", Relation.payer_or_above, "the payer or an org above it", "发放单位或其上级"
    ),
    "refund": Authority(
        "payments:pay", Relation.payer_or_above, "the payer or an org above it", "发放单位或其上级"
    ),
    "write_off": Authority(
        "recoveries:write-off", Relation.payer_or_above, "the payer or an org above it", "发放单位或其上级"
    ),
}


def permission(action: str) -> str:
    return MONEY_AUTHORITY[action].permission


def _above_or_same(principal: Principal, org: Org) -> bool:
    return org.path.startswith(principal.org_path)


async def check(
    session: AsyncSession, principal: Principal, action: str, *, street_id: int, payer_org_id: int
) -> None:
    """403 unless the caller holds the action's permission and is the org the table names."""
    authority = MONEY_AUTHORITY[action]
    if not principal.can(authority.permission):
        raise Forbidden(f"This needs '{authority.permission}'", zh=f"需要“{authority.permission}”权限")
    street = await session.get(Org, street_id)
    payer = await session.get(Org, payer_org_id)
    relation = authority.relation
    if street is None or payer is None:
        allowed = False
    elif relation is Relation.payer_or_above:
        allowed = _above_or_same(principal, payer)
    elif relation is Relation.street:
        allowed = principal.org_id == street.id
    elif relation is Relation.above_street:
        allowed = principal.org_id != street.id and _above_or_same(principal, street)
    else:
        allowed = _above_or_same(principal, street) or principal.org_id == payer.id
    if not allowed:
        raise Forbidden(f"Only {authority.en} may do this ({action})", zh=f"只有{authority.zh}可以办理")
