"""Secrets: none in the code; production takes them from the environment, development makes its own."""

from __future__ import annotations

import secrets
import stat
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.config import Settings, estimated_secret_bits
from app.database_url import DatabaseNotConfigured

# A random test value (secrets.token_urlsafe(36)); any value of one repeated character is refused.
STRONG = "xtmQG42i7ZuXes1caYS234YS3Ir-luB3R_-WEAQhZYA8Sg0h"
PG = "postgresql+asyncpg://fpwork:secret@db:5432/fpwork"


PUBLISHED_JWT = "dev-only-jwt-secret-change-me-in-production-0000"
PUBLISHED_PII = "dev-only-pii-key-change-me-in-production-00000000"


def test_development_makes_random_secrets_once_and_keeps_them_private(tmp_path):
    first = Settings(environment="development", secrets_dir=tmp_path / "var")
    stored = tmp_path / "var" / "secrets.json"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    again = Settings(environment="development", secrets_dir=tmp_path / "var")
    assert first.jwt_secret.get_secret_value() == again.jwt_secret.get_secret_value()
    assert first.pii_key.get_secret_value() == again.pii_key.get_secret_value()
    assert len(first.jwt_secret.get_secret_value()) >= 32
    assert first.jwt_secret.get_secret_value() != first.pii_key.get_secret_value()
    other = Settings(environment="development", secrets_dir=tmp_path / "elsewhere")
    assert other.jwt_secret.get_secret_value() != first.jwt_secret.get_secret_value()
    assert list((tmp_path / "var").iterdir()) == [stored]  # no temporary file left behind


def test_no_secret_is_written_in_the_code():
    source = (Path(__file__).resolve().parent.parent / "app" / "config.py").read_text()
    assert PUBLISHED_JWT not in source and PUBLISHED_PII not in source


@pytest.mark.parametrize("environment", ["development", "production"])
def test_published_secrets_are_refused_everywhere(environment):
    with pytest.raises(ValidationError):
        Settings(environment=environment, jwt_secret=PUBLISHED_JWT, pii_key=STRONG)
    with pytest.raises(ValidationError):
        Settings(environment=environment, jwt_secret=STRONG, pii_key=PUBLISHED_PII)


@pytest.mark.parametrize(
    ("jwt_secret", "pii_key"),
    [(None, STRONG), (STRONG, None), ("short-secret", STRONG), (STRONG, "short")],
)
def test_production_refuses_missing_or_short_secrets(jwt_secret, pii_key, tmp_path):
    kwargs = {"environment": "production", "secrets_dir": tmp_path, "database_url": PG}
    if jwt_secret:
        kwargs["jwt_secret"] = jwt_secret
    if pii_key:
        kwargs["pii_key"] = pii_key
    with pytest.raises(ValidationError):
        Settings(**kwargs)
    assert not (tmp_path / "secrets.json").exists()  # production never makes its own


WEAK = [
    " " * 40,
    "a" * 36,
    "\t \n " * 10,
    "0123456789abcdef" * 2,
    "ab" * 24,
    "correct horse " * 4,
    "1234567890" * 4,
]


@pytest.mark.parametrize("environment", ["development", "production"])
@pytest.mark.parametrize("weak", WEAK)
@pytest.mark.parametrize("name", ["jwt_secret", "pii_key"])
def test_secrets_with_too_little_entropy_are_refused_with_advice(environment, weak, name, tmp_path):
    kwargs = {"environment": environment, "secrets_dir": tmp_path, "database_url": PG}
    kwargs |= {"jwt_secret": STRONG, "pii_key": STRONG + "x", name: weak}
    with pytest.raises(ValidationError) as refused:
        Settings(**kwargs)
    message = str(refused.value)
    assert f"FPW_{name.upper()}" in message and "too predictable" in message
    assert "secrets.token_urlsafe(48)" in message
    assert weak not in message and STRONG not in message  # values never echoed


