"""Family records (家庭档案): parents, marriage, honour certificate and children.

Benefit eligibility is computed from these records, so the rules that keep them coherent live
here: parents are visible residents of the right sex, birth orders are unique in a family, a
disabled child has a grade and a deceased child a date.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from app import audit
from app.authz import Principal, family_scope
from app.errors import Conflict, NotFound, Unprocessable
from app.models.core.family import Child, ChildStatus, Family
from app.models.core.org import Org, OrgKind
from app.models.core.resident import Sex
from app.preconditions import check_version
from app.schemas.core.family import (
    ChildCreate,
    ChildUpdate,
    FamilyCreate,
    FamilyUpdate,
    _check_child_status,
)
from app.services.core.loading import apply_changes, one_or_404
from app.services.core.residents import get_resident

# Other domains react to a new child (special-support enrolments are flagged for review).
ChildAddedHook = Callable[[AsyncSession, Principal, Family, Child], Awaitable[None]]
child_added_hooks: list[ChildAddedHook] = []
# A birth recorded by a pregnancy follow-up (孕情随访): other areas start what follows a birth
# (Task 4 starts the birth registration). Called after the child is added.
BirthRecordedHook = Callable[[AsyncSession, Principal, Family, Child, date], Awaitable[None]]
birth_recorded_hooks: list[BirthRecordedHook] = []


async def get_family(session: AsyncSession, principal: Principal, family_id: int) -> Family:
    return await one_or_404(
        session,
        select(Family)
        .where(Family.id == family_id, family_scope(principal))
        .options(selectinload(Family.children)),
        "Family",
    )


async def _check_parents(
    session: AsyncSession, principal: Principal, husband_id: int | None, wife_id: int | None
) -> None:
    if husband_id is not None:
        husband = await get_resident(session, principal, husband_id)
        if husband.sex is not Sex.male:
            raise Unprocessable("husband_id must be a male resident", loc=["body", "husband_id"])
    if wife_id is not None:
        wife = await get_resident(session, principal, wife_id)
        if wife.sex is not Sex.female:
            raise Unprocessable("wife_id must be a female resident", loc=["body", "wife_id"])


async def _community_path(session: AsyncSession, principal: Principal, community_id: int) -> str:
    org = await session.get(Org, community_id)
    if org is None or org.kind is not OrgKind.community:
        raise Unprocessable("community_id must be the id of a community", loc=["body", "community_id"])
    return org.path


async def create_family(session: AsyncSession, principal: Principal, data: FamilyCreate) -> Family:
    path = await _community_path(session, principal, data.community_id)
    await _check_parents(session, principal, data.husband_id, data.wife_id)
    family = Family(**data.model_dump(exclude={"children"}))
    for child_data in data.children:
        if child_data.resident_id is not None:
            await get_resident(session, principal, child_data.resident_id)
    session.add(family)
    await session.flush()
    orders = [c.birth_order for c in data.children if c.birth_order is not None]
    if len(orders) != len(set(orders)):
        raise Unprocessable("children's birth_order values must be unique", loc=["body", "children"])
    next_order = max(orders, default=0) + 1
    for child_data in sorted(data.children, key=lambda c: c.birth_date):
        order = child_data.birth_order
        if order is None:
            order, next_order = next_order, next_order + 1
        session.add(
            Child(family_id=family.id, **child_data.model_dump(exclude={"birth_order"}), birth_order=order)
        )
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="family.created",
        object_type="family",
        object_id=family.id,
        scope_path=path,
        detail={"children": len(data.children)},
    )
    return await get_family(session, principal, family.id)


async def update_family(
    session: AsyncSession,
    principal: Principal,
    family_id: int,
    data: FamilyUpdate,
    expected_version: int | None,
) -> Family:
    family = await get_family(session, principal, family_id)
    check_version(family, expected_version)
    changes = data.model_dump(exclude_unset=True)
    husband = changes.get("husband_id", family.husband_id)
    wife = changes.get("wife_id", family.wife_id)
    if husband is None and wife is None:
        raise Unprocessable("a family needs at least one parent", loc=["body"])
    await _check_parents(session, principal, changes.get("husband_id"), changes.get("wife_id"))
    cert_no = changes.get("honour_certificate_no", family.honour_certificate_no)
    cert_on = changes.get("honour_certificate_issued_on", family.honour_certificate_issued_on)
    if (cert_no is None) != (cert_on is None):
        raise Unprocessable("honour_certificate_no and honour_certificate_issued_on go together")
    changed = apply_changes(family, changes)
    if changed:
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            action="family.updated",
            object_type="family",
            object_id=family.id,
            scope_path=await _community_path(session, principal, family.community_id),
            detail={k: str(v) for k, v in changed.items()},
        )
    return await get_family(session, principal, family.id)


async def add_child(session: AsyncSession, principal: Principal, family_id: int, data: ChildCreate) -> Child:
    """Record a child born into or adopted by the family; other domains are told (hooks)."""
    family = await get_family(session, principal, family_id)
    if data.resident_id is not None:
        await get_resident(session, principal, data.resident_id)
    order = data.birth_order
    if order is None:
        current = (
            await session.execute(select(func.max(Child.birth_order)).where(Child.family_id == family.id))
        ).scalar_one()
        order = (current or 0) + 1
    elif any(c.birth_order == order for c in family.children):
        raise Conflict(f"The family already has a child with birth order {order}")
    child = Child(family_id=family.id, **data.model_dump(exclude={"birth_order"}), birth_order=order)
    session.add(child)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="family.child_added",
        object_type="family",
        object_id=family.id,
        scope_path=await _community_path(session, principal, family.community_id),
        detail={"child_id": child.id, "adopted": child.adopted},
    )
    await _void_certificate_on_second_child(session, principal, family, child)
    for hook in child_added_hooks:
        await hook(session, principal, family, child)
    return child


async def _void_certificate_on_second_child(
    session: AsyncSession, principal: Principal, family: Family, child: Child
) -> None:
    """A second child born or adopted ends the one-child parents' honour certificate (光荣证失效)."""
    if family.honour_certificate_no is None or family.honour_certificate_void_on is not None:
        return
    count = (
        await session.execute(select(func.count(Child.id)).where(Child.family_id == family.id))
    ).scalar_one()
    if count < 2:
        return
    family.honour_certificate_void_on = child.birth_date
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="family.honour_certificate_void",
        object_type="family",
        object_id=family.id,
        scope_path=await _community_path(session, principal, family.community_id),
        detail={"child_id": child.id, "void_on": child.birth_date.isoformat()},
    )


