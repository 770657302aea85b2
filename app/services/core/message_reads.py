"""Text messages on the fast read path: a resident's consents (after the resident's own scope
check, 404 outside it, as every read of a resident), the templates and the sending rules.

Templates and rules are reference data: every holder of ``messages:read`` reads them all, the
templates by purpose and newest wording first, the rules by the day they take effect.
"""

from __future__ import annotations

from typing import Any

from app.authz import Principal, resident_scope
from app.models.core.messaging import MessageRule, MessageTemplate, SmsConsent
from app.models.core.resident import Resident
from app.read_path import ReadPath, Related, Seen
from app.schemas.core.messaging import ConsentRead, RuleRead, TemplateRead
from app.services.core.scope import anyone_scope

TEMPLATES = ReadPath(
    model=MessageTemplate,
    schema=TemplateRead,
    scope=anyone_scope,
    label="Message template",
    all_order=(MessageTemplate.purpose, MessageTemplate.effective_from.desc()),
)
RULES = ReadPath(
    model=MessageRule,
    schema=RuleRead,
    scope=anyone_scope,
    label="Message rule",
    all_order=(MessageRule.effective_from,),
)

# Whether the caller sees the resident (404 otherwise), before the resident's consents are answered.
RESIDENT_SEEN = ReadPath(model=Resident, schema=Seen, scope=resident_scope, label="Resident")
CONSENTS = Related(
    *(
        SmsConsent.revoked_on.is_(None).label("in_force") if name == "in_force" else getattr(SmsConsent, name)
        for name in ConsentRead.model_fields
    ),
    key=SmsConsent.resident_id,
    order_by=SmsConsent.id.desc(),
)


async def consents_of(principal: Principal, resident_id: int) -> Any:
    """A resident's consents, newest first, in force and withdrawn; 404 if the caller does not see
    the resident."""
    return await CONSENTS.of(RESIDENT_SEEN, principal, resident_id)