@pytest.mark.parametrize("environment", ["development", "production"])
def test_the_same_value_for_both_keys_is_refused(environment, tmp_path):
    with pytest.raises(ValidationError) as refused:
        Settings(
            environment=environment, secrets_dir=tmp_path, database_url=PG, jwt_secret=STRONG, pii_key=STRONG
        )
    message = str(refused.value)
    assert "FPW_JWT_SECRET and FPW_PII_KEY must be different" in message
    assert "secrets.token_urlsafe(48)" in message and STRONG not in message


def test_generated_secrets_pass_the_entropy_rule(tmp_path):
    """What the advice makes, and what development makes, always passes (both are token_urlsafe(48))."""
    for n in range(200):
        advised = secrets.token_urlsafe(48)
        Settings(
            environment="production", jwt_secret=advised, pii_key=secrets.token_urlsafe(48), database_url=PG
        )
        made = Settings(environment="development", secrets_dir=tmp_path / str(n))
        assert estimated_secret_bits(made.jwt_secret.get_secret_value()) >= 128
    assert Settings(  # 64 hex digits (openssl rand -hex 32) pass too
        environment="production", jwt_secret=secrets.token_hex(32), pii_key=STRONG, database_url=PG
    ).jwt_secret


def test_production_with_strong_secrets_starts():
    settings = Settings(environment="production", jwt_secret=STRONG, pii_key=STRONG + "x", database_url=PG)
    assert settings.environment == "production"


@pytest.mark.parametrize(
    "url",
    [
        "sqlite+aiosqlite:///./var/fpwork.db",
        "sqlite:////srv/x.db",
        "mysql+aiomysql://fpwork:hunter2-secret@db/fpwork",
        "postgresql+psycopg://fpwork:hunter2-secret@db/fpwork",
        "fpwork.db",
    ],
)
@pytest.mark.parametrize("environment", ["development", "production"])
def test_database_url_names_postgresql_or_is_refused_with_an_example(environment, url, tmp_path):
    with pytest.raises(ValidationError) as refused:
        Settings(environment=environment, jwt_secret=STRONG, pii_key=STRONG + "x", database_url=url)
    message = str(refused.value)
    assert "FPW_DATABASE_URL must name a PostgreSQL database" in message
    assert "e.g. postgresql+asyncpg://user:password@127.0.0.1:5432/fpwork" in message
    assert "hunter2-secret" not in message and url not in message  # the URL is never echoed


@pytest.mark.parametrize(
    ("given", "taken"),
    [
        (
            "postgresql+asyncpg://fpwork:s%40cret@db:5432/fpwork",
            "postgresql+asyncpg://fpwork:s%40cret@db:5432/fpwork",
        ),
        (
            "postgresql://fpwork:s%40cret@db:5432/fpwork",
            "postgresql+asyncpg://fpwork:s%40cret@db:5432/fpwork",
        ),
        ("postgres://fpwork@db/fpwork?ssl=require", "postgresql+asyncpg://fpwork@db/fpwork?ssl=require"),
        (  # the embedded server's Unix socket (scripts/embedded_pg.py)
            "postgresql+asyncpg://postgres@/fpwork?host=%2Ftmp%2Fpg",
            "postgresql+asyncpg://postgres@/fpwork?host=%2Ftmp%2Fpg",
        ),
    ],
)
def test_plain_postgresql_urls_are_taken_as_asyncpg_ones(given, taken, tmp_path):
    assert Settings(secrets_dir=tmp_path, database_url=given).database_url == taken


def test_production_refuses_to_start_without_a_database_url(monkeypatch):
    monkeypatch.delenv("FPW_DATABASE_URL", raising=False)
    with pytest.raises(ValidationError, match="FPW_DATABASE_URL must be set in production, e.g. postgresql"):
        Settings(environment="production", jwt_secret=STRONG, pii_key=STRONG + "x")


