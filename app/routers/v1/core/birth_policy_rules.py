"""Birth policy rules (生育政策): read by anyone signed in; the district records a new one."""

from __future__ import annotations

from fastapi import APIRouter, status

from app.deps import CurrentPrincipal, Requires, Session
from app.schemas.common import AUTHED, problems
from app.schemas.core.birth_policy import BirthPolicyRuleCreate, BirthPolicyRuleRead
from app.services.core import birth_policy

router = APIRouter(prefix="/birth-policy-rules", tags=["Platform: reference data"])


@router.get(
    "",
    operation_id="listBirthPolicyRules",
    summary="Birth policy rules in date order, with their scope and source documents: a birth is judged "
    "by the rule in force on its birth date",
    response_model=list[BirthPolicyRuleRead],
    responses=problems(401),
)
async def list_birth_policy_rules(session: Session, principal: CurrentPrincipal) -> list[BirthPolicyRuleRead]:
    return [BirthPolicyRuleRead.model_validate(r) for r in await birth_policy.list_rules(session)]


@router.post(
    "",
    operation_id="createBirthPolicyRule",
    summary="Record a birth policy rule from a day (district; 422 if it overlaps a rule of the same scope; "
    "audited)",
    status_code=status.HTTP_201_CREATED,
    response_model=BirthPolicyRuleRead,
    responses=problems(*AUTHED),
)
async def create_birth_policy_rule(
    body: BirthPolicyRuleCreate, session: Session, principal: Requires("birth-policy:write")
) -> BirthPolicyRuleRead:
    rule = await birth_policy.add_rule(session, principal, body.model_dump())
    return BirthPolicyRuleRead.model_validate(rule)
