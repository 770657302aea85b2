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
from cryptography.exceptions import InvalidTag
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

# argon2id, by default with the library's RFC 9106 low-memory parameters (Settings.password_hash_*).
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("timing-equaliser-not-a-password")


def configure_password_hashing(settings: Settings) -> None:
    """The cost of new hashes, and of the dummy an unknown name is checked against (so that it
    costs what a real user's check costs)."""
    global _hasher, _DUMMY_HASH
    wanted = (
        settings.password_hash_time_cost,
        settings.password_hash_memory_kib,
        settings.password_hash_parallelism,
    )
    if (_hasher.time_cost, _hasher.memory_cost, _hasher.parallelism) != wanted:
        time_cost, memory_kib, parallelism = wanted
        _hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism)
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
    secret = settings.jwt_secret.get_secret_value()
    token = jwt.encode(payload, secret, algorithm=JWT_ALGORITHMS[0], headers={"kid": key_id(secret)})
    return token, claims


def key_id(secret: str) -> str:
    """A short public name for a secret (8 hex digits of a SHA-256 over it): tokens carry it in their
    ``kid`` header and ciphertexts in their prefix, so the right key is picked without trying each.
    Revealing it is harmless: the secrets are 128+ random bits."""
    return hashlib.sha256(b"fpwork-key-id:" + secret.encode()).hexdigest()[:8]


def _verification_secrets(settings: Settings, token: str) -> list[str]:
    """The secret a token names by ``kid``; a token without one (signed before key ids) is tried
    against each configured secret; an unknown ``kid`` gets none (refused)."""
    secrets = [s.get_secret_value() for s in settings.jwt_verification_secrets]
    try:
        kid = jwt.get_unverified_header(token).get("kid")
    except (JWTError, ValueError, TypeError, AttributeError):
        return secrets[:1]  # malformed: the normal decode says why
    if kid is None:
        return secrets
    return [s for s in secrets if key_id(s) == kid]


class InvalidToken(Exception):
    pass


def decode_token(settings: Settings, token: str, expected_type: TokenType) -> TokenClaims:
    """Every claim is required and checked; only HS256 is accepted (so ``alg: none`` fails).

    A verified token's claims are remembered (bounded, per secret) so that a client's next
    requests skip the signature check; expiry is checked again on every use, and revocation is
    checked in the database by the caller, so the cache never lets a dead token through.
    """
    cache_key = (_secrets_fingerprint(settings), settings.jwt_audience, token)
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
_verified: dict[tuple[tuple[str, ...], str, str], TokenClaims] = {}


def _secrets_fingerprint(settings: Settings) -> tuple[str, ...]:
    return tuple(s.get_secret_value() for s in settings.jwt_verification_secrets)


def _verify(settings: Settings, token: str, expected_type: TokenType) -> TokenClaims:
    candidates = _verification_secrets(settings, token)
    if not candidates:
        raise InvalidToken("signed with an unknown key")
    payload: dict[str, Any] = {}
    for number, secret in enumerate(candidates, start=1):
        try:
            payload = _decode_with(settings, token, secret)
            break
        except InvalidToken:
            if number == len(candidates):
                raise
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


def _decode_with(settings: Settings, token: str, secret: str) -> dict[str, Any]:
    try:
        return jwt.decode(
            token,
            secret,
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


# A ciphertext is "k1:<key id>:<base64 of nonce + sealed>"; values written before key ids are the
# bare base64 (no ":" in its alphabet), decrypted by trying each configured key.
CIPHERTEXT_PREFIX = "k1"


class UnknownPiiKey(ValueError):
    """A ciphertext names a key that is not configured (FPW_PII_KEY, FPW_PII_DECRYPT_KEYS)."""


class PiiCipher:
    """AES-256-GCM for values at rest, HMAC-SHA256 for exact lookup and uniqueness.

    ``key_material`` encrypts; it and ``decrypt_keys`` decrypt (key rotation, docs/operations.md).
    The lookup hashes use ``lookup_key`` (default: ``key_material``), which rotation leaves alone.
    """

    def __init__(
        self, key_material: str, decrypt_keys: tuple[str, ...] = (), lookup_key: str | None = None
    ) -> None:
        def derive(material: str, info: bytes) -> bytes:
            return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(material.encode())

        self._aeads = {
            key_id(material): AESGCM(derive(material, b"fpwork-pii-encryption"))
            for material in (key_material, *decrypt_keys)
        }
        self.current_key_id = key_id(key_material)
        self.current_prefix = f"{CIPHERTEXT_PREFIX}:{self.current_key_id}:"
        self._mac_key = derive(lookup_key or key_material, b"fpwork-pii-lookup")

    def encrypt(self, plaintext: str) -> str:
        nonce = os.urandom(12)
        sealed = self._aeads[self.current_key_id].encrypt(nonce, plaintext.encode(), None)
        return self.current_prefix + base64.b64encode(nonce + sealed).decode()

    def decrypt(self, token: str) -> str:
        if token.startswith(CIPHERTEXT_PREFIX + ":"):
            _, kid, body = token.split(":", 2)
            aead = self._aeads.get(kid)
            if aead is None:
                raise UnknownPiiKey(f"a value is encrypted under PII key {kid}, which is not configured")
            return self._open(aead, body)
        for number, aead in enumerate(self._aeads.values(), start=1):  # written before key ids
            try:
                return self._open(aead, token)
            except InvalidTag:
                if number == len(self._aeads):
                    raise
        raise AssertionError("unreachable: there is always a current key")

    @staticmethod
    def _open(aead: AESGCM, body: str) -> str:
        raw = base64.b64decode(body)
        return aead.decrypt(raw[:12], raw[12:], None).decode()

    def is_current(self, token: str) -> bool:
        """Whether ``token`` is encrypted under the current key (else the worker re-encrypts it)."""
        return token.startswith(self.current_prefix)

    def reencrypt(self, token: str) -> str:
        return token if self.is_current(token) else self.encrypt(self.decrypt(token))

    def lookup_hash(self, value: str) -> str:
        return hmac.new(self._mac_key, value.strip().upper().encode(), hashlib.sha256).hexdigest()


@lru_cache(maxsize=4)
def _cipher_for(key_material: str, decrypt_keys: tuple[str, ...], lookup_key: str) -> PiiCipher:
    return PiiCipher(key_material, decrypt_keys, lookup_key or None)


def pii_cipher(settings: Settings) -> PiiCipher:
    return _cipher_for(
        settings.pii_key.get_secret_value(),
        tuple(key.get_secret_value() for key in settings.pii_decrypt_keys),
        settings.pii_lookup_key.get_secret_value(),
    )


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
