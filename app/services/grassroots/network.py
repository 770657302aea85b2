"""Task 1, the network (网络建设): the family planning workforce and its trainings.

Workers are full-time cadres, community family planning workers (计生专干), unit liaisons,
informants (信息员) and volunteers (志愿者). A worker may or may not have an account. Phones are
encrypted and masked; a ``pii:read`` holder may reveal one worker's phone, which is audited. Every
community needs a serving community worker and every unit a liaison: those without are the vacant
posts (空缺岗位). Trainings record attendance and hours, summed per worker per year.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, scoped_org_ids
from app.config import Settings
from app.errors import Forbidden, NotFound, Unprocessable
from app.models.core.org import Org, OrgKind
from app.models.core.partner import Partner
from app.models.core.user import User
from app.models.grassroots.network import Training, TrainingAttendance, Worker, WorkerKind
from app.preconditions import check_version
from app.schemas.grassroots.network import (
    TrainingCreate,
    TrainingRead,
    VacantPost,
    WorkerCreate,
    WorkerHours,
    WorkerRead,
    WorkerUpdate,
)
from app.security import mask_phone, pii_cipher
from app.services.core.loading import apply_changes, one_or_404
from app.services.core.scope import partner_scope
from app.services.grassroots.scope import org_in_scope, training_scope, worker_scope

# The post each org kind must have filled (a community without its worker is a vacant post).
REQUIRED_POST = {OrgKind.community: WorkerKind.community_worker, OrgKind.unit: WorkerKind.unit_liaison}


def serving(today: date) -> ColumnElement[bool]:
    """A worker serves on ``today``: started and not yet ended."""
    return and_(Worker.started_on <= today, or_(Worker.ended_on.is_(None), Worker.ended_on >= today))


async def get_worker(session: AsyncSession, principal: Principal, worker_id: int) -> Worker:
    return await one_or_404(
        session, select(Worker).where(Worker.id == worker_id, worker_scope(principal)), "Worker"
    )


async def worker_read(
    session: AsyncSession, settings: Settings, principal: Principal, worker: Worker, *, reveal: bool
) -> WorkerRead:
    """The masked worker; with ``reveal`` (needs ``pii:read``) the phone in full, audited."""
    read = WorkerRead.model_validate(worker)
    if not reveal:
        return read
    if not principal.can("pii:read"):
        raise Forbidden("Revealing a phone needs the 'pii:read' permission")
    org = await session.get(Org, worker.org_id)
    await audit.record(
        session,
        actor=principal,
        action="worker.revealed",
        object_type="worker",
        object_id=worker.id,
        scope_path=org.path if org else principal.org_path,
        detail={"fields": ["phone"]},
    )
    phone = pii_cipher(settings).decrypt(worker.phone_enc) if worker.phone_enc else None
    return read.model_copy(update={"phone": phone})


async def create_worker(
    session: AsyncSession, settings: Settings, principal: Principal, data: WorkerCreate
) -> Worker:
    """Add a worker to an org of the caller's area; an account, if given, must belong to that org."""
    org = await org_in_scope(session, principal, data.org_id)
    if data.ended_on is not None and data.ended_on < data.started_on:
        raise Unprocessable("ended_on is before started_on", loc=["body", "ended_on"])
    if data.user_id is not None:
        user = await session.get(User, data.user_id)
        if user is None or user.org_id != org.id:
            raise Unprocessable("user_id must be an account of the worker's org", loc=["body", "user_id"])
    cipher = pii_cipher(settings)
    worker = Worker(
        org_id=org.id,
        name=data.name,
        kind=data.kind,
        post=data.post,
        phone_enc=cipher.encrypt(data.phone) if data.phone else None,
        phone_masked=mask_phone(data.phone) if data.phone else None,
        started_on=data.started_on,
        ended_on=data.ended_on,
        qualifications=data.qualifications,
        user_id=data.user_id,
    )
    session.add(worker)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="worker.created",
        object_type="worker",
        object_id=worker.id,
        scope_path=org.path,
        detail={"kind": data.kind.value, "post": data.post},
    )
    return worker


async def update_worker(
    session: AsyncSession,
    settings: Settings,
    principal: Principal,
    worker_id: int,
    data: WorkerUpdate,
    expected_version: int | None,
) -> Worker:
    worker = await get_worker(session, principal, worker_id)
    check_version(worker, expected_version)
    changes = data.model_dump(exclude_unset=True)
    if "phone" in changes:
        phone = changes.pop("phone")
        worker.phone_enc = pii_cipher(settings).encrypt(phone) if phone else None
        worker.phone_masked = mask_phone(phone) if phone else None
    ended_on = changes.get("ended_on", worker.ended_on)
    if ended_on is not None and ended_on < worker.started_on:
        raise Unprocessable("ended_on is before started_on", loc=["body", "ended_on"])
    changed = apply_changes(worker, changes)
    await session.flush()
    org = await session.get(Org, worker.org_id)
    await audit.record(
        session,
        actor=principal,
        action="worker.updated",
        object_type="worker",
        object_id=worker.id,
        scope_path=org.path if org else principal.org_path,
        detail={"fields": sorted([*changed, *(["phone"] if "phone" in data.model_fields_set else [])])},
    )
    return worker


