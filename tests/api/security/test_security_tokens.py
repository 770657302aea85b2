"""Tokens an outsider might craft: from the future, or signed with a published secret, are 401."""

from __future__ import annotations

import base64
import json
import time

import pytest
from jose import jwt

from app.security import CLOCK_SKEW_SECONDS

pytestmark = pytest.mark.asyncio
PUBLISHED_DEV_SECRET = "dev-only-jwt-secret-change-me-in-production-0000"


async def _real_claims(api, username: str) -> dict:
    payload = (await api.token(username)).split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def _sign(api, claims: dict, secret: str | None = None) -> str:
    return jwt.encode(claims, secret or api.settings.jwt_secret.get_secret_value(), algorithm="HS256")


async def _me(api, token: str):
    return await api.client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})


async def test_tokens_from_the_future_are_refused(api):
    claims = await _real_claims(api, "community-a")
    now = int(time.time())
    ahead = now + CLOCK_SKEW_SECONDS + 120
    for name, forged in {
        "iat in the future": {**claims, "iat": ahead, "jti": "a" * 32},
        "nbf in the future": {**claims, "nbf": ahead, "jti": "b" * 32},
        "iat not a number": {**claims, "iat": "soon", "jti": "c" * 32},
    }.items():
        response = await _me(api, _sign(api, forged))
        assert response.status_code == 401, name
        assert response.headers["www-authenticate"].startswith("Bearer"), name


async def test_a_small_clock_skew_is_allowed(api):
    claims = await _real_claims(api, "community-a")
    within = int(time.time()) + CLOCK_SKEW_SECONDS // 2
    response = await _me(api, _sign(api, {**claims, "iat": within, "nbf": within, "jti": "d" * 32}))
    assert response.status_code == 200, response.text


async def test_a_token_signed_with_the_published_development_secret_is_refused(api):
    claims = await _real_claims(api, "street")
    assert api.settings.jwt_secret.get_secret_value() != PUBLISHED_DEV_SECRET
    response = await _me(api, _sign(api, {**claims, "jti": "e" * 32}, PUBLISHED_DEV_SECRET))
    assert response.status_code == 401
