"""Sign-in, token rotation and sign-out.

Passwords are argon2id hashes, checked off the event loop; an unknown user costs the same hash check
as a wrong password and gets the same answer. Failures slow down in the database per name and
address, per address and per name, with growing delays that a known address or device passes
(app/services/core/signin_guard.py); client credentials the same way, without known sources.
Refresh tokens rotate: each is spent once, and presenting a spent one revokes its whole family.
"""

from __future__ import annotations

import hmac
import uuid
from dataclasses import dataclass, replace

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit, throttle
from app.authz import Principal
from app.config import Settings
from app.db import utcnow
from app.errors import NotAuthenticated
from app.models.core.org import Org
from app.models.core.user import AuthSession, RefreshToken, User
from app.principal_cache import forget_after_commit
from app.security import (
    InvalidToken,
    create_token,
    decode_token,
    hash_secret_token,
    verify_password_off_loop,
)
from app.services.core import signin_guard


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str | None  # None for client credentials (RFC 6749 §4.4.3)
    expires_in: int
    device: str | None = None  # the fpw_device cookie to set (password grant)


class LoginRefused(NotAuthenticated):
    """A failed sign-in still counts toward the sign-in delays, so its changes are kept."""

    keep_changes = True


async def _org_path(session: AsyncSession, org_id: int) -> str:
    return (await session.execute(select(Org.path).where(Org.id == org_id))).scalar_one()


async def _issue_pair(session: AsyncSession, settings: Settings, user: User, session_id: str) -> TokenPair:
    access, _ = create_token(settings, subject=str(user.id), token_type="access", family=session_id)
    refresh, claims = create_token(settings, subject=str(user.id), token_type="refresh", family=session_id)
    session.add(RefreshToken(jti=claims.jti, session_id=session_id, expires_at=claims.expires_at))
    await session.flush()
    return TokenPair(access, refresh, settings.access_token_minutes * 60)


async def _start_session(session: AsyncSession, settings: Settings, user: User) -> TokenPair:
    auth_session = AuthSession(id=uuid.uuid4().hex, user_id=user.id)
    session.add(auth_session)
    await session.flush()
    return await _issue_pair(session, settings, user, auth_session.id)


async def login_with_password(
    session: AsyncSession,
    settings: Settings,
    *,
    username: str,
    password: str,
    client_address: str,
    device: str | None = None,
) -> TokenPair:
    """OAuth2 password grant for people; service accounts must use client credentials.

    ``device`` is the ``fpw_device`` cookie the client sent back, if any; the answer's
    ``device`` is the value to set (see app/services/core/signin_guard.py)."""
    attempt = await signin_guard.admit(
        session, settings, kind="user", username=username, address=client_address, device=device
    )
    user = (await session.execute(select(User).where(User.username == username))).scalar_one_or_none()
    ok = await verify_password_off_loop(password, user.password_hash if user else None)
    if user is None or not ok or not user.is_active:
        await signin_guard.failed(session, settings, attempt, user)
        raise LoginRefused("Incorrect username or password")
    remembered = await signin_guard.succeeded(session, settings, attempt, user)
    await audit.record(
        session,
        actor=None,
        actor_username=user.username,
        action="auth.login",
        object_type="user",
        object_id=user.id,
        scope_path=await _org_path(session, user.org_id),
    )
    pair = await _start_session(session, settings, user)
    return replace(pair, device=remembered)


