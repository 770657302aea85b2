"""Feedback and complaints (意见与投诉), sunshine family planning (阳光计生).

Anyone may write, anonymously if they wish; each submission gets a tracking code (the scheme
service requests use) and is routed to the org it concerns. The answer is due a number of working
days after receipt (the working-day calendar); an open case past its deadline is escalated to the
street (上报街道), after which only the street answers it. The submitter reads the reply by tracking
code and rates their satisfaction, which closes the case. Public posting is rate-limited per
client address; contact details are encrypted and shown, audited, only to those who handle feedback.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.config import Settings
from app.db import utcnow
from app.errors import Forbidden, NotFound, Unprocessable
from app.models.core.messaging import ConsentSource
from app.models.core.org import Org, OrgKind
from app.models.grassroots.sunshine import Feedback, FeedbackCategory, FeedbackStatus
from app.pagination import Page, fetch_page
from app.preconditions import check_version
from app.schemas.grassroots.sunshine import FeedbackCreate, FeedbackPublicView, FeedbackRead
from app.security import mask_phone, pii_cipher
from app.services.core import deadlines
from app.services.core.loading import one_or_404
from app.services.core.rate_limits import client_fingerprint, enforce_hourly_limit
from app.services.core.tracking_codes import new_tracking_code, normalise_tracking_code
from app.services.grassroots import feedback_texts
from app.services.grassroots.scope import feedback_scope
from app.workflow import Workflow, step

S = FeedbackStatus
FEEDBACK_PER_HOUR = 5
# Working days to answer, per category (the street's published service standard).
RESPONSE_WORKING_DAYS = {
    FeedbackCategory.complaint: 5,
    FeedbackCategory.inquiry: 5,
    FeedbackCategory.suggestion: 10,
    FeedbackCategory.praise: 10,
}
OPEN_STATES = (S.open, S.escalated)
# The answer's deadline is counted again when an unknown year's holidays arrive.
DEADLINE = "feedback"
deadlines.register(DEADLINE, Feedback, Feedback.org_id)

FEEDBACK_WORKFLOW = Workflow(
    "feedback",
    FeedbackStatus,
    [
        step(
            "escalate",
            [S.open],
            S.escalated,
            "feedback:escalate",
            "the answer deadline has passed; the case goes to the street",
            zh="逾期上报街道",
            en="Escalate to the street",
        ),
        step(
            "reply",
            OPEN_STATES,
            S.answered,
            "feedback:handle",
            "once escalated, only the street answers",
            zh="答复",
            en="Reply",
        ),
        step(
            "rate",
            [S.answered],
            S.closed,
            "public (tracking code)",
            "the submitter rates satisfaction 1–5",
            zh="满意度评价",
            en="Rate",
        ),
    ],
)


def overdue(today: date) -> ColumnElement[bool]:
    return Feedback.status.in_(OPEN_STATES) & (Feedback.due_on < today)


async def file_feedback(
    session: AsyncSession, settings: Settings, data: FeedbackCreate, *, client_address: str, today: date
) -> Feedback:
    """A public submission: routed to its org, due on the working-day calendar, rate-limited."""
    client_hash = client_fingerprint(settings, "feedback", client_address)
    await enforce_hourly_limit(
        session,
        purpose="feedback",
        client_hash=client_hash,
        per_hour=FEEDBACK_PER_HOUR,
        message="Too many submissions from this address; try again later",
    )
    org = (await session.execute(select(Org).where(Org.code == data.org_code))).scalar_one_or_none()
    if org is None or org.kind is OrgKind.district:
        raise Unprocessable("No community, street or unit has this code", loc=["body", "org_code"])
    feedback = Feedback(
        tracking_code=new_tracking_code(),
        org_id=org.id,
        category=data.category,
        subject=data.subject,
        content=data.content,
        anonymous=data.anonymous,
        submitter_name=None if data.anonymous else data.name,
        contact_enc=pii_cipher(settings).encrypt(data.contact) if data.contact else None,
        sms_phone_masked=mask_phone(data.sms_phone) if data.sms_consent and data.sms_phone else None,
        client_hash=client_hash,
        status=S.open,
        received_on=today,
        about_staff=data.about_staff,
    )
    days = RESPONSE_WORKING_DAYS[data.category]
    due = await deadlines.give(session, feedback, DEADLINE, "due_on", today, days)
    await session.flush()
    if data.sms_consent and data.sms_phone:
        await feedback_texts.record_consent(session, settings, feedback, data.sms_phone, today)
    await audit.record(
        session,
        actor=None,
        actor_username="public",
        action="feedback.filed",
        object_type="feedback",
        object_id=feedback.id,
        scope_path=org.path,
        detail={
            "category": data.category.value,
            "anonymous": data.anonymous,
            "due_on": due.on.isoformat(),
            "sms_consent": data.sms_consent,
        },
    )
    return feedback


async def _by_code(session: AsyncSession, tracking_code: str) -> Feedback:
    feedback = (
        await session.execute(
            select(Feedback).where(Feedback.tracking_code == normalise_tracking_code(tracking_code))
        )
    ).scalar_one_or_none()
    if feedback is None:
        raise NotFound("No feedback has this tracking code")
    return feedback


def public_view(feedback: Feedback) -> FeedbackPublicView:
    return FeedbackPublicView(
        tracking_code=feedback.tracking_code,
        category=feedback.category,
        subject=feedback.subject,
        status=feedback.status,
        received_on=feedback.received_on,
        due_on=feedback.due_on,
        due_provisional=feedback.due_provisional,
        escalated=feedback.escalated_to_id is not None,
        reply=feedback.reply,
        answered_on=feedback.answered_on,
        satisfaction=feedback.satisfaction,
        about_staff=feedback.about_staff,
        staff_upheld=feedback.staff_upheld,
        sms_phone_masked=feedback.sms_phone_masked,
    )


async def rate(session: AsyncSession, tracking_code: str, satisfaction: int) -> FeedbackPublicView:
    """The submitter rates the answer (1–5); the case is closed."""
    feedback = await _by_code(session, tracking_code)
    feedback.status = S(FEEDBACK_WORKFLOW.advance(feedback.status, "rate"))
    feedback.satisfaction = satisfaction
    await session.flush()
    org = await session.get(Org, feedback.org_id)
    await audit.record(
        session,
        actor=None,
        actor_username="public",
        action="feedback.rated",
        object_type="feedback",
        object_id=feedback.id,
        scope_path=org.path if org else "/",
        detail={"satisfaction": satisfaction},
    )
    return public_view(feedback)


async def get_feedback(session: AsyncSession, principal: Principal, feedback_id: int) -> Feedback:
    return await one_or_404(
        session,
        select(Feedback).where(Feedback.id == feedback_id, feedback_scope(principal)),
        "Feedback",
    )


async def list_feedback(
    session: AsyncSession,
    principal: Principal,
    *,
    today: date,
    status: FeedbackStatus | None,
    category: FeedbackCategory | None,
    org_id: int | None,
    is_overdue: bool | None,
    escalated: bool | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Feedback], str | None]:
    stmt = select(Feedback).where(feedback_scope(principal))
    for column, value in (
        (Feedback.status, status),
        (Feedback.category, category),
        (Feedback.org_id, org_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if is_overdue is not None:
        stmt = stmt.where(overdue(today) if is_overdue else ~overdue(today))
    if escalated is not None:
        stmt = stmt.where(
            Feedback.escalated_to_id.is_not(None) if escalated else Feedback.escalated_to_id.is_(None)
        )
    return await fetch_page(session, stmt, id_column=Feedback.id, limit=limit, cursor=cursor, descending=True)


async def staff_page(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    *,
    today: date,
    status: FeedbackStatus | None,
    category: FeedbackCategory | None,
    org_id: int | None,
    overdue: bool | None,
    escalated: bool | None,
    limit: int,
    cursor: str | None,
) -> Page[FeedbackRead]:
    """A page of the list for those who handle feedback: contacts decrypted, the read audited."""
    items, next_cursor = await list_feedback(
        session,
        principal,
        today=today,
        status=status,
        category=category,
        org_id=org_id,
        is_overdue=overdue,
        escalated=escalated,
        limit=limit,
        cursor=cursor,
    )
    reads = await feedback_reads(session, settings, principal, items, today)
    return Page(items=reads, next_cursor=next_cursor)


async def staff_read(
    session: AsyncSession, settings: Settings, principal: Principal, feedback_id: int, today: date
) -> tuple[int, FeedbackRead]:
    """One case (its version and view) for those who handle feedback: the contact read is audited."""
    feedback = await get_feedback(session, principal, feedback_id)
    (read,) = await feedback_reads(session, settings, principal, [feedback], today)
    return feedback.version, read


async def feedback_reads(
    session: AsyncSession, settings: Settings, principal: Principal, items: list[Feedback], today: date
) -> list[FeedbackRead]:
    """Staff views; the contact, decrypted, only for those who handle feedback, and that read is audited."""
    show = principal.can("feedback:handle")
    cipher = pii_cipher(settings)
    reads = []
    revealed = []
    for f in items:
        contact = None
        if show and f.contact_enc:
            contact = cipher.decrypt(f.contact_enc)
            revealed.append(f.id)
        reads.append(
            FeedbackRead.model_validate(
                {
                    **{k: getattr(f, k) for k in FeedbackRead.model_fields if hasattr(f, k)},
                    "contact": contact,
                    "overdue": f.status in OPEN_STATES and f.due_on < today,
                    "answered_on_time": None if f.answered_on is None else f.answered_on <= f.due_on,
                }
            )
        )
    if revealed:
        await audit.record(
            session,
            actor=principal,
            action="feedback.contacts_read",
            object_type="feedback",
            object_id=revealed[0] if len(revealed) == 1 else None,
            scope_path=principal.org_path,
            detail={"feedback_ids": revealed},
        )
    return reads


async def reply(
    session: AsyncSession,
    principal: Principal,
    feedback_id: int,
    text: str,
    today: date,
    expected_version: int | None,
    about_staff: bool | None = None,
    upheld: bool | None = None,
) -> Feedback:
    """Answer the case; after escalation only the street (or above) answers. A complaint about a
    staff member's conduct is resolved as upheld (查实) or not."""
    feedback = await get_feedback(session, principal, feedback_id)
    check_version(feedback, expected_version)
    target = S(FEEDBACK_WORKFLOW.advance(feedback.status, "reply"))
    if feedback.status is S.escalated and principal.org_kind in (OrgKind.community, OrgKind.unit):
        raise Forbidden("This case was escalated to the street; the street answers it")
    _judge_staff(feedback, about_staff, upheld)
    feedback.status = target
    feedback.reply = text
    feedback.answered_on = today
    feedback.answered_at = utcnow()
    feedback.answered_by_id = principal.user_id
    await session.flush()
    texted = await feedback_texts.text_reply(session, feedback)
    org = await session.get(Org, feedback.org_id)
    await audit.record(
        session,
        actor=principal,
        action="feedback.answered",
        object_type="feedback",
        object_id=feedback.id,
        scope_path=org.path if org else principal.org_path,
        detail={
            "on_time": today <= feedback.due_on,
            "text_queued": texted is not None,
            **({"about_staff": True, "upheld": feedback.staff_upheld} if feedback.about_staff else {}),
        },
    )
    return feedback