async def vacant_posts(session: AsyncSession, principal: Principal, today: date) -> list[VacantPost]:
    """Communities without a serving community worker and units without a serving liaison."""
    orgs = (
        await session.execute(
            select(Org)
            .where(Org.id.in_(scoped_org_ids(principal)), Org.kind.in_(tuple(REQUIRED_POST)))
            .order_by(Org.id)
        )
    ).scalars()
    filled = set(
        (
            await session.execute(
                select(Worker.org_id, Worker.kind).where(
                    worker_scope(principal), serving(today), Worker.kind.in_(REQUIRED_POST.values())
                )
            )
        ).tuples()
    )
    return [
        VacantPost(org_id=o.id, org_name=o.name, org_kind=o.kind.value, missing_kind=REQUIRED_POST[o.kind])
        for o in orgs
        if (o.id, REQUIRED_POST[o.kind]) not in filled
    ]


async def _training_read(session: AsyncSession, training: Training) -> TrainingRead:
    ids = (
        await session.execute(
            select(TrainingAttendance.worker_id)
            .where(TrainingAttendance.training_id == training.id)
            .order_by(TrainingAttendance.worker_id)
        )
    ).scalars()
    return TrainingRead.model_validate({**training.__dict__, "worker_ids": list(ids)})


async def get_training(session: AsyncSession, principal: Principal, training_id: int) -> Training:
    return await one_or_404(
        session,
        select(Training).where(Training.id == training_id, training_scope(principal)),
        "Training",
    )


async def create_training(session: AsyncSession, principal: Principal, data: TrainingCreate) -> TrainingRead:
    """Record a training held by an org of the caller's area and who attended it."""
    org = await org_in_scope(session, principal, data.org_id)
    if data.partner_id is not None:
        await _partner(session, principal, data.partner_id)
    training = Training(
        org_id=org.id, title=data.title, held_on=data.held_on, hours=data.hours, partner_id=data.partner_id
    )
    session.add(training)
    await session.flush()
    await _attend(session, principal, training, data.worker_ids)
    await audit.record(
        session,
        actor=principal,
        action="training.created",
        object_type="training",
        object_id=training.id,
        scope_path=org.path,
        detail={"hours": data.hours, "attendees": len(set(data.worker_ids))},
    )
    return await _training_read(session, training)


async def add_attendance(
    session: AsyncSession, principal: Principal, training_id: int, worker_ids: list[int]
) -> TrainingRead:
    training = await get_training(session, principal, training_id)
    await _attend(session, principal, training, worker_ids)
    org = await session.get(Org, training.org_id)
    await audit.record(
        session,
        actor=principal,
        action="training.attendance_added",
        object_type="training",
        object_id=training.id,
        scope_path=org.path if org else principal.org_path,
        detail={"worker_ids": sorted(set(worker_ids))},
    )
    return await _training_read(session, training)


async def _attend(
    session: AsyncSession, principal: Principal, training: Training, worker_ids: list[int]
) -> None:
    wanted = set(worker_ids)
    if not wanted:
        return
    found = set(
        (
            await session.execute(select(Worker.id).where(Worker.id.in_(wanted), worker_scope(principal)))
        ).scalars()
    )
    if found != wanted:
        raise Unprocessable(f"Unknown workers: {sorted(wanted - found)}", loc=["body", "worker_ids"])
    present = set(
        (
            await session.execute(
                select(TrainingAttendance.worker_id).where(TrainingAttendance.training_id == training.id)
            )
        ).scalars()
    )
    for worker_id in sorted(wanted - present):
        session.add(TrainingAttendance(training_id=training.id, worker_id=worker_id))
    await session.flush()


async def _partner(session: AsyncSession, principal: Principal, partner_id: int) -> Partner:
    partner = (
        await session.execute(select(Partner).where(Partner.id == partner_id, partner_scope(principal)))
    ).scalar_one_or_none()
    if partner is None:
        raise NotFound("Partner not found")
    return partner


async def training_hours(
    session: AsyncSession, principal: Principal, *, year: int, org_id: int | None
) -> list[WorkerHours]:
    """Each worker's trainings and hours in ``year`` (workers with none are listed with 0)."""
    joined = and_(
        TrainingAttendance.worker_id == Worker.id,
        Training.held_on.between(date(year, 1, 1), date(year, 12, 31)),
    )
    stmt = (
        select(
            Worker.id,
            Worker.org_id,
            Worker.name,
            func.count(Training.id),
            func.coalesce(func.sum(Training.hours), 0.0),
        )
        .select_from(Worker)
        .outerjoin(TrainingAttendance, TrainingAttendance.worker_id == Worker.id)
        .outerjoin(Training, and_(Training.id == TrainingAttendance.training_id, joined))
        .where(worker_scope(principal))
        .group_by(Worker.id, Worker.org_id, Worker.name)
        .order_by(Worker.id)
    )
    if org_id is not None:
        stmt = stmt.where(Worker.org_id == org_id)
    rows = (await session.execute(stmt)).all()
    return [
        WorkerHours(worker_id=r[0], org_id=r[1], name=r[2], year=year, trainings=r[3], hours=float(r[4]))
        for r in rows
    ]
