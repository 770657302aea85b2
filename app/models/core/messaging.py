"""Text messages to residents (短信): consents, templates, the sending rule, and the message outbox.

A message is written in the transaction of the change it tells about (an outcome, a reminder's day)
and sent by the worker (app/services/core/sms_sending.py); residents receive messages only while
they have a consent for the channel on record (PIPL: 个人信息保护法 §13-§15, revocable at any time).
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db import Base, BigIntPK, UTCDateTime, VersionedMixin, utcnow


class Channel(enum.StrEnum):
    sms = "sms"


class ConsentSource(enum.StrEnum):
    paper_form = "paper_form"  # a signed form (同意书) kept on file
    in_person = "in_person"  # said at the counter, recorded by the worker
    phone_call = "phone_call"  # said on a recorded call
    sms_reply = "sms_reply"  # the resident texted back (e.g. TD to stop)
    app = "app"  # the resident's own app
    public_form = "public_form"  # ticked on the public feedback form (a complainant, no resident)


class MessagePurpose(enum.StrEnum):
    application_outcome = "application_outcome"
    request_outcome = "request_outcome"
    request_returned = "request_returned"  # the one-time notification list (一次性告知)
    reverification_due = "reverification_due"
    screening_appointment = "screening_appointment"
    follow_up_due = "follow_up_due"
    complaint_reply = "complaint_reply"


# The variables each purpose's sender gives (app/services/*: the notify() calls): a template for the
# purpose may name these and no other (a template naming another could never be worded).
PURPOSE_VARIABLES: dict[MessagePurpose, tuple[str, ...]] = {
    MessagePurpose.application_outcome: ("name", "program", "outcome", "note"),
    MessagePurpose.request_outcome: ("name", "service", "tracking_code", "outcome"),
    MessagePurpose.request_returned: ("name", "service", "tracking_code", "materials", "place"),
    MessagePurpose.reverification_due: ("name", "program", "deadline"),
    MessagePurpose.screening_appointment: ("name", "when", "place"),
    MessagePurpose.follow_up_due: ("name", "deadline"),
    MessagePurpose.complaint_reply: ("tracking_code", "reply"),
}


class SmsStatus(enum.StrEnum):
    queued = "queued"  # waiting for its time (quiet hours, the daily limit, a retry)
    sent = "sent"  # the provider accepted it
    delivered = "delivered"  # the provider's receipt says the phone received it
    undelivered = "undelivered"  # the receipt says it did not arrive
    failed = "failed"  # the provider refused it after the last attempt
    cancelled = "cancelled"  # not sent: no consent (revoked), no phone, or a template gone


# A consent or a message is a resident's or a complainant's (feedback with a mobile), never both.
ONE_RECIPIENT = "(resident_id IS NULL) <> (feedback_id IS NULL)"


class SmsConsent(VersionedMixin, Base):
    """One consent of a resident (or of a complainant, for the replies to the complaint) for a
    channel, from its grant to its revocation (kept afterwards)."""

    __tablename__ = "message_consents"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    feedback_id: Mapped[int | None] = mapped_column(ForeignKey("feedback.id"), nullable=True)
    channel: Mapped[Channel] = mapped_column(Enum(Channel, native_enum=False, length=16), nullable=False)
    granted_on: Mapped[date] = mapped_column(Date, nullable=False)
    source: Mapped[ConsentSource] = mapped_column(
        Enum(ConsentSource, native_enum=False, length=16), nullable=False
    )
    # Where the proof is: the form's number, the call's record, the message's id.
    evidence: Mapped[str | None] = mapped_column(String(200), nullable=True)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    revoked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    revoked_source: Mapped[ConsentSource | None] = mapped_column(
        Enum(ConsentSource, native_enum=False, length=16), nullable=True
    )
    revoked_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    # A complainant's consent carries the mobile they gave (a resident's phone is the resident's):
    # encrypted, erased when the consent is revoked; the masked form stays as the record.
    phone_enc: Mapped[str | None] = mapped_column(String(128), nullable=True)
    phone_masked: Mapped[str | None] = mapped_column(String(20), nullable=True)

    __table_args__ = (
        CheckConstraint(ONE_RECIPIENT, name="one_recipient"),
        Index("ix_message_consents_resident_id_id", "resident_id", "id"),
        Index(
            "uq_message_consents_feedback_id_channel_active",
            "feedback_id",
            "channel",
            unique=True,
            postgresql_where=text("revoked_on IS NULL"),
        ),
        # at most one consent in force per resident and channel
        Index(
            "uq_message_consents_resident_id_channel_active",
            "resident_id",
            "channel",
            unique=True,
            postgresql_where=text("revoked_on IS NULL"),
        ),
    )


class MessageTemplate(VersionedMixin, Base):
    """A message's wording for a purpose, in force from ``effective_from`` (data, not code).

    ``body`` names its variables as ``${name}`` (the syntax both providers' templates use); the
    provider codes are the ids under which the provider approved the same wording (短信模板审核).
    """

    __tablename__ = "message_templates"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    purpose: Mapped[MessagePurpose] = mapped_column(
        Enum(MessagePurpose, native_enum=False, length=32), nullable=False
    )
    body: Mapped[str] = mapped_column(Text, nullable=False)
    variables: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False)
    source: Mapped[str] = mapped_column(String(200), nullable=False)
    aliyun_template_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    tencent_template_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)

    __table_args__ = (UniqueConstraint("purpose", "effective_from"),)


class MessageRule(Base):
    """Quiet hours and per-resident limits, in force from ``effective_from`` with a named source."""

    __tablename__ = "message_rules"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False, unique=True)
    quiet_from: Mapped[time] = mapped_column(Time, nullable=False)  # Beijing time
    quiet_until: Mapped[time] = mapped_column(Time, nullable=False)
    max_per_day: Mapped[int] = mapped_column(Integer, nullable=False)
    max_per_week: Mapped[int] = mapped_column(Integer, nullable=False)
    # Reminders of a dated event (an appointment, a follow-up) go this many days before it.
    remind_days_before: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(String(200), nullable=False)


class SmsMessage(Base):
    """One text message: the outbox row the worker sends, then the provider's receipt."""

    __tablename__ = "sms_messages"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("residents.id"), nullable=True)
    # A reply to a complaint goes to the mobile its submitter gave (no resident behind it).
    feedback_id: Mapped[int | None] = mapped_column(ForeignKey("feedback.id"), nullable=True)
    purpose: Mapped[MessagePurpose] = mapped_column(
        Enum(MessagePurpose, native_enum=False, length=32), nullable=False
    )
    template_id: Mapped[int] = mapped_column(ForeignKey("message_templates.id"), nullable=False)
    variables: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    # What the message is about ("service_request:12", a tracking code): shown to staff.
    reference: Mapped[str] = mapped_column(String(100), nullable=False)
    # The same reminder is queued once (e.g. "reverification:2026:41").
    dedupe_key: Mapped[str | None] = mapped_column(String(120), nullable=True, unique=True)
    status: Mapped[SmsStatus] = mapped_column(
        Enum(SmsStatus, native_enum=False, length=16), nullable=False, default=SmsStatus.queued
    )
    status_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    provider: Mapped[str | None] = mapped_column(String(16), nullable=True)
    provider_message_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    phone_masked: Mapped[str | None] = mapped_column(String(20), nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    receipt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    receipt_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, default=utcnow)

    __table_args__ = (
        CheckConstraint(ONE_RECIPIENT, name="one_recipient"),
        Index("ix_sms_messages_resident_id_id", "resident_id", "id"),
        Index("ix_sms_messages_feedback_id_sent_at", "feedback_id", "sent_at"),
        Index(
            "ix_sms_messages_queued_next_attempt_at",
            "next_attempt_at",
            postgresql_where=text("status = 'queued'"),
        ),
        Index(
            "ix_sms_messages_sent_provider",
            "provider",
            "sent_at",
            postgresql_where=text("status = 'sent'"),
        ),
        Index("ix_sms_messages_resident_id_sent_at", "resident_id", "sent_at"),
    )
