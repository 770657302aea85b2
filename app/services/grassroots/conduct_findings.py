"""Findings of work-style activities (作风建设、三项活动、政风行风): the problem found, the
rectification asked for and its due date; the team concerned records when it was rectified
(workflow conduct_finding). A finding is seen by its org and the orgs above it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Unprocessable
from app.models.core.org import Org
from app.models.grassroots.conduct import ConductActivity, ConductFinding, FindingStatus
from app.preconditions import check_version
from app.schemas.grassroots.conduct import FindingCreate, FindingRectify
from app.services.core.loading import one_or_404
from app.services.grassroots.conduct import get_activity
from app.services.grassroots.scope import finding_scope, org_in_scope
from app.workflow import Workflow, step

S = FindingStatus

FINDING_WORKFLOW = Workflow(
    "conduct_finding",
    FindingStatus,
    [
        step(
            "rectify",
            [S.open],
            S.rectified,
            "conduct:rectify",
            "the team concerned says what it did and when",
            zh="整改到位",
            en="Rectify",
        ),
    ],
)


async def get_finding(session: AsyncSession, principal: Principal, finding_id: int) -> ConductFinding:
    return await one_or_404(
        session,
        select(ConductFinding).where(ConductFinding.id == finding_id, finding_scope(principal)),
        "Conduct finding",
    )


async def add_finding(
    session: AsyncSession, principal: Principal, activity_id: int, data: FindingCreate
) -> ConductFinding:
    """A problem the activity found, for the activity's org or a team beneath it, due by a date."""
    activity = await get_activity(session, principal, activity_id)
    home = await session.get_one(Org, activity.org_id)
    org = home
    if data.org_id is not None and data.org_id != home.id:
        org = await org_in_scope(session, principal, data.org_id)
        if not org.path.startswith(home.path):
            raise Unprocessable("The org is not the activity's org or beneath it", loc=["body", "org_id"])
    if data.due_on < activity.held_on:
        raise Unprocessable("due_on is on or after the day the activity was held", loc=["body", "due_on"])
    finding = ConductFinding(
        activity_id=activity.id,
        org_id=org.id,
        problem=data.problem,
        rectification=data.rectification,
        due_on=data.due_on,
        status=S.open,
    )
    session.add(finding)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="conduct_finding.create",
        object_type="conduct_finding",
        object_id=finding.id,
        scope_path=org.path,
        detail={"activity_id": activity.id, "due_on": data.due_on.isoformat()},
    )
    return finding


async def rectify(
    session: AsyncSession,
    principal: Principal,
    finding_id: int,
    body: FindingRectify,
    expected_version: int | None,
    today: date,
) -> ConductFinding:
    finding = await get_finding(session, principal, finding_id)
    check_version(finding, expected_version)
    target = S(FINDING_WORKFLOW.advance(finding.status, "rectify"))
    # The activity may be the street's, out of a community's sight: its day is read by the finding's link.
    held_on = await session.scalar(
        select(ConductActivity.held_on).where(ConductActivity.id == finding.activity_id)
    )
    if held_on is None or not held_on <= body.rectified_on <= today:
        raise Unprocessable(
            "rectified_on lies between the day of the activity and today", loc=["body", "rectified_on"]
        )
    finding.status = target
    finding.rectified_on, finding.rectified_note = body.rectified_on, body.note
    await session.flush()
    org = await session.get_one(Org, finding.org_id)
    await audit.record(
        session,
        actor=principal,
        action="conduct_finding.rectify",
        object_type="conduct_finding",
        object_id=finding.id,
        scope_path=org.path,
        detail={
            "rectified_on": body.rectified_on.isoformat(),
            "on_time": body.rectified_on <= finding.due_on,
        },
    )
    return finding
