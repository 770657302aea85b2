"""Sign-in throttling: failures slow an attacker down and never lock the owner out.

Three counters of growing delays (``app.throttle.claim``), each judged by the name as typed, never by
whether the account exists, so unknown and known names get the same answers:

* the name from one address (or from one known device): ``login_max_failures`` attempts, then
  waits of ``login_delay_seconds`` doubling up to ``login_lock_minutes``;
* one address, any names (spraying): ``login_address_max_failures``, then the same waits;
* the name from unknown sources, any addresses (a distributed attack):
  ``login_account_max_failures``, then waits doubling up to ``login_account_delay_cap_seconds``.

A *known source* is an address or a device (the ``fpw_device`` cookie, a random value set on each
successful password sign-in) the user signed in from successfully within ``login_known_days``,
stored as keyed hashes in ``signin_sources``. A known source passes the account-wide and the
address-wide counters, so strangers' failures elsewhere never keep the owner out; the name-and-
source counter still applies (with a known device, it counts per device rather than per address).

Each counter takes the attempt before the password is checked (its row stays locked for the
request), so concurrent guesses cannot slip past; a refused attempt (429) changes nothing, a failed
one keeps its count (``LoginRefused.keep_changes``), a successful one gives the account and address
counts back and clears the name-and-source count. The failure that brings a name's unknown-source
count to ``login_account_max_failures`` raises ``auth.account_under_attack`` (an audit row and a
webhook event) for a real account: once per window of ``login_failure_memory_hours``.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app import audit, outbox, throttle
from app.config import Settings
from app.db import utcnow
from app.errors import TooManyRequests
from app.models.core.org import Org
from app.models.core.user import SigninSource, User
from app.security import hash_secret_token, pii_cipher
from app.throttle import Delay, Turn

DEVICE_COOKIE = "fpw_device"
_DEVICE_FORMAT = re.compile(r"[A-Za-z0-9_-]{43}")

ACCOUNT_WAIT = "Too many failed sign-ins for this account from new addresses; try again later"
ADDRESS_WAIT = "Too many failed sign-ins from this address; try again later"
PAIR_WAIT = "Too many failed sign-ins; try again later"
_ZH = {
    ACCOUNT_WAIT: "该账号从新地址登录失败次数过多，请稍后再试",
    ADDRESS_WAIT: "该地址登录失败次数过多，请稍后再试",
    PAIR_WAIT: "登录失败次数过多，请稍后再试",
}


@dataclass(frozen=True)
class Delays:
    pair: Delay
    address: Delay
    account: Delay


def delays(settings: Settings) -> Delays:
    memory = settings.login_failure_memory_hours * 3600
    first = settings.login_delay_seconds
    cap = settings.login_lock_minutes * 60
    account_cap = settings.login_account_delay_cap_seconds
    return Delays(
        pair=Delay("signin-pair", settings.login_max_failures, first, cap, memory),
        address=Delay("signin-address", settings.login_address_max_failures, first, cap, memory),
        account=Delay("signin-name", settings.login_account_max_failures, first, account_cap, memory),
    )


@dataclass(frozen=True)
class Attempt:
    name: str  # "user:<name as typed, case-folded>" or "client:…"
    address: str
    pair_subject: str  # the address, or "device:<digest>" for a known device
    known: bool
    account: Turn | None  # None: a known source, not counted account-wide
    device: str | None  # the device cookie's value when it is well formed


def name_key(kind: str, name: str) -> str:
    return f"{kind}:{name.strip().casefold()}"


def _address_digest(settings: Settings, address: str) -> str:
    return pii_cipher(settings).lookup_hash(f"signin-address:{address}")


def well_formed_device(value: str | None) -> str | None:
    return value if value is not None and _DEVICE_FORMAT.fullmatch(value) else None


def new_device() -> str:
    return secrets.token_urlsafe(32)


async def _known(
    session: AsyncSession, settings: Settings, username: str, address: str, device: str | None
) -> set[str]:
    """Which of this address and device the user typed has signed in from lately (one query, the
    same for a name that exists and one that does not)."""
    wanted = [and_(SigninSource.kind == "address", SigninSource.digest == _address_digest(settings, address))]
    if device is not None:
        wanted.append(and_(SigninSource.kind == "device", SigninSource.digest == hash_secret_token(device)))
    since = utcnow() - timedelta(days=settings.login_known_days)
    rows = await session.execute(
        select(SigninSource.kind)
        .join(User, User.id == SigninSource.user_id)
        .where(User.username == username, SigninSource.last_seen_at >= since, or_(*wanted))
    )
    return set(rows.scalars())


async def admit(
    session: AsyncSession,
    settings: Settings,
    *,
    kind: str,
    username: str,
    address: str,
    device: str | None = None,
    recognise: bool = True,
) -> Attempt:
    """Take this attempt's turns, or refuse it (429 with ``Retry-After``) before any password check."""
    limits = delays(settings)
    name = name_key(kind, username)
    device = well_formed_device(device)
    known = await _known(session, settings, username, address, device) if recognise else set()
    pair_subject = f"device:{hash_secret_token(device)}" if device and "device" in known else address
    account = None
    checks: list[tuple[Delay, tuple[str, ...], str]] = []
    if not known:
        checks += [(limits.account, (name,), ACCOUNT_WAIT), (limits.address, (address,), ADDRESS_WAIT)]
    checks.append((limits.pair, (name, pair_subject), PAIR_WAIT))
    for delay, subjects, detail in checks:
        turn = await throttle.claim(session, delay, *subjects)
        if not turn.admitted:
            raise TooManyRequests(detail, turn.retry_after, zh=_ZH[detail])
        if delay is limits.account:
            account = turn
    return Attempt(name, address, pair_subject, bool(known), account, device)


