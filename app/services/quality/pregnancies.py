"""Pregnancy follow-ups (孕情随访) as a workflow table (``PREGNANCY_WORKFLOW``).

* A pregnancy is registered for a woman resident of the caller's area (one open pregnancy per woman,
  409 otherwise), with her expected date of delivery and a visit interval; the first visit is due
  one interval after registration.
* Each visit (``visit``) moves the next due date to one interval after the visit; open pregnancies
  past their due visit are listed with ``overdue=true``.
* A birth (``birth``) closes it: the child joins the family record (core ``add_child``, whose
  "child added" hooks run, e.g. an honour certificate is revoked by a second child) and the
  "birth recorded" hooks start what follows a birth — Task 4 files the birth registration
  (生育登记) for that child. An end without a birth (``end``) or a cancellation closes it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal, resident_scope
from app.errors import Conflict, NotFound, Unprocessable
from app.models.core.family import Family
from app.models.core.org import Org
from app.models.core.resident import Resident, Sex
from app.models.quality.pregnancy import Pregnancy, PregnancyOutcome, PregnancyState, PregnancyVisit
from app.preconditions import check_version
from app.schemas.core.family import ChildCreate
from app.schemas.quality.pregnancy import BirthCreate, EndCreate, PregnancyCreate, PregnancyRead, VisitRead
from app.services.core import display, families
from app.services.core.loading import one_or_404
from app.services.quality.scope import pregnancy_scope
from app.workflow import Workflow, step

S = PregnancyState
PREGNANCY_WORKFLOW = Workflow(
    "pregnancy",
    PregnancyState,
    [
        step("visit", [S.following], S.following, "screening:write", "between registration and today",
             zh="随访", en="Visit"),
        step("birth", [S.following], S.delivered, "screening:write",
             "a live birth: the child joins the family record; the birth registration starts",
             zh="分娩登记", en="Record the birth"),
        step("end", [S.following], S.ended, "screening:write", "ended without a birth, with the outcome",
             zh="妊娠终止", en="End without a birth"),
        step("cancel", [S.following], S.cancelled, "screening:write", "registered in error or moved away",
             zh="撤销", en="Cancel"),
    ],
    attribute="state",
)  # fmt: skip
WORKFLOW = PREGNANCY_WORKFLOW


async def get_pregnancy(session: AsyncSession, principal: Principal, pregnancy_id: int) -> Pregnancy:
    return await one_or_404(
        session,
        select(Pregnancy)
        .where(Pregnancy.id == pregnancy_id, pregnancy_scope(principal))
        .execution_options(populate_existing=True),
        "Pregnancy",
    )


async def to_reads(session: AsyncSession, rows: Sequence[Pregnancy], today: date) -> list[PregnancyRead]:
    names = await display.resident_names(session, [p.resident_id for p in rows])
    visits: dict[int, list[VisitRead]] = {p.id: [] for p in rows}
    for visit in (
        await session.execute(
            select(PregnancyVisit)
            .where(PregnancyVisit.pregnancy_id.in_(list(visits)))
            .order_by(PregnancyVisit.visited_on, PregnancyVisit.id)
        )
    ).scalars():
        visits[visit.pregnancy_id].append(VisitRead.model_validate(visit))
    result = []
    for p in rows:
        read = PregnancyRead.model_validate(p)
        read.resident_name = names.get(p.resident_id)
        read.visits = visits[p.id]
        read.overdue = (
            p.state is S.following and p.next_visit_due_on is not None and p.next_visit_due_on < today
        )
        read.next_steps = WORKFLOW.allowed(p.state)
        result.append(read)
    return result


async def _audit(
    session: AsyncSession, principal: Principal, p: Pregnancy, action: str, detail: dict[str, object]
) -> None:
    org = await session.get(Org, p.org_id)
    await audit.record(
        session,
        actor=principal,
        action=f"pregnancy.{action}",
        object_type="pregnancy",
        object_id=p.id,
        scope_path=org.path if org else principal.org_path,
        detail=detail,
    )


async def register(
    session: AsyncSession, principal: Principal, data: PregnancyCreate, today: date
) -> Pregnancy:
    woman = (
        await session.execute(
            select(Resident).where(Resident.id == data.resident_id, resident_scope(principal))
        )
    ).scalar_one_or_none()
    if woman is None:
        raise NotFound("Resident not found", extra={"field": "resident_id"})
    if woman.sex is not Sex.female:
        raise Unprocessable(
            "A pregnancy is registered for a woman", zh="孕情只能为女性登记", loc=["body", "resident_id"]
        )
    if (
        data.registered_on > today
        or not data.registered_on < data.expected_on <= data.registered_on + timedelta(days=300)
    ):
        raise Unprocessable(
            "registered_on is not in the future; the expected date falls within 300 days after it",
            zh="登记日期不得晚于今天，预产期须在登记后300天内",
            loc=["body", "expected_on"],
        )
    open_one = (
        await session.execute(
            select(Pregnancy.id).where(Pregnancy.resident_id == woman.id, Pregnancy.state == S.following)
        )
    ).first()
    if open_one:
        raise Conflict(
            "This woman already has a pregnancy being followed",
            zh="该妇女已有随访中的孕情记录",
            extra={"pregnancy_id": open_one[0]},
        )
    family_id = (
        (
            await session.execute(
                select(Family.id).where(Family.wife_id == woman.id).order_by(Family.id.desc())
            )
        )
        .scalars()
        .first()
    )
    pregnancy = Pregnancy(
        resident_id=woman.id,
        family_id=family_id,
        org_id=woman.community_id,
        state=S.following,
        registered_on=data.registered_on,
        expected_on=data.expected_on,
        visit_interval_days=data.visit_interval_days,
        next_visit_due_on=data.registered_on + timedelta(days=data.visit_interval_days),
        note=data.note,
    )
    session.add(pregnancy)
    await session.flush()
    await _audit(session, principal, pregnancy, "registered", {"expected_on": data.expected_on.isoformat()})
    return pregnancy


def _check_day(p: Pregnancy, day: date, today: date, field: str) -> None:
    if day < p.registered_on or day > today:
        raise Unprocessable(
            f"{field} must fall between the registration and today",
            zh="日期须在登记日与今天之间",
            loc=["body", field],
        )


async def visit(
    session: AsyncSession,
    principal: Principal,
    pregnancy_id: int,
    visited_on: date,
    note: str | None,
    expected_version: int | None,
    today: date,
) -> Pregnancy:
    p = await get_pregnancy(session, principal, pregnancy_id)
    check_version(p, expected_version)
    target = WORKFLOW.advance(p.state, "visit")
    _check_day(p, visited_on, today, "visited_on")
    session.add(
        PregnancyVisit(pregnancy_id=p.id, visited_on=visited_on, visited_by=principal.user_id, note=note)
    )
    p.state = S(target)
    p.next_visit_due_on = max(
        p.next_visit_due_on or visited_on, visited_on + timedelta(days=p.visit_interval_days)
    )
    await session.flush()
    await _audit(session, principal, p, "visited", {"visited_on": visited_on.isoformat()})
    return p


async def record_birth(
    session: AsyncSession,
    principal: Principal,
    pregnancy_id: int,
    body: BirthCreate,
    expected_version: int | None,
    today: date,
) -> Pregnancy:
    p = await get_pregnancy(session, principal, pregnancy_id)
    check_version(p, expected_version)
    target = WORKFLOW.advance(p.state, "birth")
    _check_day(p, body.born_on, today, "born_on")
    if body.outcome not in (PregnancyOutcome.live_birth,):
        raise Unprocessable(
            "A birth is a live birth; record other outcomes with end",
            zh="分娩登记仅用于活产",
            loc=["body", "outcome"],
        )
    if p.family_id is None:
        raise Conflict(
            "The woman has no family record to add the child to: create it first",
            zh="该妇女尚无家庭档案，请先建立家庭档案",
        )
    child = await families.add_child(
        session,
        principal,
        p.family_id,
        ChildCreate(name=body.child_name, sex=body.child_sex, birth_date=body.born_on),
    )
    family = await families.get_family(session, principal, p.family_id)
    for hook in families.birth_recorded_hooks:
        await hook(session, principal, family, child, today)
    p.state, p.outcome, p.outcome_on, p.child_id = S(target), body.outcome, body.born_on, child.id
    p.next_visit_due_on = None
    await session.flush()
    await _audit(
        session, principal, p, "delivered", {"child_id": child.id, "born_on": body.born_on.isoformat()}
    )
    return p


async def end(
    session: AsyncSession,
    principal: Principal,
    pregnancy_id: int,
    *,
    body: EndCreate,
    expected_version: int | None,
    today: date,
) -> Pregnancy:
    """Ended without a birth (妊娠终止), with the outcome."""
    p = await get_pregnancy(session, principal, pregnancy_id)
    target = WORKFLOW.move(p, "end", expected_version)
    _check_day(p, body.ended_on, today, "ended_on")
    if body.outcome is PregnancyOutcome.live_birth:
        raise Unprocessable(
            "A live birth is recorded with birth", zh="活产请用分娩登记", loc=["body", "outcome"]
        )
    p.outcome, p.outcome_on, p.note = body.outcome, body.ended_on, body.note or p.note
    return await _closed(session, principal, p, target, None)


async def cancel(
    session: AsyncSession,
    principal: Principal,
    pregnancy_id: int,
    *,
    reason: str,
    expected_version: int | None,
) -> Pregnancy:
    """Registered in error, or moved away: cancelled with the reason."""
    p = await get_pregnancy(session, principal, pregnancy_id)
    target = WORKFLOW.move(p, "cancel", expected_version)
    p.note = reason
    return await _closed(session, principal, p, target, reason)


async def _closed(
    session: AsyncSession, principal: Principal, p: Pregnancy, target: PregnancyState, reason: str | None
) -> Pregnancy:
    p.state = target
    p.next_visit_due_on = None
    await session.flush()
    await _audit(
        session, principal, p, target, {"outcome": p.outcome.value if p.outcome else None, "reason": reason}
    )
    return p