async def test_without_a_database_url_the_api_refuses_to_start_and_says_how(monkeypatch, tmp_path):
    """Development has no default server: tools that never connect (the OpenAPI export) load the
    settings, but the API's start (and Alembic's, and the worker's) stops with what to do."""
    from app import db
    from app.config import get_settings
    from app.main import create_app

    monkeypatch.delenv("FPW_DATABASE_URL", raising=False)
    monkeypatch.setenv("FPW_SECRETS_DIR", str(tmp_path))
    previous = db._database
    db.set_database(None)
    get_settings.cache_clear()
    try:
        assert Settings().database_url == ""
        app = create_app(Settings(principal_cache_seconds=0))
        assert app.openapi()["info"]["title"] == "fpwork API"
        with pytest.raises(DatabaseNotConfigured) as refused:
            async with app.router.lifespan_context(app):
                pass
        with pytest.raises(DatabaseNotConfigured):
            db.Database(Settings())
    finally:
        get_settings.cache_clear()
        db.set_database(previous)
    message = str(refused.value)
    assert "FPW_DATABASE_URL is not set" in message and "./scripts/run.sh" in message
    assert "FPW_DATABASE_URL=postgresql+asyncpg://user:password@127.0.0.1:5432/fpwork" in message


def test_demo_seed_refuses_production(monkeypatch):
    import asyncio

    from scripts.seed_demo import seed_demo

    settings = Settings(environment="production", jwt_secret=STRONG, pii_key=STRONG + "x", database_url=PG)
    with pytest.raises(SystemExit):
        asyncio.run(seed_demo(settings))


def test_production_freezes_the_startup_heap_and_development_does_not():
    assert Settings(
        environment="production", jwt_secret=STRONG, pii_key=STRONG + "x", database_url=PG
    ).freezes_startup_heap
    assert not Settings().freezes_startup_heap
    assert not Settings(
        environment="production", jwt_secret=STRONG, pii_key=STRONG + "x", database_url=PG, gc_freeze=False
    ).freezes_startup_heap


async def test_the_lifespan_freezes_what_start_up_allocated(tmp_path):
    """gc.freeze() moves start-up's objects out of the collector's reach: no full-collection pauses."""
    import gc

    from app.main import create_app

    # The lifespan opens no connection with the principal cache off (the URL points nowhere).
    settings = Settings(
        database_url="postgresql+asyncpg://nobody@127.0.0.1:9/none",
        principal_cache_seconds=0,
        secrets_dir=tmp_path,
        gc_freeze=True,
    )
    app = create_app(settings)
    gc.unfreeze()
    try:
        async with app.router.lifespan_context(app):
            assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
    assert gc.get_freeze_count() == 0


def test_production_refuses_password_hashing_below_owasp_minimum():
    production = {
        "environment": "production",
        "jwt_secret": STRONG,
        "pii_key": STRONG + "x",
        "database_url": PG,
    }
    for weak in ({"password_hash_memory_kib": 19455}, {"password_hash_time_cost": 1}):
        with pytest.raises(ValidationError, match="FPW_PASSWORD_HASH_MEMORY_KIB must be at least 19456"):
            Settings(**production, **weak)
    assert (
        Settings(
            **production, password_hash_memory_kib=19456, password_hash_time_cost=2
        ).password_hash_time_cost
        == 2
    )
    # the default is RFC 9106's low-memory choice; development may go lower (the suite does)
    assert (Settings().password_hash_memory_kib, Settings().password_hash_time_cost) == (65536, 3)
    assert Settings(password_hash_memory_kib=1024, password_hash_time_cost=1).password_hash_memory_kib == 1024


def test_new_hashes_and_the_unknown_name_dummy_take_the_configured_cost():
    from argon2 import extract_parameters

    from app import security

    try:
        security.configure_password_hashing(
            Settings(password_hash_memory_kib=2048, password_hash_time_cost=2, password_hash_parallelism=1)
        )
        for made in (security.hash_password("a password"), security._DUMMY_HASH):  # noqa: SLF001
            parameters = extract_parameters(made)
            assert (parameters.memory_cost, parameters.time_cost, parameters.parallelism) == (2048, 2, 1)
        assert security.verify_password("a password", security.hash_password("a password"))
        assert not security.verify_password("a password", None)
    finally:
        security.configure_password_hashing(Settings())
    assert extract_parameters(security.hash_password("x")).memory_cost == 65536
