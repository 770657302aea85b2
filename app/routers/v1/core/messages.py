"""Text messages: residents' consents (PIPL), the messages sent to them, templates and rules."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response, status

from app.clock import Today
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.core.messaging import (
    ConsentGrant,
    ConsentRead,
    ConsentRevoke,
    RuleRead,
    SmsMessageRead,
    TemplateCreate,
    TemplateRead,
)
from app.services.core import consents as service
from app.services.core import message_reads

TAG = "Core records: text messages (短信)"
router = APIRouter(tags=[TAG])

Reader = Requires("messages:read")


@router.get(
    "/residents/{resident_id}/consents",
    operation_id="listResidentConsents",
    summary="A resident's consents to text messages, in force and withdrawn, newest first",
    response_model=list[ConsentRead],
    responses=problems(*AUTHED, 404),
)
@lane
async def list_consents(resident_id: IdPath, principal: Reads("messages:read")) -> Any:
    return await message_reads.consents_of(principal, resident_id)


@router.post(
    "/residents/{resident_id}/consents",
    operation_id="grantResidentConsent",
    summary="Record a resident's consent to text messages (date, how it was given, where the proof is)",
    status_code=status.HTTP_201_CREATED,
    response_model=ConsentRead,
    responses=problems(*AUTHED, 404, 409),
)
async def grant_consent(
    resident_id: IdPath,
    body: ConsentGrant,
    response: Response,
    session: Session,
    today: Today,
    principal: Requires("consents:write"),
) -> ConsentRead:
    consent = await service.grant_consent(session, principal, resident_id, body, today)
    response.headers["Location"] = f"/api/v1/residents/{resident_id}/consents"
    set_etag(response, consent.version)
    return service.to_read(consent)


@router.post(
    "/residents/{resident_id}/consents/{consent_id}/revoke",
    operation_id="revokeResidentConsent",
    summary="Withdraw a consent: nothing more is sent on its channel, queued messages included",
    response_model=ConsentRead,
    responses=problems(*AUTHED, 404, 409),
)
async def revoke_consent(
    resident_id: IdPath,
    consent_id: IdPath,
    body: ConsentRevoke,
    response: Response,
    session: Session,
    today: Today,
    principal: Requires("consents:write"),
) -> ConsentRead:
    consent = await service.revoke_consent(session, principal, resident_id, consent_id, body, today)
    set_etag(response, consent.version)
    return service.to_read(consent)


@router.get(
    "/residents/{resident_id}/messages",
    operation_id="listResidentMessages",
    summary="The text messages queued and sent to a resident, newest first (phones masked)",
    response_model=Page[SmsMessageRead],
    responses=problems(*AUTHED, 404),
)
async def list_messages(
    resident_id: IdPath,
    session: Session,
    principal: Reader,
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    items, next_cursor = await service.list_messages(
        session, principal, resident_id, limit=limit, cursor=cursor
    )
    return Page[SmsMessageRead](
        items=[SmsMessageRead.model_validate(m) for m in items], next_cursor=next_cursor
    )


@router.get(
    "/message-templates",
    operation_id="listMessageTemplates",
    summary="The message templates, each purpose's wordings by the day they take effect",
    response_model=list[TemplateRead],
    responses=problems(*AUTHED),
)
@lane
async def list_templates(principal: Reads("messages:read")) -> Any:
    return await message_reads.TEMPLATES.all(principal)


@router.post(
    "/message-templates",
    operation_id="createMessageTemplate",
    summary="A new wording for a purpose, in force from its effective date",
    status_code=status.HTTP_201_CREATED,
    response_model=TemplateRead,
    responses=problems(*AUTHED, 409),
)
async def create_template(
    body: TemplateCreate,
    response: Response,
    session: Session,
    principal: Requires("message-templates:write"),
) -> Any:
    template = await service.create_template(session, principal, body)
    set_etag(response, template.version)
    return template


@router.get(
    "/message-rules",
    operation_id="listMessageRules",
    summary="When messages may go: quiet hours (Beijing time) and per-resident limits, by effective date",
    response_model=list[RuleRead],
    responses=problems(*AUTHED),
)
@lane
async def list_rules(principal: Reads("messages:read")) -> Any:
    return await message_reads.RULES.all(principal)