async def update_child(
    session: AsyncSession,
    principal: Principal,
    family_id: int,
    child_id: int,
    data: ChildUpdate,
    expected_version: int | None,
) -> Child:
    """Record a death or a disability (with its grade); the status fields must agree."""
    family = await get_family(session, principal, family_id)
    child = next((c for c in family.children if c.id == child_id), None)
    if child is None:
        raise NotFound("Child not found")
    check_version(child, expected_version)
    changes = data.model_dump(exclude_unset=True)
    status = changes.get("status", child.status)
    if "status" in changes and status is not ChildStatus.disabled:
        changes.setdefault("disability_grade", None)
    if "status" in changes and status is not ChildStatus.deceased:
        changes.setdefault("deceased_on", None)
    try:
        _check_child_status(
            ChildStatus(status),
            changes.get("disability_grade", child.disability_grade),
            changes.get("deceased_on", child.deceased_on),
            child.birth_date,
        )
    except ValueError as exc:
        raise Unprocessable(str(exc), loc=["body"]) from exc
    changed = apply_changes(child, changes)
    if changed:
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            action="family.child_updated",
            object_type="family",
            object_id=family.id,
            scope_path=await _community_path(session, principal, family.community_id),
            detail={"child_id": child.id, **{k: str(v) for k, v in changed.items()}},
        )
    return child