async def _org_path(session: AsyncSession, org_id: int) -> str:
    return (await session.execute(select(Org.path).where(Org.id == org_id))).scalar_one()


async def failed(session: AsyncSession, settings: Settings, attempt: Attempt, user: User | None) -> None:
    """Audit a failed sign-in of a real account; the failure that puts it under attack alerts."""
    if user is None:
        return
    scope_path = await _org_path(session, user.org_id)
    await audit.record(
        session,
        actor=None,
        actor_username=user.username,
        action="auth.login_failed",
        object_type="user",
        object_id=user.id,
        scope_path=scope_path,
    )
    turn = attempt.account
    if turn is None or turn.hits != settings.login_account_max_failures:
        return
    since = datetime.fromtimestamp(turn.window_start, UTC).isoformat()
    limits = delays(settings)
    detail = {
        "failures": turn.hits,
        "since": since,
        "wait_seconds": limits.account.wait_after(turn.hits),
        "longest_wait_seconds": limits.account.cap_seconds,
    }
    await audit.record(
        session,
        actor=None,
        action="auth.account_under_attack",
        object_type="user",
        object_id=user.id,
        scope_path=scope_path,
        detail=detail,
    )
    payload = {"user_id": user.id, "username": user.username, "org_id": user.org_id, **detail}
    await outbox.emit(session, "auth.account_under_attack", payload, scope_path=scope_path)


async def succeeded(
    session: AsyncSession, settings: Settings, attempt: Attempt, user: User, *, remember: bool = True
) -> str | None:
    """Give the turns back; remember the address and device as known. Answers the device cookie's
    value to set (the one sent, or a new one) when ``remember``."""
    limits = delays(settings)
    await throttle.clear(session, limits.pair, attempt.name, attempt.pair_subject)
    if attempt.account is not None:
        await throttle.release(session, limits.account, attempt.name)
        await throttle.release(session, limits.address, attempt.address)
    if not remember:
        return None
    device = attempt.device or new_device()
    now = utcnow()
    for kind, digest in (
        ("address", _address_digest(settings, attempt.address)),
        ("device", hash_secret_token(device)),
    ):
        stmt = insert(SigninSource).values(
            user_id=user.id, kind=kind, digest=digest, first_seen_at=now, last_seen_at=now
        )
        await session.execute(
            stmt.on_conflict_do_update(
                index_elements=[SigninSource.user_id, SigninSource.kind, SigninSource.digest],
                set_={"last_seen_at": now},
            )
        )
    await session.execute(
        delete(SigninSource).where(
            SigninSource.user_id == user.id,
            SigninSource.last_seen_at < now - timedelta(days=settings.login_known_days),
        )
    )
    return device
