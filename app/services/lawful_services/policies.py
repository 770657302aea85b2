"""Policies (政务公开): birth policies, preferential policies and procedures made public.

A policy is drafted by street or district staff, published (the public then reads it without
signing in), edited after publication only as a new revision (every published revision stays
readable), and finally repealed — a repealed policy stays readable, marked so. Drafts are never
public and are seen only inside the owning org's subtree.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.db import utcnow
from app.errors import NotFound, Unprocessable
from app.models.core.org import Org
from app.models.lawful_services.policy import Policy, PolicyCategory, PolicyRevision, PolicyStatus
from app.pagination import fetch_page
from app.schemas.lawful_services.policy import PolicyCreate, PolicyUpdate
from app.services.core.loading import apply_changes, one_or_404
from app.services.lawful_services import policy_search
from app.services.lawful_services.scope import editable_policy_scope, public_policy_scope, staff_policy_scope
from app.workflow import Workflow, step

P = PolicyStatus
POLICY_WORKFLOW = Workflow(
    "policy",
    PolicyStatus,
    [
        step(
            "edit",
            [P.draft, P.published],
            None,
            "policies:write",
            "a draft in place; a published policy as a new revision (the state stays)",
            zh="修改",
            en="Edit",
        ),
        step("publish", [P.draft], P.published, "policies:write", "as revision 1", zh="公开", en="Publish"),
        step(
            "repeal",
            [P.published],
            P.repealed,
            "policies:write",
            "with the reason; it stays readable, marked repealed (final)",
            zh="废止",
            en="Repeal",
        ),
    ],
)

_CONTENT_FIELDS = (
    "title",
    "document_no",
    "issuing_authority",
    "category",
    "body",
    "effective_on",
    "expires_on",
)


def _filtered(
    stmt: Select[tuple[Policy]],
    *,
    q: str | None,
    category: PolicyCategory | None,
    effective_from: date | None,
    effective_to: date | None,
    in_force_on: date | None,
) -> Select[tuple[Policy]]:
    if q:
        stmt = stmt.where(policy_search.matching(q))
    if category is not None:
        stmt = stmt.where(Policy.category == category)
    if effective_from is not None:
        stmt = stmt.where(Policy.effective_on >= effective_from)
    if effective_to is not None:
        stmt = stmt.where(Policy.effective_on <= effective_to)
    if in_force_on is not None:
        stmt = stmt.where(
            Policy.status == PolicyStatus.published,
            Policy.effective_on <= in_force_on,
            or_(Policy.expires_on.is_(None), Policy.expires_on >= in_force_on),
        )
    return stmt


async def list_policies(
    session: AsyncSession,
    principal: Principal | None,
    *,
    status: PolicyStatus | None = None,
    q: str | None = None,
    category: PolicyCategory | None = None,
    effective_from: date | None = None,
    effective_to: date | None = None,
    in_force_on: date | None = None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Policy], str | None]:
    """Newest first. Without a principal (the public) only published and repealed ones."""
    scope = public_policy_scope(None) if principal is None else staff_policy_scope(principal)
    stmt = select(Policy).where(scope)
    if status is not None:
        stmt = stmt.where(Policy.status == status)
    stmt = _filtered(
        stmt,
        q=q,
        category=category,
        effective_from=effective_from,
        effective_to=effective_to,
        in_force_on=in_force_on,
    )
    return await fetch_page(session, stmt, id_column=Policy.id, limit=limit, cursor=cursor, descending=True)


async def get_policy(session: AsyncSession, principal: Principal | None, policy_id: int) -> Policy:
    scope = public_policy_scope(None) if principal is None else staff_policy_scope(principal)
    return await one_or_404(session, select(Policy).where(Policy.id == policy_id, scope), "Policy")


async def _editable(session: AsyncSession, principal: Principal, policy_id: int) -> Policy:
    policy = (
        await session.execute(select(Policy).where(Policy.id == policy_id, editable_policy_scope(principal)))
    ).scalar_one_or_none()
    if policy is None:
        await get_policy(session, principal, policy_id)  # 404 when not even readable
        raise NotFound("Policy not found among those your organisation maintains")
    return policy


async def _owner_path(session: AsyncSession, policy: Policy) -> str:
    org = await session.get(Org, policy.owner_org_id)
    return org.path if org else "/"


def _check_dates(policy: Policy) -> None:
    if policy.expires_on is not None and policy.expires_on < policy.effective_on:
        raise Unprocessable("expires_on is before effective_on", loc=["body", "expires_on"])


async def _snapshot(session: AsyncSession, principal: Principal, policy: Policy) -> None:
    policy.revision += 1
    session.add(
        PolicyRevision(
            policy_id=policy.id,
            revision=policy.revision,
            published_by=principal.username,
            **{f: getattr(policy, f) for f in _CONTENT_FIELDS},
        )
    )


async def create_policy(session: AsyncSession, principal: Principal, data: PolicyCreate) -> Policy:
    """Draft a policy owned by the caller's org; it is not public until published."""
    policy = Policy(owner_org_id=principal.org_id, status=PolicyStatus.draft, revision=0, **data.model_dump())
    session.add(policy)
    await session.flush()
    await policy_search.reindex_policy(session, policy)
    await audit.record(
        session,
        actor=principal,
        action="policy.created",
        object_type="policy",
        object_id=policy.id,
        scope_path=principal.org_path,
        detail={"title": policy.title},
    )
    return policy


async def update_policy(
    session: AsyncSession,
    principal: Principal,
    policy_id: int,
    data: PolicyUpdate,
    expected_version: int | None,
) -> Policy:
    """Edit a draft in place; editing a published policy publishes a new revision (the old one
    stays readable). A repealed policy is final (409)."""
    policy = await _editable(session, principal, policy_id)
    POLICY_WORKFLOW.check(policy, "edit", expected_version)
    changes = data.model_dump(exclude_unset=True)
    changed = apply_changes(policy, changes)
    _check_dates(policy)
    if not changed:
        return policy
    if policy.status is PolicyStatus.published:
        await _snapshot(session, principal, policy)
    await session.flush()
    await policy_search.reindex_policy(session, policy)
    await audit.record(
        session,
        actor=principal,
        action="policy.updated",
        object_type="policy",
        object_id=policy.id,
        scope_path=await _owner_path(session, policy),
        detail={"fields": sorted(changed), "revision": policy.revision},
    )
    return policy


async def publish_policy(
    session: AsyncSession, principal: Principal, policy_id: int, expected_version: int | None
) -> Policy:
    """Make a draft public (政务公开) as revision 1."""
    policy = await _editable(session, principal, policy_id)
    policy.status = POLICY_WORKFLOW.move(policy, "publish", expected_version)
    policy.published_at = utcnow()
    await _snapshot(session, principal, policy)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="policy.published",
        object_type="policy",
        object_id=policy.id,
        scope_path=await _owner_path(session, policy),
        detail={"revision": policy.revision},
    )
    return policy


async def repeal_policy(
    session: AsyncSession, principal: Principal, policy_id: int, reason: str, expected_version: int | None
) -> Policy:
    """Repeal a published policy; it stays readable to everyone, marked repealed, with the reason."""
    policy = await _editable(session, principal, policy_id)
    policy.status = POLICY_WORKFLOW.move(policy, "repeal", expected_version)
    policy.repealed_at = utcnow()
    policy.repeal_reason = reason
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="policy.repealed",
        object_type="policy",
        object_id=policy.id,
        scope_path=await _owner_path(session, policy),
        detail={"reason": reason},
    )
    return policy
