"""The token endpoint as OAuth2 tools meet it (RFC 6749), and Swagger's Authorize flow."""

from __future__ import annotations

import base64

import pytest
from sqlalchemy import func, select

from app.demo.context import DEMO_CLIENT_SECRET, DEMO_PASSWORD
from app.models.core.audit import AuditEvent
from app.models.core.user import RefreshToken

pytestmark = pytest.mark.asyncio
TOKEN = "/api/v1/auth/token"


def _basic(client_id: str, secret: str) -> dict[str, str]:
    raw = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    return {"Authorization": f"Basic {raw}"}


def _assert_oauth_error(response, status: int, error: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error", "error_description"} and body["error"] == error
    assert body["error_description"]
    assert response.headers["cache-control"] == "no-store"


async def test_swagger_authorize_password_flow_signs_in(api):
    """What /docs does: read the scheme from the document, POST the form to tokenUrl, call with it."""
    document = (await api.client.get("/openapi.json")).json()
    scheme = document["components"]["securitySchemes"]["OAuth2"]
    assert scheme["type"] == "oauth2"
    password_flow = scheme["flows"]["password"]
    assert password_flow["tokenUrl"] == TOKEN
    assert scheme["flows"]["clientCredentials"]["tokenUrl"] == TOKEN
    me_operation = document["paths"]["/api/v1/auth/me"]["get"]
    assert me_operation["security"] == [{"OAuth2": []}]
    # Swagger UI posts these fields, scope empty, form-encoded
    signed_in = await api.client.post(
        password_flow["tokenUrl"],
        content=f"grant_type=password&username=street&password={DEMO_PASSWORD}&scope=",
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
    )
    assert signed_in.status_code == 200, signed_in.text
    assert signed_in.headers["cache-control"] == "no-store"
    body = signed_in.json()
    assert body["token_type"] == "bearer" and body["refresh_token"]
    me = await api.client.get(
        "/api/v1/auth/me", headers={"Authorization": f"{body['token_type']} {body['access_token']}"}
    )
    assert me.status_code == 200 and me.json()["username"] == "street"


async def test_grant_type_is_required_and_unknown_ones_are_refused(api):
    missing = await api.client.post(TOKEN, data={"username": "street", "password": DEMO_PASSWORD})
    _assert_oauth_error(missing, 400, "invalid_request")
    as_json = await api.client.post(TOKEN, json={"grant_type": "password", "username": "street"})
    _assert_oauth_error(as_json, 400, "invalid_request")
    unknown = await api.client.post(TOKEN, data={"grant_type": "authorization_code", "code": "x"})
    _assert_oauth_error(unknown, 400, "unsupported_grant_type")
    no_password = await api.client.post(TOKEN, data={"grant_type": "password", "username": "street"})
    _assert_oauth_error(no_password, 400, "invalid_request")
    too_long = await api.client.post(
        TOKEN, data={"grant_type": "password", "username": "street", "password": "x" * 5000}
    )
    _assert_oauth_error(too_long, 400, "invalid_request")


async def test_wrong_password_is_invalid_grant_and_still_counts(api):
    wrong = await api.client.post(
        TOKEN, data={"grant_type": "password", "username": "community-b", "password": "not-it"}
    )
    _assert_oauth_error(wrong, 400, "invalid_grant")
    async with api.session() as session:
        failures = await session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "auth.login_failed", AuditEvent.actor_username == "community-b")
        )
    assert failures == 1


async def test_client_credentials_basic_or_form_and_no_refresh_token(api):
    async with api.session() as session:
        refresh_rows_before = await session.scalar(select(func.count()).select_from(RefreshToken))
    basic = await api.client.post(
        TOKEN, data={"grant_type": "client_credentials"}, headers=_basic("integration", DEMO_CLIENT_SECRET)
    )
    form = await api.client.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": "integration",
            "client_secret": DEMO_CLIENT_SECRET,
        },
    )
    for response in (basic, form):
        assert response.status_code == 200, response.text
        assert response.headers["cache-control"] == "no-store"
        assert "refresh_token" not in response.json()
        me = await api.client.get(
            "/api/v1/auth/me", headers={"Authorization": f"Bearer {response.json()['access_token']}"}
        )
        assert me.json()["role"] == "district_integration"
    async with api.session() as session:
        assert await session.scalar(select(func.count()).select_from(RefreshToken)) == refresh_rows_before