def _judge_staff(feedback: Feedback, about_staff: bool | None, upheld: bool | None) -> None:
    """The handler's finding on a complaint about staff: whether it is one, and upheld or not."""
    about = feedback.about_staff if about_staff is None else about_staff
    if about and feedback.category is not FeedbackCategory.complaint:
        raise Unprocessable("only a complaint can be about staff", loc=["body", "about_staff"])
    if upheld is not None and not about:
        raise Unprocessable("upheld is said only of a complaint about staff", loc=["body", "upheld"])
    feedback.about_staff, feedback.staff_upheld = about, upheld if about else None


async def stop_texts_public(session: AsyncSession, tracking_code: str, today: date) -> FeedbackPublicView:
    """The submitter withdraws the consent to be texted the reply, by tracking code."""
    feedback = await _by_code(session, tracking_code)
    await feedback_texts.stop_texts(
        session, feedback, principal=None, source=ConsentSource.public_form, today=today
    )
    return public_view(feedback)


async def stop_texts(
    session: AsyncSession, principal: Principal, feedback_id: int, source: ConsentSource, today: date
) -> Feedback:
    """The office records that the submitter withdrew the consent (by phone, at the counter…)."""
    feedback = await get_feedback(session, principal, feedback_id)
    await feedback_texts.stop_texts(session, feedback, principal=principal, source=source, today=today)
    return feedback
