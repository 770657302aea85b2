"""User accounts: street admins manage users inside their street whose role is below their own."""

from __future__ import annotations

from sqlalchemy import Select, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import ROLE_RANK, ROLES_FOR_ORG_KIND, Principal, Role, in_subtree
from app.config import Settings
from app.db import utcnow
from app.errors import Conflict, Forbidden, Unprocessable
from app.models.core.org import Org
from app.models.core.user import AuthSession, User
from app.preconditions import check_version
from app.principal_cache import forget_after_commit
from app.schemas.core.user import UserCreate, UserUpdate
from app.security import hash_password_off_loop
from app.services.core import auth
from app.services.core.loading import apply_changes, one_or_404
from app.services.core.orgs import get_org


def _visible_users(principal: Principal) -> Select[tuple[User]]:
    return select(User).join(Org, Org.id == User.org_id).where(in_subtree(Org.path, principal))


async def get_user(session: AsyncSession, principal: Principal, user_id: int) -> User:
    return await one_or_404(session, _visible_users(principal).where(User.id == user_id), "User")


def _check_grantable(principal: Principal, role: Role, org: Org) -> None:
    if ROLE_RANK[role] >= principal.level_rank:
        raise Forbidden(f"You cannot grant the role {role.value}: only roles below your own")
    if role not in ROLES_FOR_ORG_KIND[org.kind]:
        raise Unprocessable(
            f"The role {role.value} does not belong in a {org.kind.value}", loc=["body", "role"]
        )


async def create_user(session: AsyncSession, principal: Principal, data: UserCreate) -> User:
    org = await get_org(session, principal, data.org_id)
    _check_grantable(principal, data.role, org)
    if (await session.execute(select(User.id).where(User.username == data.username))).first():
        raise Conflict(f"The username {data.username} is taken")
    user = User(
        username=data.username,
        full_name=data.full_name,
        role=data.role.value,
        org_id=org.id,
        password_hash=await hash_password_off_loop(data.password),
    )
    session.add(user)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="user.created",
        object_type="user",
        object_id=user.id,
        scope_path=org.path,
        detail={"username": user.username, "role": user.role, "org_id": org.id},
    )
    return user


async def update_user(
    session: AsyncSession,
    principal: Principal,
    user_id: int,
    data: UserUpdate,
    expected_version: int | None,
) -> User:
    """Managing another user (password, status, org, role) needs a rank above theirs and stays in
    the caller's area; a password change or deactivation ends the user's sessions (one's own
    password change ends one's other sessions and keeps the one that made it)."""
    user = await get_user(session, principal, user_id)
    check_version(user, expected_version)
    if user.id == principal.user_id:
        if data.role is not None or data.is_active is False or data.org_id not in (None, user.org_id):
            raise Forbidden("You cannot change your own role or org or deactivate yourself")
    elif ROLE_RANK[Role(user.role)] >= principal.level_rank:
        # Managing a user needs a rank above theirs: the district manages street admins.
        raise Forbidden("You cannot manage a user whose role is not below your own")
    org = await get_org(session, principal, data.org_id or user.org_id)
    if data.role is not None:
        _check_grantable(principal, data.role, org)
    elif user.id != principal.user_id:
        _check_grantable(principal, Role(user.role), org)
    changes = data.model_dump(exclude_unset=True, exclude_none=True, exclude={"password", "role"})
    if data.role is not None:
        changes["role"] = data.role.value
    changed = apply_changes(user, changes)
    end_sessions = data.password is not None or data.is_active is False
    if data.password is not None:
        user.password_hash = await hash_password_off_loop(data.password)
        changed["password"] = "changed"
    if end_sessions:
        # Changing one's own password ends one's other sessions, not the one that changed it.
        others = AuthSession.id != principal.session_id if user.id == principal.user_id else true()
        await session.execute(
            update(AuthSession)
            .where(AuthSession.user_id == user.id, AuthSession.revoked_at.is_(None), others)
            .values(revoked_at=utcnow(), revoked_reason="account_changed")
        )
    if changed.keys() & {"role", "org_id", "is_active", "password"}:
        forget_after_commit(session, user_id=user.id)
    if changed:
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            action="user.updated",
            object_type="user",
            object_id=user.id,
            scope_path=org.path,
            # which fields changed; a new password as a fact, never its text (nor the word the audit
            # writer drops)
            detail={
                ("password_changed" if k == "password" else k): (True if k == "password" else v)
                for k, v in changed.items()
            },
        )
    return user


async def unlock_user(session: AsyncSession, settings: Settings, principal: Principal, user_id: int) -> User:
    """End a user's sign-in waits (解锁): an admin whose rank is above the user's, in the user's area."""
    user = await get_user(session, principal, user_id)
    if ROLE_RANK[Role(user.role)] >= principal.level_rank:
        raise Forbidden("You cannot manage a user whose role is not below your own")
    await auth.unlock_account(session, settings, principal=principal, user=user)
    await session.flush()
    return user
