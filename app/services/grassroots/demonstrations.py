"""Demonstration communities (示范社区), the two highlights: publicity, floating-population services.

The street names a community a candidate for a theme and year with a checklist of criteria whose
weights sum to 100. The community assesses itself (self scores with evidence links), the street
assesses (its scores decide), then names the community a demonstration when the street total
reaches the pass score, or sends it back; a named community can be revoked with a reason.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Conflict, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.grassroots.demonstration import (
    Demonstration,
    DemonstrationCriterion,
    DemonstrationStatus,
)
from app.preconditions import check_version
from app.schemas.grassroots.demonstration import (
    Assessment,
    DemonstrationCreate,
    DemonstrationCriterionRead,
    DemonstrationRead,
)
from app.services.core.loading import one_or_404
from app.services.grassroots.scope import demonstration_scope, org_in_scope
from app.workflow import Workflow, step

S = DemonstrationStatus
DEMONSTRATION_WORKFLOW = Workflow(
    "demonstration",
    DemonstrationStatus,
    [
        step(
            "self_assess",
            [S.candidate, S.self_assessed],
            S.self_assessed,
            "demonstrations:self-assess",
            "a score (≤ weight) for every criterion, with evidence links",
            zh="自评",
            en="Self-assess",
        ),
        step(
            "assess",
            [S.self_assessed, S.assessed],
            S.assessed,
            "demonstrations:assess",
            "the street's score for every criterion",
            zh="街道评估",
            en="Assess",
        ),
        step(
            "name",
            [S.assessed],
            S.named,
            "demonstrations:assess",
            "the street total reaches the pass score",
            zh="命名",
            en="Name",
        ),
        step(
            "return",
            [S.assessed],
            S.candidate,
            "demonstrations:assess",
            "below the pass score: back to the community, with a reason",
            zh="退回",
            en="Return",
        ),
        step(
            "revoke", [S.named], S.revoked, "demonstrations:assess", "with a reason", zh="撤销", en="Revoke"
        ),
    ],
)


async def _criteria(session: AsyncSession, demonstration_id: int) -> list[DemonstrationCriterion]:
    return list(
        (
            await session.execute(
                select(DemonstrationCriterion)
                .where(DemonstrationCriterion.demonstration_id == demonstration_id)
                .order_by(DemonstrationCriterion.position)
            )
        ).scalars()
    )


def _total(criteria: list[DemonstrationCriterion], attr: str) -> int | None:
    scores = [getattr(c, attr) for c in criteria]
    return None if any(s is None for s in scores) else sum(scores)


async def to_read(session: AsyncSession, demonstration: Demonstration) -> DemonstrationRead:
    criteria = await _criteria(session, demonstration.id)
    return DemonstrationRead(
        id=demonstration.id,
        org_id=demonstration.org_id,
        theme=demonstration.theme,
        year=demonstration.year,
        status=demonstration.status,
        pass_score=demonstration.pass_score,
        self_total=_total(criteria, "self_score"),
        street_total=_total(criteria, "street_score"),
        status_reason=demonstration.status_reason,
        criteria=[DemonstrationCriterionRead.model_validate(c) for c in criteria],
        version=demonstration.version,
    )


async def get_demonstration(
    session: AsyncSession, principal: Principal, demonstration_id: int
) -> Demonstration:
    return await one_or_404(
        session,
        select(Demonstration).where(Demonstration.id == demonstration_id, demonstration_scope(principal)),
        "Demonstration",
    )


async def create_demonstration(
    session: AsyncSession, principal: Principal, data: DemonstrationCreate
) -> Demonstration:
    """A community becomes a candidate for a theme and year (once per theme and year)."""
    org = await org_in_scope(session, principal, data.org_id, kinds=(OrgKind.community,))
    taken = (
        await session.execute(
            select(Demonstration.id).where(
                Demonstration.org_id == org.id,
                Demonstration.theme == data.theme,
                Demonstration.year == data.year,
            )
        )
    ).scalar_one_or_none()
    if taken is not None:
        raise Conflict(f"This community is already a candidate for this theme and year ({taken})")
    demonstration = Demonstration(
        org_id=org.id, theme=data.theme, year=data.year, pass_score=data.pass_score, status=S.candidate
    )
    session.add(demonstration)
    await session.flush()
    for position, criterion in enumerate(data.criteria, start=1):
        session.add(
            DemonstrationCriterion(
                demonstration_id=demonstration.id,
                position=position,
                title=criterion.title,
                weight=criterion.weight,
                evidence_links=[],
            )
        )
    await session.flush()
    await _audit(session, principal, demonstration, "demonstration.created", {"theme": data.theme.value})
    return demonstration


async def assess(
    session: AsyncSession,
    principal: Principal,
    demonstration_id: int,
    body: Assessment,
    *,
    by_street: bool,
    expected_version: int | None,
) -> Demonstration:
    """Self-assessment (the community) or the street's assessment: a score for every criterion."""
    demonstration = await get_demonstration(session, principal, demonstration_id)
    check_version(demonstration, expected_version)
    target = S(DEMONSTRATION_WORKFLOW.advance(demonstration.status, "assess" if by_street else "self_assess"))
    criteria = {c.id: c for c in await _criteria(session, demonstration.id)}
    given = {s.criterion_id: s for s in body.scores}
    if set(given) != set(criteria):
        raise Unprocessable("Give one score for every criterion of the checklist", loc=["body", "scores"])
    for criterion_id, score in given.items():
        criterion = criteria[criterion_id]
        if score.score > criterion.weight:
            raise Unprocessable(
                f"Criterion {criterion_id} scores at most {criterion.weight}", loc=["body", "scores"]
            )
        if by_street:
            criterion.street_score = score.score
        else:
            criterion.self_score = score.score
        if score.evidence_links:
            criterion.evidence_links = [str(link) for link in score.evidence_links]
    demonstration.status = target
    await session.flush()
    total = sum(s.score for s in body.scores)
    await _audit(
        session,
        principal,
        demonstration,
        "demonstration.assessed" if by_street else "demonstration.self_assessed",
        {"total": total},
    )
    return demonstration


async def change_status(
    session: AsyncSession,
    principal: Principal,
    demonstration_id: int,
    step_name: str,
    reason: str | None,
    expected_version: int | None,
) -> Demonstration:
    """Name (street total ≥ pass score), return (below it, with a reason) or revoke (with a reason)."""
    demonstration = await get_demonstration(session, principal, demonstration_id)
    check_version(demonstration, expected_version)
    target = S(DEMONSTRATION_WORKFLOW.advance(demonstration.status, step_name))
    total = _total(await _criteria(session, demonstration.id), "street_score") or 0
    if step_name == "name" and total < demonstration.pass_score:
        raise Conflict(f"The street total {total} is below the pass score {demonstration.pass_score}")
    if step_name in ("return", "revoke") and not reason:
        raise Unprocessable("A reason is required", loc=["body", "reason"])
    demonstration.status = target
    demonstration.status_reason = reason
    await session.flush()
    await _audit(
        session, principal, demonstration, f"demonstration.{target.value}", {"reason": reason, "total": total}
    )
    return demonstration


async def _audit(
    session: AsyncSession,
    principal: Principal,
    demonstration: Demonstration,
    action: str,
    detail: dict[str, object],
) -> None:
    org = await session.get(Org, demonstration.org_id)
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="demonstration",
        object_id=demonstration.id,
        scope_path=org.path if org else principal.org_path,
        detail=detail,
    )
