"""Life events stop payment (生命事件停发): a death, a move out of the street, a new child.

Core records the event (residents, families) and calls the hooks registered here; core imports
nothing of benefits. Each affected enrolment is suspended from the month after the event (the
month of the event is still due, ``stopped_on`` keeps the event's date), flagged ``needs_review``
with the reason — the task the case's community sees and confirms — and audited. When the event
is recorded after months following it were paid, those payments become an overpayment to recover
and lines of such months not yet paid are dropped (``recoveries.py``).

* Death or move-out of the beneficiary: every current enrolment of that person.
* A move to a community of another street: the same (the street's enrolment stops); a move
  within the street only changes the enrolment's community.
* A new child born or adopted: the family's enrolments in programs for one-child families (the
  one-child award, special support, the street's assistance; rural reward support unless the
  children are now two daughters). Core marks the honour certificate no longer valid.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.models.benefits.benefit import BenefitProgram, EligibilityRule
from app.models.benefits.enrolment import Enrolment, EnrolmentStatus
from app.models.core.family import Child, Family
from app.models.core.org import Org
from app.models.core.resident import Resident, Sex
from app.reasons import Reason
from app.services.benefits.enrolments import ENROLMENT_WORKFLOW, scope_path, set_reason
from app.services.benefits.recoveries import recover_after_event

ONE_CHILD_RULES = (
    EligibilityRule.one_child_award,
    EligibilityRule.special_support_death,
    EligibilityRule.special_support_disability,
    EligibilityRule.street_special_assistance,
)


async def stop_for_event(
    session: AsyncSession, principal: Principal | None, enrolment: Enrolment, on: date, reason: Reason
) -> None:
    """Suspend from the month after ``on`` and ask the community to confirm (needs_review)."""
    target = ENROLMENT_WORKFLOW.advance(enrolment.status, "life_event")
    if enrolment.status is EnrolmentStatus.active:
        set_reason(enrolment, "status", reason)
        enrolment.stopped_on = on
    elif enrolment.stopped_on is None or enrolment.stopped_on > on:
        enrolment.stopped_on = on
    enrolment.status = EnrolmentStatus(target)
    enrolment.needs_review = True
    set_reason(enrolment, "review", reason)
    enrolment.arrears_from = None
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="benefit_enrolment.stopped_by_event",
        object_type="benefit_enrolment",
        object_id=enrolment.id,
        scope_path=await scope_path(session, enrolment.community_id),
        detail={"reason": reason.en, "event_date": on.isoformat(), "task": "community to confirm"},
    )
    # Recorded late: what was paid for months after the event's is owed back (追回).
    await recover_after_event(session, principal, enrolment, on, reason)


async def _current(session: AsyncSession, *conditions: object) -> list[Enrolment]:
    stmt = select(Enrolment).where(Enrolment.status != EnrolmentStatus.ended, *conditions)  # type: ignore[arg-type]
    return list((await session.execute(stmt.order_by(Enrolment.id))).scalars().all())


async def on_resident_event(
    session: AsyncSession, principal: Principal, resident: Resident, event: str, on: date
) -> None:
    """A beneficiary died, moved out, or moved: stop (or follow the move within the street)."""
    enrolments = await _current(session, Enrolment.beneficiary_id == resident.id)
    if not enrolments:
        return
    if event == "moved":
        community = await session.get(Org, resident.community_id)
        for enrolment in enrolments:
            if community is not None and community.parent_id == enrolment.street_id:
                enrolment.community_id = community.id
                await session.flush()
            else:
                await stop_for_event(
                    session,
                    principal,
                    enrolment,
                    on,
                    Reason("beneficiary_left_street", {"on": on.isoformat()}),
                )
        return
    code = "beneficiary_died" if event == "deceased" else "beneficiary_moved_out"
    for enrolment in enrolments:
        await stop_for_event(session, principal, enrolment, on, Reason(code, {"on": on.isoformat()}))


async def on_new_child(session: AsyncSession, principal: Principal, family: Family, child: Child) -> None:
    """A child born or adopted ends what was paid for having one child."""
    rows = (
        await session.execute(
            select(Enrolment, BenefitProgram.rule)
            .join(BenefitProgram, BenefitProgram.id == Enrolment.program_id)
            .where(Enrolment.family_id == family.id, Enrolment.status != EnrolmentStatus.ended)
            .order_by(Enrolment.id)
        )
    ).all()
    if not rows:
        return
    sexes = (await session.execute(select(Child.sex).where(Child.family_id == family.id))).scalars().all()
    two_daughters = len(sexes) == 2 and all(s is Sex.female for s in sexes)
    kind = "child_adopted" if child.adopted else "child_born"
    reason = Reason(kind, {"on": child.birth_date.isoformat()})
    for enrolment, rule in rows:
        rule = EligibilityRule(rule)
        if rule in ONE_CHILD_RULES or (rule is EligibilityRule.rural_reward_support and not two_daughters):
            await stop_for_event(session, principal, enrolment, child.birth_date, reason)


def register_hooks() -> None:
    """Subscribe to core's life-event hooks (idempotent)."""
    from app.services.core.families import child_added_hooks
    from app.services.core.residents import resident_event_hooks

    if on_new_child not in child_added_hooks:
        child_added_hooks.append(on_new_child)
    if on_resident_event not in resident_event_hooks:
        resident_event_hooks.append(on_resident_event)


register_hooks()
