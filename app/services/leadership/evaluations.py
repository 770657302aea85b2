"""Year-end evaluation (年终考核): frozen values, adjusted scores, the veto, accountability (问责).

Creating an evaluation freezes each indicator's value and computed score as of the chosen date.
While a draft, the street may adjust a score with a written reason (kept next to the computed
one); finalising fixes the result and marks the book evaluated. A missed veto indicator fails the
book whatever the total. Accountability actions are recorded against the responsible people.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, org_scope
from app.db import utcnow
from app.errors import Conflict, NotFound, Unprocessable
from app.models.core.org import Org
from app.models.core.user import User
from app.models.leadership.book import BookStatus
from app.models.leadership.evaluation import (
    AccountabilityAction,
    Evaluation,
    EvaluationScore,
    EvaluationStatus,
)
from app.preconditions import check_version
from app.schemas.leadership.progress import (
    AccountabilityCreate,
    AccountabilityRead,
    EvaluationCreate,
    EvaluationRead,
    EvaluationScoreRead,
    ScoreAdjust,
)
from app.services.core.loading import one_or_404
from app.services.leadership.books import BOOK_WORKFLOW, book_to_set
from app.services.leadership.progress import book_result, compute_progress
from app.services.leadership.scope import org_id_scope
from app.workflow import Workflow, step

E = EvaluationStatus

EVALUATION_WORKFLOW = Workflow(
    "evaluation",
    EvaluationStatus,
    [
        step(
            "adjust",
            [E.draft],
            E.draft,
            "evaluations:write",
            "with a written reason, recorded next to the computed score",
            zh="调整得分",
            en="Adjust a score",
        ),
        step("finalize", [E.draft], E.final, "evaluations:write", zh="定稿", en="Finalise"),
        step(
            "hold_accountable",
            [E.draft, E.final],
            None,
            "evaluations:write",
            "against a named person",
            zh="问责",
            en="Record accountability",
        ),
    ],
)


async def get_evaluation(session: AsyncSession, principal: Principal, evaluation_id: int) -> Evaluation:
    return await one_or_404(
        session,
        select(Evaluation).where(Evaluation.id == evaluation_id, org_id_scope(Evaluation.org_id, principal)),
        "Evaluation",
    )


async def to_read(session: AsyncSession, evaluation: Evaluation) -> EvaluationRead:
    scores = (
        await session.execute(
            select(EvaluationScore)
            .where(EvaluationScore.evaluation_id == evaluation.id)
            .order_by(EvaluationScore.position)
        )
    ).scalars()
    actions = (
        await session.execute(
            select(AccountabilityAction)
            .where(AccountabilityAction.evaluation_id == evaluation.id)
            .order_by(AccountabilityAction.id)
        )
    ).scalars()
    return EvaluationRead.model_validate(
        {
            **{c: getattr(evaluation, c) for c in EvaluationRead.model_fields if hasattr(evaluation, c)},
            "scores": [EvaluationScoreRead.model_validate(s) for s in scores],
            "accountability": [AccountabilityRead.model_validate(a) for a in actions],
        }
    )


async def create_evaluation(
    session: AsyncSession, principal: Principal, data: EvaluationCreate
) -> Evaluation:
    """Freeze a signed book's values and scores as of ``as_of``; one evaluation per book."""
    book = await book_to_set(session, principal, data.book_id)
    BOOK_WORKFLOW.begin(book.status, "evaluate")
    if await session.scalar(select(Evaluation.id).where(Evaluation.book_id == book.id)) is not None:
        raise Conflict("The book already has an evaluation")
    progress = await compute_progress(session, book, data.as_of)
    evaluation = Evaluation(
        book_id=book.id,
        org_id=book.org_id,
        as_of=progress.as_of,
        status=EvaluationStatus.draft,
        computed_total=progress.total,
        total=progress.total,
        vetoed=bool(progress.veto_missed),
        result=progress.result,
        evaluated_by=principal.user_id,
    )
    session.add(evaluation)
    await session.flush()
    session.add_all(
        EvaluationScore(
            evaluation_id=evaluation.id,
            book_indicator_id=i.book_indicator_id,
            indicator_code=i.indicator_code,
            position=n,
            weight=i.weight,
            target=i.target,
            veto=i.veto,
            actual=i.actual,
            numerator=i.numerator,
            denominator=i.denominator,
            met=i.met,
            computed_score=i.score,
        )
        for n, i in enumerate(progress.indicators, start=1)
    )
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="evaluation.create",
        object_type="evaluation",
        object_id=evaluation.id,
        scope_path=principal.org_path,
        detail={"book_id": book.id, "total": progress.total, "result": progress.result.value},
    )
    return evaluation


