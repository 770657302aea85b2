"""Production refuses to start with the published development secrets or short ones."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.config import Settings

STRONG = "k" * 48
PG = "postgresql+asyncpg://fpwork:secret@db:5432/fpwork"


def test_development_defaults_are_accepted():
    assert Settings(environment="development").environment == "development"


@pytest.mark.parametrize(
    ("jwt_secret", "pii_key"),
    [(None, STRONG), (STRONG, None), ("short-secret", STRONG), (STRONG, "short")],
)
def test_production_refuses_default_or_short_secrets(jwt_secret, pii_key):
    kwargs = {"environment": "production", "database_url": PG}
    if jwt_secret:
        kwargs["jwt_secret"] = jwt_secret
    if pii_key:
        kwargs["pii_key"] = pii_key
    with pytest.raises(ValidationError):
        Settings(**kwargs)


def test_production_with_strong_secrets_starts():
    settings = Settings(environment="production", jwt_secret=STRONG, pii_key=STRONG + "x", database_url=PG)
    assert settings.environment == "production"


@pytest.mark.parametrize(
    "url", [None, "sqlite+aiosqlite:///./var/fpwork.db", "sqlite+aiosqlite:////srv/x.db"]
)
def test_production_refuses_sqlite(monkeypatch, url):
    monkeypatch.delenv("FPW_DATABASE_URL", raising=False)
    kwargs = {"database_url": url} if url else {}
    with pytest.raises(ValidationError, match="PostgreSQL"):
        Settings(environment="production", jwt_secret=STRONG, pii_key=STRONG + "x", **kwargs)
    # development keeps the embedded default
    assert Settings(**kwargs).is_sqlite


def test_demo_seed_refuses_production(monkeypatch):
    import asyncio

    from scripts.seed_demo import seed_demo

    settings = Settings(environment="production", jwt_secret=STRONG, pii_key=STRONG + "x", database_url=PG)
    with pytest.raises(SystemExit):
        asyncio.run(seed_demo(settings))
