"""Task 1, the network: workers (the workforce), vacant posts, trainings and training hours."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import JSONResponse

from app.clock import Today
from app.db import request_session
from app.deps import (
    CursorQuery,
    IdPath,
    IdQuery,
    IfMatch,
    LimitQuery,
    Reads,
    Requires,
    Session,
    SettingsDep,
    set_etag,
)
from app.pagination import DEFAULT_LIMIT, Page
from app.read_lane import lane
from app.schemas.common import AUTHED, problems
from app.schemas.grassroots.network import (
    TrainingAttendanceAdd,
    TrainingCreate,
    TrainingRead,
    VacantPost,
    WorkerCreate,
    WorkerHours,
    WorkerRead,
    WorkerUpdate,
)
from app.services.grassroots import network as service
from app.services.grassroots import network_reads as reads

TAG = "Task 1 · Network (网络建设)"
router = APIRouter(tags=[TAG])


@router.get(
    "/workers",
    operation_id="listWorkers",
    summary="Workers of the caller's area (phones masked); serving_on filters those serving that day",
    response_model=Page[WorkerRead],
    responses=problems(*AUTHED),
)
@lane
async def list_workers(
    principal: Reads("grassroots:read"),
    where: Annotated[reads.WorkerFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.WORKERS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/workers",
    operation_id="createWorker",
    summary="Add a cadre, community worker, unit liaison, informant or volunteer",
    status_code=status.HTTP_201_CREATED,
    response_model=WorkerRead,
    responses=problems(*AUTHED, 404),
)
async def create_worker(
    body: WorkerCreate,
    response: Response,
    session: Session,
    settings: SettingsDep,
    principal: Requires("network:write"),
) -> WorkerRead:
    worker = await service.create_worker(session, settings, principal, body)
    response.headers["Location"] = f"/api/v1/workers/{worker.id}"
    set_etag(response, worker.version)
    return WorkerRead.model_validate(worker)


@router.get(
    "/workers/vacant-posts",
    operation_id="listVacantPosts",
    summary="Communities without a serving community worker, units without a liaison",
    response_model=list[VacantPost],
    responses=problems(*AUTHED),
)
async def vacant_posts(
    session: Session, principal: Requires("grassroots:read"), today: Today
) -> list[VacantPost]:
    return await service.vacant_posts(session, principal, today)


@router.get(
    "/workers/training-hours",
    operation_id="listWorkerTrainingHours",
    summary="Each worker's trainings and hours in a year",
    response_model=list[WorkerHours],
    responses=problems(*AUTHED),
)
async def training_hours(
    session: Session,
    principal: Requires("grassroots:read"),
    today: Today,
    year: Annotated[int | None, Query(ge=2000, le=2100, description="Default: this year")] = None,
    org_id: IdQuery = None,
) -> list[WorkerHours]:
    return await service.training_hours(session, principal, year=year or today.year, org_id=org_id)


@router.get(
    "/workers/{worker_id}",
    operation_id="getWorker",
    summary="Read a worker; reveal=true (pii:read) shows the phone and is audited",
    response_model=WorkerRead,
    responses=problems(*AUTHED, 404),
)
@lane
async def get_worker(
    worker_id: IdPath, request: Request, principal: Reads("grassroots:read"), reveal: bool = False
) -> Any:
    if not reveal:
        return await reads.WORKERS.one(principal, worker_id)
    async with request_session(request) as session:
        worker = await service.get_worker(session, principal, worker_id)
        read = await service.worker_read(session, request.app.state.settings, principal, worker, reveal=True)
        response = JSONResponse(read.model_dump(mode="json"))
        set_etag(response, worker.version)
    return response


@router.patch(
    "/workers/{worker_id}",
    operation_id="updateWorker",
    summary="Change a worker's post, phone, qualifications or end date",
    response_model=WorkerRead,
    responses=problems(*AUTHED, 404, 412),
)
async def update_worker(
    worker_id: IdPath,
    body: WorkerUpdate,
    response: Response,
    session: Session,
    settings: SettingsDep,
    principal: Requires("network:write"),
    if_match: IfMatch,
) -> WorkerRead:
    worker = await service.update_worker(session, settings, principal, worker_id, body, if_match)
    set_etag(response, worker.version)
    return WorkerRead.model_validate(worker)


@router.get(
    "/trainings",
    operation_id="listTrainings",
    summary="Trainings held in the caller's area",
    response_model=Page[TrainingRead],
    responses=problems(*AUTHED),
)
@lane
async def list_trainings(
    principal: Reads("grassroots:read"),
    where: Annotated[reads.TrainingFilters, Query()],
    limit: LimitQuery = DEFAULT_LIMIT,
    cursor: CursorQuery = None,
) -> Any:
    return await reads.TRAININGS.page(principal, limit=limit, cursor=cursor, where=where)


@router.post(
    "/trainings",
    operation_id="createTraining",
    summary="Record a training, its hours and who attended",
    status_code=status.HTTP_201_CREATED,
    response_model=TrainingRead,
    responses=problems(*AUTHED, 404),
)
async def create_training(
    body: TrainingCreate, response: Response, session: Session, principal: Requires("network:write")
) -> TrainingRead:
    training = await service.create_training(session, principal, body)
    response.headers["Location"] = f"/api/v1/trainings/{training.id}"
    return training


@router.post(
    "/trainings/{training_id}/attendance",
    operation_id="addTrainingAttendance",
    summary="Add attendees to a training",
    response_model=TrainingRead,
    responses=problems(*AUTHED, 404),
)
async def add_attendance(
    training_id: IdPath, body: TrainingAttendanceAdd, session: Session, principal: Requires("network:write")
) -> TrainingRead:
    return await service.add_attendance(session, principal, training_id, body.worker_ids)
