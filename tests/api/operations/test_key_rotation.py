"""Key rotation's rules (docs/operations.md): which key signs, encrypts, verifies and decrypts, and
the worker's re-encryption of a demo database: batches, a stop anywhere, a restart, two workers."""

from __future__ import annotations

import asyncio
import base64
import os
import secrets

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from jose import jwt
from pydantic import SecretStr
from sqlalchemy import select

from app.config import Settings
from app.pii_reencryption import ENCRYPTED_SUFFIX, Reencryption, encrypted_columns, reencrypt_batch, remaining
from app.security import (
    InvalidToken,
    PiiCipher,
    UnknownPiiKey,
    create_token,
    decode_token,
    key_id,
    pii_cipher,
)

pytestmark = pytest.mark.asyncio
PG = "postgresql+asyncpg://u@localhost/db"


def _key() -> str:
    return secrets.token_urlsafe(48)


def _legacy_encrypt(key: str, plaintext: str) -> str:
    """A value as stored before key ids (bare base64 of nonce + sealed), made independently here."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fpwork-pii-encryption")
    derived = hkdf.derive(key.encode())
    nonce = os.urandom(12)
    return base64.b64encode(nonce + AESGCM(derived).encrypt(nonce, plaintext.encode(), None)).decode()


def _settings(jwt_secret: str, accepted: list[str] = [], **extra: object) -> Settings:  # noqa: B006
    return Settings(
        database_url=PG,
        jwt_secret=SecretStr(jwt_secret),
        jwt_accepted_secrets=[SecretStr(s) for s in accepted],
        pii_key=SecretStr(_key()),
        **extra,  # type: ignore[arg-type]
    )


async def test_values_are_encrypted_under_the_current_key_and_read_under_any_configured_one():
    old, new = _key(), _key()
    before = PiiCipher(old)
    written_before = before.encrypt("110105199001011234")
    legacy = _legacy_encrypt(old, "13812345678")
    assert written_before.startswith(f"k1:{key_id(old)}:")

    during = PiiCipher(new, (old,), lookup_key=old)
    written_during = during.encrypt("13900000000")
    assert written_during.startswith(f"k1:{key_id(new)}:") and during.is_current(written_during)
    assert during.decrypt(written_before) == "110105199001011234"
    assert during.decrypt(legacy) == "13812345678"  # no key id: each key is tried
    assert not during.is_current(written_before) and not during.is_current(legacy)
    assert during.decrypt(during.reencrypt(written_before)) == "110105199001011234"
    assert during.lookup_hash("110105199001011234") == before.lookup_hash("110105199001011234")

    after = PiiCipher(new, lookup_key=old)
    with pytest.raises(UnknownPiiKey):
        after.decrypt(written_before)
    with pytest.raises(InvalidTag):
        after.decrypt(legacy)
    assert after.decrypt(written_during) == "13900000000"


async def test_tokens_are_signed_with_the_current_secret_and_accepted_with_any_configured_one():
    old, new = _key(), _key()
    before = _settings(old)
    old_token, _ = create_token(before, subject="7", token_type="access")
    assert jwt.get_unverified_header(old_token)["kid"] == key_id(old)

    rotated = _settings(new, [old])
    new_token, _ = create_token(rotated, subject="7", token_type="access")
    assert jwt.get_unverified_header(new_token)["kid"] == key_id(new)
    assert decode_token(rotated, old_token, "access").subject == "7"
    assert decode_token(rotated, new_token, "access").subject == "7"

    announced = _settings(old, [new])  # the first step: the new secret accepted before it signs
    assert decode_token(announced, new_token, "access").subject == "7"

    retired = _settings(new)
    assert decode_token(retired, new_token, "access").subject == "7"
    with pytest.raises(InvalidToken):
        decode_token(retired, old_token, "access")
    claims = jwt.get_unverified_claims(old_token)
    unnamed = jwt.encode(claims, old, algorithm="HS256")  # signed before key ids: each secret tried
    assert decode_token(rotated, unnamed, "access").subject == "7"
    with pytest.raises(InvalidToken):
        decode_token(retired, unnamed, "access")


async def test_a_rotation_without_the_lookup_key_or_with_weak_or_shared_keys_is_refused():
    jwt_secret, pii = _key(), _key()
    with pytest.raises(ValueError, match="FPW_PII_LOOKUP_KEY"):
        Settings(database_url=PG, jwt_secret=jwt_secret, pii_key=_key(), pii_decrypt_keys=[pii])
    with pytest.raises(ValueError, match="FPW_JWT_ACCEPTED_SECRETS"):
        Settings(database_url=PG, jwt_secret=jwt_secret, pii_key=pii, jwt_accepted_secrets=["short"])
    with pytest.raises(ValueError, match="both the JWT secrets and the PII keys"):
        Settings(database_url=PG, jwt_secret=jwt_secret, pii_key=pii, jwt_accepted_secrets=[pii])
    fine = Settings(
        database_url=PG, jwt_secret=jwt_secret, pii_key=_key(), pii_decrypt_keys=[pii], pii_lookup_key=pii
    )
    assert len(fine.pii_keys) == 2


async def _snapshot(api, cipher: PiiCipher) -> dict[str, dict[object, dict[str, object]]]:
    """Every row of every table with an encrypted column: all its columns, the encrypted ones decrypted."""
    found = {}
    tables = {table for table, _ in encrypted_columns()}
    async with api.session() as session:
        for table in tables:
            (key,) = table.primary_key.columns
            rows = (await session.execute(select(table))).mappings().all()
            found[table.name] = {
                row[key.name]: {
                    name: cipher.decrypt(value) if name.endswith(ENCRYPTED_SUFFIX) and value else value
                    for name, value in row.items()
                }
                for row in rows
            }
    return found


async def test_the_worker_reencrypts_in_batches_and_resumes_where_it_stopped(api):
    seeded_key = api.settings.pii_key.get_secret_value()
    old = pii_cipher(api.settings)
    before = await _snapshot(api, old)
    assert sum(1 for rows in before.values() for row in rows.values()) > 400
    new_key = _key()
    cipher = PiiCipher(new_key, (seeded_key,), lookup_key=seeded_key)
    async with api.session() as session:
        total = sum((await remaining(session, cipher)).values())
    assert total > 400

    # A batch whose transaction never commits (the worker killed mid-batch) leaves nothing half-done.
    async with api.session() as session:
        column, count = await reencrypt_batch(session, cipher, batch_size=25)
        assert count == 25
        await session.rollback()
    first = Reencryption(api.database.sessionmaker, cipher, batch_size=25)
    assert await first.step() == 25 and await first.step() == 25  # then "stopped"
    async with api.session() as session:
        assert sum((await remaining(session, cipher)).values()) == total - 50

    # Restarted: two workers share what is left (SKIP LOCKED), nothing is done twice or missed.
    workers = [Reencryption(api.database.sessionmaker, cipher, batch_size=25) for _ in range(2)]
    moved = await asyncio.gather(*(w.run_to_end() for w in workers))
    assert sum(moved) == total - 50
    assert all(w.finished for w in workers) and await workers[0].step() == 0
    async with api.session() as session:
        assert set((await remaining(session, cipher)).values()) == {0}

    after = await _snapshot(api, PiiCipher(new_key, lookup_key=seeded_key))  # the old key gone
    assert after == before  # same plaintexts, same updated_at and version: no change for the feed or ETags
