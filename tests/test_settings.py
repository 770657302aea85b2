"""Production refuses to start with the published development secrets or short ones."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.config import Settings

STRONG = "k" * 48


def test_development_defaults_are_accepted():
    assert Settings(environment="development").environment == "development"


@pytest.mark.parametrize(
    ("jwt_secret", "pii_key"),
    [(None, STRONG), (STRONG, None), ("short-secret", STRONG), (STRONG, "short")],
)
def test_production_refuses_default_or_short_secrets(jwt_secret, pii_key):
    kwargs = {"environment": "production"}
    if jwt_secret:
        kwargs["jwt_secret"] = jwt_secret
    if pii_key:
        kwargs["pii_key"] = pii_key
    with pytest.raises(ValidationError):
        Settings(**kwargs)


def test_production_with_strong_secrets_starts():
    settings = Settings(environment="production", jwt_secret=STRONG, pii_key=STRONG + "x")
    assert settings.environment == "production"


def test_demo_seed_refuses_production(monkeypatch):
    import asyncio

    from scripts.seed_demo import seed_demo

    settings = Settings(environment="production", jwt_secret=STRONG, pii_key=STRONG + "x")
    with pytest.raises(SystemExit):
        asyncio.run(seed_demo(settings))
