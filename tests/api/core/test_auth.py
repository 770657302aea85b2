"""Sign-in, lockout, token validation, refresh rotation and sign-out."""

from __future__ import annotations

import base64
import json
import time

import pytest
from jose import jwt
from sqlalchemy import select, update

from app.demo.context import DEMO_PASSWORD
from app.models.core.audit import AuditEvent
from app.models.core.throttle import Throttle
from app.models.core.user import User
from app.security import hash_password
from tests.demo_ids import org_ids

pytestmark = pytest.mark.asyncio
TOKEN = "/api/v1/auth/token"
ME = "/api/v1/auth/me"


async def _make_user(
    api, username: str, org_key: str = "community-a", role: str = "community_officer"
) -> None:
    ids = await org_ids(api)
    async with api.session() as session:
        session.add(
            User(
                username=username,
                role=role,
                org_id=ids[org_key],
                password_hash=hash_password("correct horse battery"),
            )
        )
        await session.commit()


async def _login(api, username: str, password: str):
    return await api.client.post(
        TOKEN, data={"grant_type": "password", "username": username, "password": password}
    )


async def test_password_login_and_me(api):
    response = await _login(api, "street", DEMO_PASSWORD)
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 15 * 60
    me = await api.client.get(ME, headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json()["username"] == "street"
    assert me.json()["role"] == "street_admin"
    assert me.json()["org_kind"] == "street"
    assert "users:write" in me.json()["permissions"]


async def test_client_credentials_for_the_integration_account(api):
    ok = await api.client.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": "integration",
            "client_secret": "demo-secret-2019",
        },
    )
    assert ok.status_code == 200
    me = await api.client.get(ME, headers={"Authorization": f"Bearer {ok.json()['access_token']}"})
    assert me.json()["role"] == "district_integration"
    bad = await api.client.post(
        TOKEN, data={"grant_type": "client_credentials", "client_id": "integration", "client_secret": "wrong"}
    )
    assert bad.status_code == 401 and bad.json()["error"] == "invalid_client"
    # a service account cannot use the password grant
    assert (await _login(api, "integration", "demo-secret-2019")).json()["error"] == "invalid_grant"


async def test_unknown_user_and_wrong_password_answer_alike(api):
    unknown = await _login(api, "nobody-here", "whatever-password")
    wrong = await _login(api, "street-officer", "not-the-password")
    assert unknown.status_code == wrong.status_code == 400
    assert (
        unknown.json()
        == wrong.json()
        == {
            "error": "invalid_grant",
            "error_description": "Incorrect username or password",
        }
    )

    def timed(coro_factory):
        async def run():
            started = time.perf_counter()
            await coro_factory()
            return time.perf_counter() - started

        return run

    unknown_t = min([await timed(lambda: _login(api, "nobody-here", "x"))() for _ in range(3)])
    wrong_t = min([await timed(lambda: _login(api, "community-b", "x"))() for _ in range(3)])
    # both pay one argon2 verification: neither is an order of magnitude faster
    assert unknown_t > wrong_t / 4 and wrong_t > unknown_t / 4


async def test_five_failures_from_one_address_make_that_name_wait_there(api):
    # Issue #23 item 6: a growing wait (30 s, doubling up to 15 minutes), no flat 15-minute lock.
    await _make_user(api, "lock-me")
    for _ in range(5):
        assert (await _login(api, "lock-me", "wrong password!")).status_code == 400
    sixth = await _login(api, "lock-me", "wrong password!")
    assert sixth.status_code == 429
    assert 29 <= int(sixth.headers["retry-after"]) <= 30
    assert sixth.headers["content-type"] == "application/problem+json"
    # the right password is refused from this address while the wait lasts
    assert (await _login(api, "lock-me", "correct horse battery")).status_code == 429
    async with api.session() as session:
        user = (await session.execute(select(User).where(User.username == "lock-me"))).scalar_one()
        actions = (
            (
                await session.execute(
                    select(AuditEvent.action).where(
                        AuditEvent.object_id == str(user.id), AuditEvent.object_type == "user"
                    )
                )
            )
            .scalars()
            .all()
        )
        assert actions.count("auth.login_failed") == 5
        # the wait ends: move it into the past and the right password works again
        await session.execute(update(Throttle).values(blocked_until=Throttle.blocked_until - 31))
        await session.commit()
    assert (await _login(api, "lock-me", "correct horse battery")).status_code == 200


