"""The two highlights: demonstration communities, checklist, self and street assessment, status."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from app.deps import CursorQuery, IdPath, LimitQuery, Reads, Requires, Session, set_etag
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.grassroots.demonstration import (
    Assessment,
    DemonstrationCreate,
    DemonstrationRead,
    StatusChange,
)
from app.services.grassroots import demonstration_reads
from app.services.grassroots import demonstrations as service
from app.services.grassroots.demonstrations import DEMONSTRATION_WORKFLOW
from app.step_routes import StepRoutes

router = APIRouter(prefix="/demonstrations", tags=["Demonstration communities (示范社区)"])
Assessor = Requires("demonstrations:assess")
STEP_PROBLEMS = problems(*AUTHED, 404, 409, 412)


@router.get(
    "",
    operation_id="listDemonstrations",
    summary="Demonstration projects of the caller's area",
    response_model=Page[DemonstrationRead],
    responses=problems(*AUTHED),
)
@lane
async def list_demonstrations(
    principal: Reads("grassroots:read"),
    where: Annotated[demonstration_reads.DemonstrationFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await demonstration_reads.DEMONSTRATIONS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "",
    operation_id="createDemonstration",
    summary="Name a community a candidate for a theme and year, with the weighted checklist",
    status_code=status.HTTP_201_CREATED,
    response_model=DemonstrationRead,
    responses=problems(*AUTHED, 404, 409),
)
async def create_demonstration(
    body: DemonstrationCreate, response: Response, session: Session, principal: Assessor
) -> DemonstrationRead:
    demonstration = await service.create_demonstration(session, principal, body)
    response.headers["Location"] = f"/api/v1/demonstrations/{demonstration.id}"
    set_etag(response, demonstration.version)
    return await service.to_read(session, demonstration)


@router.get(
    "/{demonstration_id}",
    operation_id="getDemonstration",
    summary="Read a demonstration project with its checklist and scores",
    response_model=DemonstrationRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_demonstration(demonstration_id: IdPath, principal: Reads("grassroots:read")) -> Any:
    return await demonstration_reads.DEMONSTRATIONS.one(principal, demonstration_id)


steps = StepRoutes(
    router,
    "demonstration_id",
    DemonstrationRead,
    service.to_read,
    DEMONSTRATION_WORKFLOW,
    responses=STEP_PROBLEMS,
)
steps.post(
    "self-assessment",
    "selfAssessDemonstration",
    "The community's self-assessment: a score and evidence links per criterion",
    partial(service.assess, by_street=False),
    Assessment,
    step="self_assess",
)
steps.post(
    "assessment",
    "assessDemonstration",
    "The street's assessment: its score per criterion decides",
    partial(service.assess, by_street=True),
    Assessment,
    step="assess",
)
steps.post(
    "name",
    "nameDemonstration",
    "Name the community a demonstration (the street total reaches the pass score)",
    partial(service.change_status, step_name="name"),
    StatusChange | None,
)
steps.post(
    "return",
    "returnDemonstration",
    "Send it back to the community (below the pass score), with a reason",
    partial(service.change_status, step_name="return"),
    StatusChange,
)
steps.post(
    "revoke",
    "revokeDemonstration",
    "Revoke a named demonstration community, with a reason",
    partial(service.change_status, step_name="revoke"),
    StatusChange,
)