async def test_failed_client_authentication_is_401_invalid_client(api):
    cases = {
        "wrong secret (basic)": ({"grant_type": "client_credentials"}, _basic("integration", "wrong")),
        "wrong secret (form)": (
            {"grant_type": "client_credentials", "client_id": "integration", "client_secret": "wrong"},
            {},
        ),
        "unknown client": ({"grant_type": "client_credentials"}, _basic("nobody", DEMO_CLIENT_SECRET)),
        "a person is not a client": ({"grant_type": "client_credentials"}, _basic("street", DEMO_PASSWORD)),
        "no credentials": ({"grant_type": "client_credentials"}, {}),
        "malformed basic": ({"grant_type": "client_credentials"}, {"Authorization": "Basic %%%"}),
    }
    for name, (data, headers) in cases.items():
        response = await api.client.post(TOKEN, data=data, headers=headers)
        _assert_oauth_error(response, 401, "invalid_client")
        assert response.headers["www-authenticate"].startswith("Basic"), name
    both = await api.client.post(
        TOKEN,
        data={"grant_type": "client_credentials", "client_secret": DEMO_CLIENT_SECRET},
        headers=_basic("integration", DEMO_CLIENT_SECRET),
    )
    _assert_oauth_error(both, 400, "invalid_request")


async def test_refresh_token_grant_rotates_and_a_spent_one_is_invalid_grant(api):
    first = (
        await api.client.post(
            TOKEN, data={"grant_type": "password", "username": "community-a", "password": DEMO_PASSWORD}
        )
    ).json()
    rotated = await api.client.post(
        TOKEN, data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
    )
    assert rotated.status_code == 200 and rotated.json()["refresh_token"] != first["refresh_token"]
    replay = await api.client.post(
        TOKEN, data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
    )
    _assert_oauth_error(replay, 400, "invalid_grant")
    # reuse revoked the session: the rotated pair is dead too
    me = await api.client.get(
        "/api/v1/auth/me", headers={"Authorization": f"Bearer {rotated.json()['access_token']}"}
    )
    assert me.status_code == 401


async def test_swagger_authorize_client_credentials_flow_signs_in(api):
    """Swagger's clientCredentials flow: Basic client authentication, grant_type and an empty scope."""
    document = (await api.client.get("/openapi.json")).json()
    token_url = document["components"]["securitySchemes"]["OAuth2"]["flows"]["clientCredentials"]["tokenUrl"]
    response = await api.client.post(
        token_url,
        content="grant_type=client_credentials&scope=",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            **_basic("dispenser-a", DEMO_CLIENT_SECRET),
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in"}
    me = await api.client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.json()["role"] == "dispenser_device"


REPEATED = {
    "username": f"grant_type=password&username=community-b&username=street&password={DEMO_PASSWORD}",
    "grant_type": f"grant_type=refresh_token&grant_type=password&username=street&password={DEMO_PASSWORD}",
    "password": f"grant_type=password&username=street&password=wrong&password={DEMO_PASSWORD}",
    "scope": f"grant_type=password&username=street&password={DEMO_PASSWORD}&scope=&scope=",
    "client_id": (
        f"grant_type=client_credentials&client_id=nobody&client_id=integration&client_secret={DEMO_CLIENT_SECRET}"
    ),
    "client_secret": (
        "grant_type=client_credentials&client_id=integration"
        f"&client_secret=wrong&client_secret={DEMO_CLIENT_SECRET}"
    ),
    "extra": f"grant_type=password&username=street&password={DEMO_PASSWORD}&extra=1&extra=2",
}


async def _sign_in_traces(api) -> tuple[int, int]:
    async with api.session() as session:
        refresh = await session.scalar(select(func.count()).select_from(RefreshToken))
        audit = await session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action.like("auth.%"))
        )
    return int(refresh or 0), int(audit or 0)


@pytest.mark.parametrize("name", sorted(REPEATED))
async def test_a_repeated_parameter_is_invalid_request(api, name):
    """RFC 6749 §3.2: parameters must not be included more than once; nothing is signed in or counted."""
    before = await _sign_in_traces(api)
    response = await api.client.post(
        TOKEN, content=REPEATED[name], headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    _assert_oauth_error(response, 400, "invalid_request")
    assert name in response.json()["error_description"]
    assert await _sign_in_traces(api) == before


async def test_a_repeated_parameter_in_a_multipart_form_and_with_a_refresh_token(api):
    signed_in = await api.client.post(
        TOKEN, data={"grant_type": "password", "username": "community-a", "password": DEMO_PASSWORD}
    )
    refresh_token = signed_in.json()["refresh_token"]
    before = await _sign_in_traces(api)
    twice = await api.client.post(
        TOKEN,
        content=f"grant_type=refresh_token&refresh_token={refresh_token}&refresh_token={refresh_token}",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    _assert_oauth_error(twice, 400, "invalid_request")
    multipart = await api.client.post(
        TOKEN,
        files=[
            ("grant_type", (None, "password")),
            ("username", (None, "street")),
            ("username", (None, "community-a")),
            ("password", (None, DEMO_PASSWORD)),
        ],
    )
    _assert_oauth_error(multipart, 400, "invalid_request")
    assert await _sign_in_traces(api) == before
    # the refresh token was not spent: it still rotates once
    rotated = await api.client.post(
        TOKEN, data={"grant_type": "refresh_token", "refresh_token": refresh_token}
    )
    assert rotated.status_code == 200, rotated.text