def _forge(api, **changes):
    now = int(time.time())
    claims = {
        "iss": api.settings.jwt_issuer,
        "aud": api.settings.jwt_audience,
        "sub": "1",
        "typ": "access",
        "jti": "x" * 32,
        "iat": now,
        "exp": now + 600,
        "fam": "0" * 32,
    }
    claims.update(changes)
    claims = {k: v for k, v in claims.items() if v is not None}
    return jwt.encode(claims, api.settings.jwt_secret.get_secret_value(), algorithm="HS256")


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


async def test_bad_tokens_are_401_with_www_authenticate(api):
    good = await _login(api, "community-a", DEMO_PASSWORD)
    access, refresh = good.json()["access_token"], good.json()["refresh_token"]
    header, payload, signature = access.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    cases = {
        "missing": None,
        "garbage": "not-a-jwt",
        "alg none": f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{payload}.",
        "tampered signature": f"{header}.{payload}.{signature[:-4]}AAAA",
        "tampered payload": f"{header}.{_b64({**claims, 'sub': '2'})}.{signature}",
        "expired": _forge(api, sub=claims["sub"], fam=claims["fam"], exp=int(time.time()) - 5),
        "no exp": _forge(api, sub=claims["sub"], fam=claims["fam"], exp=None),
        "wrong audience": _forge(api, sub=claims["sub"], fam=claims["fam"], aud="someone-else"),
        "wrong issuer": _forge(api, sub=claims["sub"], fam=claims["fam"], iss="evil"),
        "refresh as access": refresh,
        "other secret": jwt.encode({**claims}, "x" * 48, algorithm="HS256"),
    }
    for name, token in cases.items():
        headers = {} if token is None else {"Authorization": f"Bearer {token}"}
        response = await api.client.get("/api/v1/residents", headers=headers)
        assert response.status_code == 401, name
        assert response.headers["www-authenticate"].startswith("Bearer"), name
        assert response.headers["content-type"] == "application/problem+json", name
    assert (
        await api.client.get("/api/v1/residents", headers={"Authorization": f"Bearer {access}"})
    ).status_code == 200


async def test_refresh_rotates_and_reuse_revokes_the_family(api):
    first = (await _login(api, "community-b", DEMO_PASSWORD)).json()
    second = await api.client.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert second.status_code == 200
    pair = second.json()
    assert pair["refresh_token"] != first["refresh_token"]
    me = await api.client.get(ME, headers={"Authorization": f"Bearer {pair['access_token']}"})
    assert me.status_code == 200

    replay = await api.client.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert replay.status_code == 401
    # the whole family is revoked: the newer refresh and access tokens stop working
    newer = await api.client.post("/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert newer.status_code == 401
    me = await api.client.get(ME, headers={"Authorization": f"Bearer {pair['access_token']}"})
    assert me.status_code == 401
    async with api.session() as session:
        assert (
            await session.execute(select(AuditEvent).where(AuditEvent.action == "auth.refresh_reuse"))
        ).scalars().first() is not None
    # an access token is not a refresh token
    fresh = (await _login(api, "community-b", DEMO_PASSWORD)).json()
    wrong_type = await api.client.post("/api/v1/auth/refresh", json={"refresh_token": fresh["access_token"]})
    assert wrong_type.status_code == 401


async def test_logout_revokes_access_and_refresh(api):
    pair = (await _login(api, "street-officer", DEMO_PASSWORD)).json()
    headers = {"Authorization": f"Bearer {pair['access_token']}"}
    assert (await api.client.post("/api/v1/auth/logout", headers=headers)).status_code == 204
    assert (await api.client.get(ME, headers=headers)).status_code == 401
    refreshed = await api.client.post("/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert refreshed.status_code == 401


async def test_deactivated_user_is_locked_out_at_once(api):
    await _make_user(api, "leaving-soon")
    token = (await _login(api, "leaving-soon", "correct horse battery")).json()["access_token"]
    users = (
        await api.get("street", "/api/v1/users", params={"role": "community_officer", "limit": 100})
    ).json()
    target = next(u for u in users["items"] if u["username"] == "leaving-soon")
    response = await api.patch("street", f"/api/v1/users/{target['id']}", {"is_active": False})
    assert response.status_code == 200 and response.json()["is_active"] is False
    assert (await api.client.get(ME, headers={"Authorization": f"Bearer {token}"})).status_code == 401
    assert (await _login(api, "leaving-soon", "correct horse battery")).json()["error"] == "invalid_grant"
