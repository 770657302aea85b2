"""Sign-in (the OAuth2 token endpoint), token refresh, sign-out, and who am I.

The token endpoint speaks RFC 6749 rather than problem+json, so that OAuth2 tools (Swagger's
Authorize, client libraries) understand it: errors are ``{"error", "error_description"}``, 400 for a
bad request or grant, 401 ``invalid_client`` for failed client authentication.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from typing import Annotated
from urllib.parse import unquote

from fastapi import APIRouter, Form, Header, Request, Response, status
from fastapi.responses import JSONResponse
from sqlalchemy import select

from app.client_address import ClientAddress
from app.deps import CurrentPrincipal, Session, SettingsDep
from app.errors import AppError, NotAuthenticated, TooManyRequests
from app.models.core.org import Org
from app.models.core.user import User
from app.schemas.common import problems
from app.schemas.core.oauth import OAuthError, OAuthErrorCode, TokenResponse
from app.schemas.core.user import MeRead, RefreshRequest
from app.services.core import auth as auth_service
from app.services.core.signin_guard import DEVICE_COOKIE

router = APIRouter(prefix="/auth", tags=["Platform: sign-in"])

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
CLIENT_CHALLENGE = 'Basic realm="fpwork", error="invalid_client"'
MAX_FIELD = 4096
TOKEN_PATH = "/api/v1/auth/token"
DEVICE_COOKIE_SECONDS = 365 * 24 * 3600

TOKEN_DESCRIPTION = """OAuth2 token endpoint (RFC 6749), form-encoded:

* `grant_type=password` with `username` and `password`: people. Answers an access token and a
  refresh token.
* `grant_type=client_credentials`: systems and self-service devices, authenticated with HTTP Basic
  (`client_secret_basic`) or with `client_id` and `client_secret` form fields (`client_secret_post`),
  not both. Answers an access token only (no refresh token, §4.4.3): sign in again when it expires.
* `grant_type=refresh_token` with `refresh_token`: rotates the pair, like `POST /auth/refresh`.