async def adjust_score(
    session: AsyncSession,
    principal: Principal,
    evaluation_id: int,
    data: ScoreAdjust,
    expected_version: int | None,
) -> Evaluation:
    """Adjust one indicator's score with a reason; the total follows, the veto still applies."""
    evaluation = await get_evaluation(session, principal, evaluation_id)
    check_version(evaluation, expected_version)
    EVALUATION_WORKFLOW.advance(evaluation.status, "adjust")
    scores = list(
        (
            await session.execute(
                select(EvaluationScore).where(EvaluationScore.evaluation_id == evaluation.id)
            )
        ).scalars()
    )
    target = next((s for s in scores if s.book_indicator_id == data.book_indicator_id), None)
    if target is None:
        raise NotFound("The evaluation has no such indicator")
    if data.adjusted_score > target.weight:
        raise Conflict(f"A score cannot exceed the indicator's weight ({target.weight})")
    target.adjusted_score, target.adjustment_reason = data.adjusted_score, data.reason
    target.adjusted_by = principal.user_id
    evaluation.total = round(
        sum(s.adjusted_score if s.adjusted_score is not None else s.computed_score for s in scores), 2
    )
    book = await book_to_set(session, principal, evaluation.book_id)
    vetoed = [s.indicator_code for s in scores if s.veto and s.met is False]
    evaluation.result = book_result(evaluation.total, book.pass_mark, vetoed)
    evaluation.updated_at = utcnow()
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="evaluation.adjust",
        object_type="evaluation",
        object_id=evaluation.id,
        scope_path=principal.org_path,
        detail={
            "book_indicator_id": data.book_indicator_id,
            "computed_score": target.computed_score,
            "adjusted_score": data.adjusted_score,
            "reason": data.reason,
        },
    )
    return evaluation


async def finalize(
    session: AsyncSession, principal: Principal, evaluation_id: int, expected_version: int | None
) -> Evaluation:
    evaluation = await get_evaluation(session, principal, evaluation_id)
    check_version(evaluation, expected_version)
    evaluation.status = EvaluationStatus(EVALUATION_WORKFLOW.advance(evaluation.status, "finalize"))
    book = await book_to_set(session, principal, evaluation.book_id)
    book.status = BookStatus(BOOK_WORKFLOW.advance(book.status, "evaluate"))
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="evaluation.finalize",
        object_type="evaluation",
        object_id=evaluation.id,
        scope_path=principal.org_path,
        detail={"total": evaluation.total, "result": evaluation.result.value},
    )
    return evaluation


async def hold_accountable(
    session: AsyncSession, principal: Principal, evaluation_id: int, data: AccountabilityCreate
) -> AccountabilityAction:
    """Record an accountability action (问责) against a responsible person."""
    evaluation = await get_evaluation(session, principal, evaluation_id)
    EVALUATION_WORKFLOW.begin(evaluation.status, "hold_accountable")
    if data.user_id is not None:
        person = await session.scalar(
            select(User.id)
            .join(Org, Org.id == User.org_id)
            .where(User.id == data.user_id, org_scope(principal))
        )
        if person is None:
            raise Unprocessable("No such user in your area", loc=["body", "user_id"])
    action = AccountabilityAction(
        evaluation_id=evaluation.id,
        kind=data.kind,
        person_name=data.person_name,
        user_id=data.user_id,
        reason=data.reason,
        decided_on=data.decided_on,
        recorded_by=principal.user_id,
    )
    session.add(action)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="evaluation.accountability",
        object_type="evaluation",
        object_id=evaluation.id,
        scope_path=principal.org_path,
        detail={"kind": data.kind.value, "person_name": data.person_name, "user_id": data.user_id},
    )
    return action
