"""The Reproductive Care Action (生育关怀行动): care cases for families, people and workers in need.

Cases are *suggested* from the family records, not typed twice: a bereaved family (失独: children
recorded, none living) or a family whose only child is disabled (伤残) that has no open case is
listed for its community to review and open. Other families in need are opened by hand with a
reason; so are a person of childbearing age (15 to 49) and a family planning worker of the area,
whom the plan names among those the action cares for. A case is paired with a worker (结对帮扶)
who visits on a schedule; it is closed with a reason.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.errors import Conflict, NotFound, Unprocessable
from app.models.core.org import Org
from app.models.grassroots.care import ACTIVE_CARE_STATES, CareCase, CareKind, CareStatus
from app.models.grassroots.network import Worker
from app.preconditions import check_version
from app.schemas.grassroots.care import CareCaseCreate, CarePair
from app.services.core.families import get_family
from app.services.core.loading import one_or_404
from app.services.core.residents import get_resident
from app.services.grassroots.network import serving
from app.services.grassroots.scope import case_scope, worker_scope
from app.workflow import Workflow, step

S = CareStatus
ACTIVE = ACTIVE_CARE_STATES

CARE_WORKFLOW = Workflow(
    "care_case",
    CareStatus,
    [
        step(
            "pair",
            ACTIVE,
            S.paired,
            "care:write",
            "a serving worker of the area; pairing again re-pairs",
            zh="结对帮扶",
            en="Pair with a worker",
        ),
        step(
            "visit",
            ACTIVE,
            None,
            "care:write",
            "notes are encrypted; the next visit falls due",
            zh="走访",
            en="Visit",
        ),
        step(
            "assist",
            ACTIVE,
            None,
            "care:write",
            "money, goods or services, with amounts",
            zh="帮扶救助",
            en="Give assistance",
        ),
        step("close", ACTIVE, S.closed, "care:write", "with a reason", zh="结案", en="Close"),
    ],
)


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


async def get_case(session: AsyncSession, principal: Principal, case_id: int) -> CareCase:
    return await one_or_404(
        session, select(CareCase).where(CareCase.id == case_id, case_scope(principal)), "Care case"
    )


async def _subject(
    session: AsyncSession, principal: Principal, data: CareCaseCreate, today: date
) -> tuple[int, ColumnElement[bool]]:
    """The cared-for subject's org and the clause matching its cases: a family of the area, a
    person of the area (aged 15 to 49 for ``childbearing_age``) or a worker of the area."""
    if data.family_id is not None:
        family = await get_family(session, principal, data.family_id)
        return family.community_id, CareCase.family_id == family.id
    if data.resident_id is not None:
        resident = await get_resident(session, principal, data.resident_id)
        if data.kind is CareKind.childbearing_age and not 15 <= _age(resident.birth_date, today) <= 49:
            raise Unprocessable(
                "A childbearing_age case is for a person aged 15 to 49",
                zh="育龄群众关怀的对象须为15至49周岁",
                loc=["body", "resident_id"],
            )
        return resident.community_id, CareCase.resident_id == resident.id
    worker = await one_or_404(
        session,
        select(Worker).where(Worker.id == data.cared_worker_id, worker_scope(principal)),
        "Worker",
    )
    return worker.org_id, CareCase.cared_worker_id == worker.id


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


async def open_case(
    session: AsyncSession, principal: Principal, data: CareCaseCreate, today: date
) -> CareCase:
    """Open a case for a family, a person or a worker of the area; one active case each."""
    if data.kind is CareKind.other_need and not data.reason:
        raise Unprocessable("reason is required for other_need", loc=["body", "reason"])
    org_id, same_subject = await _subject(session, principal, data, today)
    active = (
        await session.execute(select(CareCase.id).where(same_subject, CareCase.status.in_(ACTIVE)))
    ).scalar_one_or_none()
    if active is not None:
        raise Conflict(f"This family, person or worker already has an open care case ({active})")
    case = CareCase(
        family_id=data.family_id,
        resident_id=data.resident_id,
        cared_worker_id=data.cared_worker_id,
        org_id=org_id,
        kind=data.kind,
        reason=data.reason,
        status=S.open,
        opened_on=today,
        visit_every_days=90,
    )
    session.add(case)
    await session.flush()
    subject = {
        k: v for k in ("family_id", "resident_id", "cared_worker_id") if (v := getattr(data, k)) is not None
    }
    await record(session, principal, case, "care_case.opened", {"kind": data.kind.value, **subject})
    return case


async def pair(
    session: AsyncSession,
    principal: Principal,
    case_id: int,
    body: CarePair,
    today: date,
    expected_version: int | None,
) -> CareCase:
    """结对帮扶: a serving worker of the area is paired with the family and visits on a schedule."""
    case = await get_case(session, principal, case_id)
    check_version(case, expected_version)
    target = S(CARE_WORKFLOW.advance(case.status, "pair"))
    worker = (
        await session.execute(
            select(Worker).where(Worker.id == body.worker_id, worker_scope(principal), serving(today))
        )
    ).scalar_one_or_none()
    if worker is None:
        raise Unprocessable("worker_id must be a serving worker of your area", loc=["body", "worker_id"])
    case.status = target
    case.worker_id = worker.id
    case.paired_on = today
    case.visit_every_days = body.visit_every_days
    case.next_visit_due_on = today + timedelta(days=body.visit_every_days)
    await session.flush()
    await record(session, principal, case, "care_case.paired", {"worker_id": worker.id})
    return case


async def close(
    session: AsyncSession,
    principal: Principal,
    case_id: int,
    reason: str,
    today: date,
    expected_version: int | None,
) -> CareCase:
    case = await get_case(session, principal, case_id)
    check_version(case, expected_version)
    case.status = S(CARE_WORKFLOW.advance(case.status, "close"))
    case.closed_on = today
    case.closed_reason = reason
    case.next_visit_due_on = None
    await session.flush()
    await record(session, principal, case, "care_case.closed", {"reason": reason})
    return case


async def record(
    session: AsyncSession, principal: Principal, case: CareCase, action: str, detail: dict[str, object]
) -> None:
    org = await session.get(Org, case.org_id)
    if org is None:
        raise NotFound("Org not found")
    await audit.record(
        session,
        actor=principal,
        action=action,
        object_type="care_case",
        object_id=case.id,
        scope_path=org.path,
        detail=detail,
    )
