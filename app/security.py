"""Password hashing, JWTs, and protection of sensitive personal data (PIPL art. 28)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import os
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from jose import JWTError, jwt

from app.clock import utcnow
from app.config import Settings

JWT_ALGORITHMS = ["HS256"]
# How far ahead of this server's clock a token's ``iat`` or ``nbf`` may be (other servers' clocks drift).
CLOCK_SKEW_SECONDS = 60
TokenType = Literal["access", "refresh"]

# argon2id with the library's RFC 9106 low-memory defaults.
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("timing-equaliser-not-a-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    """Verify in constant-ish time; an unknown user still costs one argon2 verification."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


# argon2 takes tens of milliseconds of CPU: it runs in a few worker threads (argon2-cffi releases
# the GIL), never on the event loop, so other requests keep their latency while sign-ins hash.
# The pool's size bounds how many hash at once; the rest queue without blocking the loop.
_hash_pool: ThreadPoolExecutor | None = None
_hash_pool_lock = threading.Lock()


def configure_hash_workers(workers: int) -> None:
    global _hash_pool
    with _hash_pool_lock:
        if _hash_pool is None or _hash_pool._max_workers != workers:  # noqa: SLF001
            _hash_pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="argon2")


def _pool() -> ThreadPoolExecutor:
    if _hash_pool is None:
        configure_hash_workers(2)
    assert _hash_pool is not None
    return _hash_pool


async def verify_password_off_loop(password: str, password_hash: str | None) -> bool:
    return await asyncio.get_running_loop().run_in_executor(_pool(), verify_password, password, password_hash)


async def hash_password_off_loop(password: str) -> str:
    return await asyncio.get_running_loop().run_in_executor(_pool(), hash_password, password)


def hash_secret_token(token: str) -> str:
    """Refresh tokens and client secrets are looked up by a SHA-256 digest, never stored raw."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class TokenClaims:
    subject: str
    token_type: TokenType
    jti: str
    family: str | None
    issued_at: datetime
    expires_at: datetime


def create_token(
    settings: Settings,
    *,
    subject: str,
    token_type: TokenType,
    family: str | None = None,
    now: datetime | None = None,
) -> tuple[str, TokenClaims]:
    now = now or utcnow()
    if token_type == "access":
        lifetime = timedelta(minutes=settings.access_token_minutes)
    else:
        lifetime = timedelta(days=settings.refresh_token_days)
    claims = TokenClaims(
        subject=subject,
        token_type=token_type,
        jti=uuid.uuid4().hex,
        family=family,
        issued_at=now,
        expires_at=now + lifetime,
    )
    payload: dict[str, Any] = {
        "iss": settings.jwt_issuer,
        "aud": settings.jwt_audience,
        "sub": subject,
        "typ": token_type,
        "jti": claims.jti,
        "iat": int(now.timestamp()),
        "exp": int(claims.expires_at.timestamp()),
    }
    if family:
        payload["fam"] = family
    token = jwt.encode(payload, settings.jwt_secret.get_secret_value(), algorithm=JWT_ALGORITHMS[0])
    return token, claims


class InvalidToken(Exception):
    pass


def decode_token(settings: Settings, token: str, expected_type: TokenType) -> TokenClaims:
    """Every claim is required and checked; only HS256 is accepted (so ``alg: none`` fails).

    A verified token's claims are remembered (bounded, per secret) so that a client's next
    requests skip the signature check; expiry is checked again on every use, and revocation is
    checked in the database by the caller, so the cache never lets a dead token through.
    """
    cache_key = (settings.jwt_secret.get_secret_value(), settings.jwt_audience, token)
    cached = _verified.get(cache_key)
    if cached is not None:
        if cached.token_type != expected_type:
            raise InvalidToken("wrong token type")
        if cached.expires_at <= utcnow():
            raise InvalidToken("expired")
        return cached
    claims = _verify(settings, token, expected_type)
    if len(_verified) >= _VERIFIED_MAX:
        _verified.pop(next(iter(_verified)))
    _verified[cache_key] = claims
    return claims


_VERIFIED_MAX = 4096
_verified: dict[tuple[str, str, str], TokenClaims] = {}


def _verify(settings: Settings, token: str, expected_type: TokenType) -> TokenClaims:
    try:
        payload = jwt.decode(
            token,
            settings.jwt_secret.get_secret_value(),
            algorithms=JWT_ALGORITHMS,
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={
                "require_exp": True,
                "require_iat": True,
                "require_iss": True,
                "require_aud": True,
                "require_jti": True,
                "require_sub": True,
                "verify_nbf": False,  # checked below, with the same skew as iat
            },
        )
    except (JWTError, ValueError, TypeError) as exc:
        raise InvalidToken(str(exc)) from exc
    if payload.get("typ") != expected_type:
        raise InvalidToken("wrong token type")
    _refuse_future(payload)
    try:
        return TokenClaims(
            subject=str(payload["sub"]),
            token_type=expected_type,
            jti=str(payload["jti"]),
            family=payload.get("fam"),
            issued_at=datetime.fromtimestamp(int(payload["iat"]), UTC),
            expires_at=datetime.fromtimestamp(int(payload["exp"]), UTC),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise InvalidToken("malformed claims") from exc


def _refuse_future(payload: dict[str, Any]) -> None:
    """A token issued (``iat``) or valid from (``nbf``) later than now plus the skew is refused."""
    latest = utcnow().timestamp() + CLOCK_SKEW_SECONDS
    for claim in ("iat", "nbf"):
        value = payload.get(claim)
        if value is None and claim == "nbf":
            continue
        if type(value) is not int or value > latest:
            raise InvalidToken(f"{claim} is missing, malformed or in the future")


# --- sensitive personal data -------------------------------------------------------------


class PiiCipher:
    """AES-256-GCM for values at rest, HMAC-SHA256 for exact lookup and uniqueness."""

    def __init__(self, key_material: str) -> None:
        def derive(info: bytes) -> bytes:
            return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(
                key_material.encode()
            )

        self._aead = AESGCM(derive(b"fpwork-pii-encryption"))
        self._mac_key = derive(b"fpwork-pii-lookup")

    def encrypt(self, plaintext: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, plaintext.encode(), None)
        return base64.b64encode(nonce + sealed).decode()

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        return self._aead.decrypt(raw[:12], raw[12:], None).decode()

    def lookup_hash(self, value: str) -> str:
        return hmac.new(self._mac_key, value.strip().upper().encode(), hashlib.sha256).hexdigest()


@lru_cache(maxsize=4)
def _cipher_for(key_material: str) -> PiiCipher:
    return PiiCipher(key_material)


def pii_cipher(settings: Settings) -> PiiCipher:
    return _cipher_for(settings.pii_key.get_secret_value())


def mask_id_number(value: str) -> str:
    """``110105********002X``: the address code and last four stay, the birth date goes."""
    if len(value) < 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mask_phone(value: str) -> str:
    """``138****5678``."""
    if len(value) < 7:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_name(value: str) -> str:
    """``张*明`` for public notices; two-character names keep the surname (``李*``)."""
    if len(value) <= 1:
        return value
    if len(value) == 2:
        return value[0] + "*"
    return value[0] + "*" * (len(value) - 2) + value[-1]
