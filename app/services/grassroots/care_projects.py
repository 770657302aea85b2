"""Reproductive Care projects (生育关怀项目; the plan: "explore 'Reproductive Care' projects that can
truly benefit the general public").

The street or a community sets a project up with its aim, budget and intended beneficiaries; care
cases of its area join it as beneficiaries (a case belongs to at most one project), activities of
its area are run under it, and on completion its results are written. What it reached and spent is
counted from the linked cases and their assistance, never typed in.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Conflict, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.grassroots.care import CareCase
from app.models.grassroots.care_project import CareProject, CareProjectActivity, CareProjectStatus
from app.models.grassroots.publicity import Activity
from app.preconditions import check_version
from app.schemas.grassroots.care_project import CareProjectComplete, CareProjectCreate, CareProjectRead
from app.services.core.loading import one_or_404
from app.services.grassroots import care_project_reads
from app.services.grassroots.scope import activity_scope, case_scope, org_in_scope, project_scope
from app.workflow import Workflow, step

S = CareProjectStatus

CARE_PROJECT_WORKFLOW = Workflow(
    "care_project",
    CareProjectStatus,
    [
        step(
            "beneficiaries",
            [S.under_way],
            S.under_way,
            "care:write",
            "a care case of the project's area",
            zh="纳入受益对象",
            en="Add a beneficiary",
        ),
        step(
            "activities",
            [S.under_way],
            S.under_way,
            "care:write",
            "an activity of the project's area",
            zh="关联活动",
            en="Link an activity",
        ),
        step(
            "complete", [S.under_way], S.completed, "care:write", "with its results", zh="结项", en="Complete"
        ),
    ],
)


async def get_project(session: AsyncSession, principal: Principal, project_id: int) -> CareProject:
    return await one_or_404(
        session,
        select(CareProject).where(CareProject.id == project_id, project_scope(principal)),
        "Care project",
    )


async def create_project(session: AsyncSession, principal: Principal, data: CareProjectCreate) -> CareProject:
    org = await org_in_scope(session, principal, data.org_id, kinds=(OrgKind.street, OrgKind.community))
    project = CareProject(
        org_id=org.id,
        year=data.year,
        name=data.name,
        aim=data.aim,
        beneficiaries=data.beneficiaries,
        beneficiary_target=data.beneficiary_target,
        budget_fen=data.budget_fen,
        status=S.under_way,
        created_by=principal.user_id,
    )
    session.add(project)
    await session.flush()
    await _audit(session, principal, project, "care_project.create", {"budget_fen": data.budget_fen})
    return project


async def _within(session: AsyncSession, project: CareProject, org_id: int, loc: str) -> None:
    """The linked case or activity belongs to the project's org or an org beneath it."""
    rows = (await session.execute(select(Org.id, Org.path).where(Org.id.in_([project.org_id, org_id])))).all()
    paths = {row[0]: row[1] for row in rows}
    if not paths.get(org_id, "").startswith(paths[project.org_id]):
        raise Unprocessable("It lies outside the project's area", loc=["body", loc])


async def add_beneficiary(
    session: AsyncSession, principal: Principal, project_id: int, case_id: int
) -> CareProject:
    project = await get_project(session, principal, project_id)
    CARE_PROJECT_WORKFLOW.begin(project.status, "beneficiaries")
    case = await one_or_404(
        session,
        select(CareCase).where(CareCase.id == case_id, case_scope(principal)),
        "Care case",
    )
    await _within(session, project, case.org_id, "id")
    if case.project_id is not None:
        raise Conflict(f"The case already belongs to care project {case.project_id}")
    case.project_id = project.id
    await session.flush()
    await _audit(session, principal, project, "care_project.beneficiary", {"case_id": case.id})
    return project


async def add_activity(
    session: AsyncSession, principal: Principal, project_id: int, activity_id: int
) -> CareProject:
    project = await get_project(session, principal, project_id)
    CARE_PROJECT_WORKFLOW.begin(project.status, "activities")
    activity = await one_or_404(
        session,
        select(Activity).where(Activity.id == activity_id, activity_scope(principal)),
        "Activity",
    )
    await _within(session, project, activity.org_id, "id")
    linked = await session.get(CareProjectActivity, (project.id, activity.id))
    if linked is not None:
        raise Conflict("The activity is already linked to the project")
    session.add(CareProjectActivity(project_id=project.id, activity_id=activity.id))
    await session.flush()
    await _audit(session, principal, project, "care_project.activity", {"activity_id": activity.id})
    return project


async def complete(
    session: AsyncSession,
    principal: Principal,
    project_id: int,
    body: CareProjectComplete,
    expected_version: int | None,
    today: date,
) -> CareProject:
    project = await get_project(session, principal, project_id)
    check_version(project, expected_version)
    target = S(CARE_PROJECT_WORKFLOW.advance(project.status, "complete"))
    if body.completed_on > today or body.completed_on.year < project.year:
        raise Unprocessable(
            "completed_on lies between the project's year and today", loc=["body", "completed_on"]
        )
    project.status = target
    project.completed_on, project.results = body.completed_on, body.results
    await session.flush()
    await _audit(
        session, principal, project, "care_project.complete", {"completed_on": body.completed_on.isoformat()}
    )
    return project


async def read(session: AsyncSession, principal: Principal, project_id: int) -> CareProjectRead:
    """The project with its counts, in the caller's transaction (what a write just changed)."""
    row = (
        await session.execute(
            select(
                CareProject,
                care_project_reads.reached(),
                care_project_reads.spent(),
                care_project_reads.held(),
            ).where(CareProject.id == project_id, project_scope(principal))
        )
    ).one()
    project, reached, spent, held = row
    return CareProjectRead.model_validate(
        {
            **{f: getattr(project, f) for f in CareProjectRead.model_fields if hasattr(project, f)},
            "beneficiaries_reached": reached,
            "spent_fen": spent,
            "activities_held": held,
        }
    )


async def _audit(
    session: AsyncSession, principal: Principal, project: CareProject, action: str, detail: dict[str, object]
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="care_project",
        object_id=project.id,
        scope_path=principal.org_path,
        detail=detail,
    )
