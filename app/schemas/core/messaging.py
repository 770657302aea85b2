"""Text messages: residents' consents, the templates, the rules, and the messages sent."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Annotated

from pydantic import Field, WithJsonSchema, model_validator

from app.models.core.messaging import PURPOSE_VARIABLES, Channel, ConsentSource, MessagePurpose, SmsStatus
from app.schemas.common import IsoDate, ORMModel, StorableBody

# A time of day on the office's clock. JSON Schema's "time" format (RFC 3339) needs an offset, which
# a local time of day has not: the document gives its shape instead.
BeijingTimeOfDay = Annotated[
    time, WithJsonSchema({"type": "string", "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"})
]

_VARIABLE = re.compile(r"\$\{[a-z_][a-z0-9_]*\}")  # the syntax app/services/core/messages.py renders


class ConsentGrant(StorableBody):
    channel: Channel = Channel.sms
    granted_on: IsoDate = Field(
        description="The day the resident consented (a Beijing date, not in the future)"
    )
    source: ConsentSource = Field(description="How the resident consented")
    evidence: str | None = Field(
        default=None, max_length=200, description="Where the proof is kept", examples=["同意书 2026-0153"]
    )


class ConsentRevoke(StorableBody):
    revoked_on: IsoDate = Field(description="The day the resident withdrew the consent (not in the future)")
    source: ConsentSource = Field(description="How the resident withdrew it")


class ConsentRead(ORMModel):
    id: int
    resident_id: int
    channel: Channel
    granted_on: date
    source: ConsentSource
    evidence: str | None
    recorded_by: int | None
    revoked_on: date | None
    revoked_source: ConsentSource | None
    revoked_by: int | None
    in_force: bool = Field(description="Not revoked: messages may be sent")
    version: int
    created_at: datetime
    updated_at: datetime


class SmsMessageRead(ORMModel):
    """A message as staff see it: the phone masked; the text as the resident received it."""

    id: int
    resident_id: int
    purpose: MessagePurpose
    reference: str
    body: str
    status: SmsStatus
    status_reason: str | None = Field(
        description="Why it waits or was not sent (quiet_hours, limit_reached, no_consent, no_phone), "
        "or the provider's refusal"
    )
    next_attempt_at: datetime
    attempts: int
    provider: str | None
    phone_masked: str | None
    sent_at: datetime | None
    receipt_at: datetime | None
    receipt_code: str | None
    created_at: datetime


class TemplateCreate(StorableBody):
    purpose: MessagePurpose
    body: str = Field(
        min_length=1,
        max_length=500,
        description="The text, naming its variables as ${name}: only those its purpose gives "
        "(application_outcome: name, program, outcome, note; request_outcome: name, service, "
        "tracking_code, outcome; request_returned: name, service, tracking_code, materials, place; "
        "reverification_due: name, program, deadline; screening_appointment: name, when, place; "
        "follow_up_due: name, deadline; complaint_reply: tracking_code, reply)",
        # a wording every purpose can take (the operation's example shows one with variables)
        examples=["【某街道计生办】您好，您反映的事项已办理，请留意社区通知。"],
    )
    effective_from: IsoDate
    source: str = Field(min_length=1, max_length=200, description="The decision that set the wording")
    aliyun_template_code: str | None = Field(default=None, max_length=64, pattern=r"^SMS_\d+$")
    tencent_template_id: str | None = Field(default=None, max_length=64, pattern=r"^\d+$")

    @model_validator(mode="after")
    def _names_variables(self) -> TemplateCreate:
        if self.body.count("${") != len(_VARIABLE.findall(self.body)):
            raise ValueError("variables are written ${name}: a lowercase letter, then letters, digits or _")
        given = PURPOSE_VARIABLES[self.purpose]
        named = dict.fromkeys(variable[2:-1] for variable in _VARIABLE.findall(self.body))
        unknown = [name for name in named if name not in given]
        if unknown:
            raise ValueError(
                f"the template names variables its purpose does not give: {', '.join(unknown)} "
                f"(it gives {', '.join(given)})"
            )
        return self


class TemplateRead(ORMModel):
    id: int
    purpose: MessagePurpose
    body: str
    variables: list[str]
    effective_from: date
    source: str
    aliyun_template_code: str | None
    tencent_template_id: str | None
    version: int
    created_at: datetime


class RuleRead(ORMModel):
    id: int
    effective_from: date
    quiet_from: BeijingTimeOfDay = Field(description="Quiet hours start (Beijing time, HH:MM:SS)")
    quiet_until: BeijingTimeOfDay = Field(description="Quiet hours end (Beijing time, HH:MM:SS)")
    max_per_day: int
    max_per_week: int
    remind_days_before: int = Field(
        description="Reminders of an appointment or a follow-up go this many days before"
    )
    source: str
