"""Sign-in, token rotation and sign-out.

Passwords are argon2id hashes; an unknown user costs the same hash check as a wrong password and
gets the same answer. Five failures in a row lock the account for fifteen minutes. Refresh tokens
rotate: each is spent once, and presenting a spent one revokes its whole family (the session).
"""

from __future__ import annotations

import hmac
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit
from app.authz import Principal
from app.config import Settings
from app.db import utcnow
from app.errors import NotAuthenticated, TooManyRequests
from app.models.core.org import Org
from app.models.core.user import AuthSession, RefreshToken, User
from app.security import (
    InvalidToken,
    create_token,
    decode_token,
    hash_secret_token,
    verify_password,
)


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str | None  # None for client credentials (RFC 6749 §4.4.3)
    expires_in: int


class LoginRefused(NotAuthenticated):
    """A failed sign-in still counts toward the lockout, so its changes are kept."""

    keep_changes = True


class AccountLocked(TooManyRequests):
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
    session: AsyncSession, settings: Settings, *, username: str, password: str
) -> TokenPair:
    """OAuth2 password grant for people; service accounts must use client credentials."""
    user = (
        await session.execute(select(User).where(User.username == username).with_for_update())
    ).scalar_one_or_none()
    now = utcnow()
    if user is not None and user.locked_until is not None and user.locked_until > now:
        retry = int((user.locked_until - now).total_seconds()) + 1
        verify_password(password, None)  # same cost as any other attempt
        raise AccountLocked("Too many failed sign-ins; the account is locked", retry)
    ok = verify_password(password, user.password_hash if user else None)
    if user is None or not ok or not user.is_active:
        if user is not None:
            await _count_failure(session, settings, user)
        raise LoginRefused("Incorrect username or password")
    user.failed_login_count = 0
    user.locked_until = None
    await audit.record(
        session,
        actor=None,
        actor_username=user.username,
        action="auth.login",
        object_type="user",
        object_id=user.id,
        scope_path=await _org_path(session, user.org_id),
    )
    return await _start_session(session, settings, user)


async def _count_failure(session: AsyncSession, settings: Settings, user: User) -> None:
    user.failed_login_count += 1
    org_path = await _org_path(session, user.org_id)
    if user.failed_login_count >= settings.login_max_failures:
        user.locked_until = utcnow() + timedelta(minutes=settings.login_lock_minutes)
        user.failed_login_count = 0
        await audit.record(
            session,
            actor=None,
            actor_username=user.username,
            action="auth.locked",
            object_type="user",
            object_id=user.id,
            scope_path=org_path,
            detail={"locked_minutes": settings.login_lock_minutes},
        )
    else:
        await audit.record(
            session,
            actor=None,
            actor_username=user.username,
            action="auth.login_failed",
            object_type="user",
            object_id=user.id,
            scope_path=org_path,
        )
    await session.flush()


async def login_with_client_credentials(
    session: AsyncSession, settings: Settings, *, client_id: str, client_secret: str
) -> TokenPair:
    """Client credentials grant for service accounts and self-service devices."""
    user = (await session.execute(select(User).where(User.username == client_id))).scalar_one_or_none()
    expected = user.client_secret_hash if user is not None else None
    # Secrets are long random strings: a digest compare is enough and costs the same either way.
    ok = hmac.compare_digest(expected or "0" * 64, hash_secret_token(client_secret))
    if user is None or expected is None or not ok or not user.is_active:
        raise NotAuthenticated("Incorrect client credentials")
    # No refresh token (RFC 6749 §4.4.3): the client signs in again with its credentials.
    auth_session = AuthSession(id=uuid.uuid4().hex, user_id=user.id)
    session.add(auth_session)
    await session.flush()
    access, _ = create_token(settings, subject=str(user.id), token_type="access", family=auth_session.id)
    return TokenPair(access, None, settings.access_token_minutes * 60)


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
    await audit.record(
        session,
        actor=principal,
        action="auth.logout",
        object_type="auth_session",
        object_id=principal.session_id,
        scope_path=principal.org_path,
    )