async def login_with_client_credentials(
    session: AsyncSession, settings: Settings, *, client_id: str, client_secret: str, client_address: str
) -> TokenPair:
    """Client credentials grant for service accounts and self-service devices, throttled like
    passwords (without known sources: a system's address is not a person's habit)."""
    attempt = await signin_guard.admit(
        session, settings, kind="client", username=client_id, address=client_address, recognise=False
    )
    user = (await session.execute(select(User).where(User.username == client_id))).scalar_one_or_none()
    expected = user.client_secret_hash if user is not None else None
    # Secrets are long random strings: a digest compare is enough and costs the same either way.
    ok = hmac.compare_digest(expected or "0" * 64, hash_secret_token(client_secret))
    if user is None or expected is None or not ok or not user.is_active:
        await signin_guard.failed(session, settings, attempt, user)
        raise LoginRefused("Incorrect client credentials")
    await signin_guard.succeeded(session, settings, attempt, user, remember=False)
    # No refresh token (RFC 6749 §4.4.3): the client signs in again with its credentials.
    auth_session = AuthSession(id=uuid.uuid4().hex, user_id=user.id)
    session.add(auth_session)
    await session.flush()
    access, _ = create_token(settings, subject=str(user.id), token_type="access", family=auth_session.id)
    return TokenPair(access, None, settings.access_token_minutes * 60)


async def unlock_account(
    session: AsyncSession, settings: Settings, *, principal: Principal, user: User
) -> None:
    """An admin ends an account's sign-in delays: its failure counters, from every address and
    device, are forgotten (解锁), and the unlock is audited."""
    limits = signin_guard.delays(settings)
    for kind in ("user", "client"):
        name = signin_guard.name_key(kind, user.username)
        await throttle.clear(session, limits.account, name)
        await throttle.clear_prefix(session, limits.pair, name)
    user.failed_login_count = 0
    user.locked_until = None
    await audit.record(
        session,
        actor=principal,
        action="auth.unlocked",
        object_type="user",
        object_id=user.id,
        scope_path=await _org_path(session, user.org_id),
    )


async def refresh(session: AsyncSession, settings: Settings, *, refresh_token: str) -> TokenPair:
    """Rotate: spend the presented refresh token and issue a new pair in the same family."""
    try:
        claims = decode_token(settings, refresh_token, "refresh")
    except InvalidToken as exc:
        raise NotAuthenticated("The refresh token is invalid or expired") from exc
    token = await session.get(RefreshToken, claims.jti)
    if token is None or token.session_id != claims.family:
        raise NotAuthenticated("The refresh token is invalid or expired")
    auth_session = await session.get(AuthSession, token.session_id)
    if auth_session is None or auth_session.revoked_at is not None:
        raise NotAuthenticated("The session has been revoked")
    # Atomic spend: of two concurrent uses, exactly one wins; the other is a replay.
    spent = await session.execute(
        update(RefreshToken)
        .where(RefreshToken.jti == token.jti, RefreshToken.spent_at.is_(None))
        .values(spent_at=utcnow())
    )
    if spent.rowcount != 1:  # type: ignore[attr-defined]
        auth_session.revoked_at = utcnow()
        auth_session.revoked_reason = "refresh_reuse"
        forget_after_commit(session, session_id=auth_session.id)
        user = await session.get(User, auth_session.user_id)
        await audit.record(
            session,
            actor=None,
            actor_username=user.username if user else None,
            action="auth.refresh_reuse",
            object_type="auth_session",
            object_id=auth_session.id,
            scope_path=await _org_path(session, user.org_id) if user else "/",
        )
        raise LoginRefused("The refresh token was already used; the session has been revoked")
    user = await session.get(User, auth_session.user_id)
    if user is None or not user.is_active:
        raise NotAuthenticated("The account is disabled")
    return await _issue_pair(session, settings, user, auth_session.id)


async def logout(session: AsyncSession, *, principal: Principal) -> None:
    """Revoke the caller's session: its access and refresh tokens stop working at once."""
    await session.execute(
        update(AuthSession)
        .where(AuthSession.id == principal.session_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=utcnow(), revoked_reason="logout")
    )
    forget_after_commit(session, session_id=principal.session_id)
    await audit.record(
        session,
        actor=principal,
        action="auth.logout",
        object_type="auth_session",
        object_id=principal.session_id,
        scope_path=principal.org_path,
    )
