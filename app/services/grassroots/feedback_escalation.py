"""The escalation sweep of public feedback (上报街道): every open case of an area past its deadline
goes to the street above its org, by the worker's ``feedback_escalations`` job or the street's sweep."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.models.core.org import Org, OrgKind
from app.models.grassroots.sunshine import Feedback
from app.models.grassroots.sunshine import FeedbackStatus as S
from app.services.grassroots.feedback import FEEDBACK_WORKFLOW
from app.services.grassroots.scope import feedback_scope


async def escalate_overdue(session: AsyncSession, principal: Principal | None, today: date) -> list[int]:
    """Every open case of the area past its deadline goes to the street above its org (上报街道).

    Run by the worker's ``feedback_escalations`` job (``principal`` None: the whole database) or by
    the street's sweep.
    """
    stmt = (
        select(Feedback, Org)
        .join(Org, Org.id == Feedback.org_id)
        .where(Feedback.status == S.open, Feedback.due_on < today)
    )
    if principal is not None:
        stmt = stmt.where(feedback_scope(principal))
    # Several workers (or a worker and the street's sweep) never escalate one case twice.
    stmt = stmt.with_for_update(skip_locked=True, of=Feedback)
    escalated = []
    for feedback, org in (await session.execute(stmt.order_by(Feedback.id))).tuples():
        feedback.status = S(FEEDBACK_WORKFLOW.advance(feedback.status, "escalate"))
        feedback.escalated_to_id = org.id if org.kind is OrgKind.street else org.parent_id
        feedback.escalated_on = today
        escalated.append(feedback.id)
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            actor_username=None if principal else "scheduler",
            action="feedback.escalated",
            object_type="feedback",
            object_id=feedback.id,
            scope_path=org.path,
            detail={"due_on": feedback.due_on.isoformat(), "escalated_to_id": feedback.escalated_to_id},
        )
    return escalated