Errors follow RFC 6749 §5.2 rather than problem+json: 400 `invalid_request`, `invalid_grant` or
`unsupported_grant_type`; 401 `invalid_client` with `WWW-Authenticate`. Failed sign-ins slow
down, they never lock an account: after five failures for a name from one address (a hundred from
one address, fifty for a name from addresses it never signed in from) an attempt that comes too
early is a 429 problem+json with `Retry-After`, a wait that starts at 30 seconds and doubles with
each further failure, up to 15 minutes (2 minutes for the account-wide count). An address or device
the user signed in from before is not slowed by other addresses' failures. A successful password
sign-in sets the cookie `fpw_device` (a random value, `HttpOnly; Secure; SameSite=Strict`, a year):
send it back to be recognised as a known device. Responses are never cached
(`Cache-Control: no-store`).
"""


def _oauth_error(status_code: int, error: OAuthErrorCode, description: str) -> JSONResponse:
    headers = dict(NO_STORE)
    if status_code == 401:
        headers["WWW-Authenticate"] = CLIENT_CHALLENGE
    body = OAuthError(error=error, error_description=description).model_dump()
    return JSONResponse(body, status_code=status_code, headers=headers)


def _basic_credentials(authorization: str | None) -> tuple[str, str] | None | str:
    """``(client_id, secret)`` from ``Authorization: Basic``; None if absent; an error text if malformed."""
    if not authorization or not authorization.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return "The Basic credentials are not valid base64 of client_id:client_secret"
    client_id, sep, secret = decoded.partition(":")
    if not sep:
        return "The Basic credentials are not valid base64 of client_id:client_secret"
    # RFC 6749 §2.3.1: both parts are form-urlencoded before joining.
    return unquote(client_id.replace("+", " ")), unquote(secret.replace("+", " "))


def _repeated_parameters(form: Iterable[tuple[str, object]]) -> list[str]:
    """Names sent more than once in the form (RFC 6749 §3.2 forbids any repetition), the first few."""
    seen: set[str] = set()
    repeated: list[str] = []
    for name, _value in form:
        if name in seen and name[:40] not in repeated:
            repeated.append(name[:40])
        seen.add(name)
    return repeated[:5]


FormField = Annotated[str | None, Form()]


@router.post(
    "/token",
    operation_id="issueToken",
    summary="Sign in: password grant for people, client credentials for systems and devices",
    description=TOKEN_DESCRIPTION,
    response_model=TokenResponse,
    response_model_exclude_none=True,
    # documented as required; parsed here so that its absence is RFC 6749's 400, not a 422
    openapi_extra={"x-required-form-fields": ["grant_type"]},
    responses={
        200: {
            "headers": {
                "Set-Cookie": {
                    "description": "Password grant: `fpw_device`, the device's random value to send back "
                    "(a known device is not slowed by other addresses' failed sign-ins)",
                    "schema": {"type": "string"},
                }
            }
        },
        400: {"model": OAuthError, "description": "invalid_request, invalid_grant or unsupported_grant_type"},
        401: {"model": OAuthError, "description": "invalid_client: client authentication failed"},
        **problems(429),
    },
)
async def issue_token(
    request: Request,
    session: Session,
    settings: SettingsDep,
    response: Response,
    address: ClientAddress,
    grant_type: Annotated[
        str | None, Form(description="password, client_credentials or refresh_token")
    ] = None,
    username: FormField = None,
    password: FormField = None,
    client_id: FormField = None,
    client_secret: FormField = None,
    refresh_token: FormField = None,
    scope: Annotated[str | None, Form(description="Ignored: a token carries its role's permissions")] = None,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> TokenResponse | JSONResponse:
    response.headers.update(NO_STORE)
    # The form FastAPI parsed keeps every value; its fields above hold only the last of each name.
    repeated = _repeated_parameters((await request.form()).multi_items())
    if repeated:
        return _oauth_error(
            400, "invalid_request", f"Parameters may not be repeated (RFC 6749 §3.2): {', '.join(repeated)}"
        )
    fields = (grant_type, username, password, client_id, client_secret, refresh_token, scope)
    if any(value is not None and len(value) > MAX_FIELD for value in fields):
        return _oauth_error(400, "invalid_request", f"A parameter is longer than {MAX_FIELD} characters")
    if not grant_type:
        return _oauth_error(400, "invalid_request", "grant_type is required")
    try:
        if grant_type == "password":
            if not username or password is None:
                return _oauth_error(400, "invalid_request", "username and password are required")
            pair = await auth_service.login_with_password(
                session,
                settings,
                username=username,
                password=password,
                client_address=address,
                device=request.cookies.get(DEVICE_COOKIE),
            )
        elif grant_type == "client_credentials":
            basic = _basic_credentials(authorization)
            if isinstance(basic, str):
                return _oauth_error(401, "invalid_client", basic)
            if basic is not None and (client_secret is not None or (client_id and client_id != basic[0])):
                return _oauth_error(
                    400, "invalid_request", "Use one client authentication method: Basic or form fields"
                )
            if basic is not None:
                client_id, client_secret = basic
            if not client_id or not client_secret:
                return _oauth_error(401, "invalid_client", "Client authentication is required")
            try:
                pair = await auth_service.login_with_client_credentials(
                    session,
                    settings,
                    client_id=client_id,
                    client_secret=client_secret,
                    client_address=address,
                )
            except NotAuthenticated:
                return _oauth_error(401, "invalid_client", "Incorrect client credentials")
        elif grant_type == "refresh_token":
            if not refresh_token:
                return _oauth_error(400, "invalid_request", "refresh_token is required")
            pair = await auth_service.refresh(session, settings, refresh_token=refresh_token)
        else:
            return _oauth_error(
                400,
                "unsupported_grant_type",
                "grant_type must be password, client_credentials or refresh_token",
            )
    except TooManyRequests:
        raise  # a locked account: 429 problem+json with Retry-After
    except AppError as exc:
        # A refused sign-in keeps its trace (the failure count); anything else is undone.
        if not exc.keep_changes:
            await session.rollback()
        return _oauth_error(400, "invalid_grant", exc.detail)
    if pair.device is not None:
        response.set_cookie(
            DEVICE_COOKIE,
            pair.device,
            max_age=DEVICE_COOKIE_SECONDS,
            path=TOKEN_PATH,
            secure=True,
            httponly=True,
            samesite="strict",
        )
    return TokenResponse(
        access_token=pair.access_token, refresh_token=pair.refresh_token, expires_in=pair.expires_in
    )


@router.post(
    "/refresh",
    operation_id="refreshToken",
    summary="Exchange a refresh token for a new pair; the old one is spent",
    response_model=TokenResponse,
    responses=problems(401, 422),
)
async def refresh_token(
    body: RefreshRequest, session: Session, settings: SettingsDep, response: Response
) -> TokenResponse:
    pair = await auth_service.refresh(session, settings, refresh_token=body.refresh_token)
    response.headers.update(NO_STORE)
    return TokenResponse(
        access_token=pair.access_token, refresh_token=pair.refresh_token, expires_in=pair.expires_in
    )


@router.post(
    "/logout",
    operation_id="logout",
    summary="Revoke the current session's access and refresh tokens",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problems(401),
)
async def logout(session: Session, principal: CurrentPrincipal) -> None:
    await auth_service.logout(session, principal=principal)


@router.get(
    "/me",
    operation_id="getMe",
    summary="The caller: user, role, org and permissions",
    response_model=MeRead,
    responses=problems(401),
)
async def get_me(session: Session, principal: CurrentPrincipal) -> MeRead:
    user = (await session.execute(select(User).where(User.id == principal.user_id))).scalar_one()
    org = (await session.execute(select(Org).where(Org.id == principal.org_id))).scalar_one()
    return MeRead(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=principal.role,
        org_id=org.id,
        org_kind=org.kind.value,
        org_name=org.name,
        permissions=sorted(principal.permissions),
    )
