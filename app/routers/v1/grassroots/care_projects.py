"""Reproductive Care projects (生育关怀项目): aim, budget, beneficiaries, activities and results."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.authz import Principal
from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.models.grassroots.care_project import CareProject
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.grassroots.care_project import (
    CareProjectComplete,
    CareProjectCreate,
    CareProjectLink,
    CareProjectRead,
)
from app.services.grassroots import care_project_reads
from app.services.grassroots import care_projects as service
from app.services.grassroots.care_projects import CARE_PROJECT_WORKFLOW
from app.step_routes import StepRoutes, step_principal

router = APIRouter(prefix="/care-projects", tags=["Reproductive Care Action (生育关怀行动)"])
Writer = Requires("care:write")
STEP_PROBLEMS = problems(*AUTHED, 404, 409, 412)


@router.get(
    "",
    operation_id="listCareProjects",
    summary="Care projects of the area, with what each reached, spent and ran",
    response_model=Page[CareProjectRead],
    responses=problems(*AUTHED),
)
@lane
async def list_projects(
    principal: Reads("grassroots:read"),
    where: Annotated[care_project_reads.ProjectFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await care_project_reads.PROJECTS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="createCareProject",
    summary="Set up a care project: aim, budget, who it is for and how many",
    status_code=status.HTTP_201_CREATED,
    response_model=CareProjectRead,
    responses=problems(*AUTHED, 404),
)
async def create_project(
    body: CareProjectCreate, response: Response, session: Session, principal: Writer
) -> Any:
    project = await service.create_project(session, principal, body)
    response.headers["Location"] = f"/api/v1/care-projects/{project.id}"
    set_etag(response, project.version)
    return await _read(session, principal, project.id)


@router.get(
    "/{project_id}",
    operation_id="getCareProject",
    summary="Read a care project",
    response_model=CareProjectRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_project(project_id: IdPath, principal: Reads("grassroots:read")) -> Any:
    return await care_project_reads.PROJECTS.one(principal, project_id)


@router.post(
    "/{project_id}/beneficiaries",
    operation_id="addCareProjectBeneficiary",
    summary="A care case of the project's area becomes one of its beneficiaries",
    response_model=CareProjectRead,
    responses=STEP_PROBLEMS,
)
async def add_beneficiary(
    project_id: IdPath,
    body: CareProjectLink,
    session: Session,
    principal: step_principal(CARE_PROJECT_WORKFLOW, "beneficiaries", "addCareProjectBeneficiary"),
) -> Any:
    await service.add_beneficiary(session, principal, project_id, body.id)
    return await _read(session, principal, project_id)


@router.post(
    "/{project_id}/activities",
    operation_id="addCareProjectActivity",
    summary="Link an activity of the project's area (a lecture, a visiting day) to the project",
    response_model=CareProjectRead,
    responses=STEP_PROBLEMS,
)
async def add_activity(
    project_id: IdPath,
    body: CareProjectLink,
    session: Session,
    principal: step_principal(CARE_PROJECT_WORKFLOW, "activities", "addCareProjectActivity"),
) -> Any:
    await service.add_activity(session, principal, project_id, body.id)
    return await _read(session, principal, project_id)


async def _present(session: Session, project: CareProject, principal: Principal) -> Any:
    return await _read(session, principal, project.id)


steps = StepRoutes(
    router, "project_id", CareProjectRead, _present, CARE_PROJECT_WORKFLOW, responses=STEP_PROBLEMS
)
steps.post(
    "complete",
    "completeCareProject",
    "Complete the project with its results (the annual report counts it)",
    service.complete,
    CareProjectComplete,
)


async def _read(session: Any, principal: Any, project_id: int) -> Any:
    """The project as the list shows it, read in the request's transaction (its counts included)."""
    return await service.read(session, principal, project_id)
