"""Sign-in (password and client credentials), token refresh, sign-out, and who am I."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Form, status
from sqlalchemy import select

from app.client_address import ClientAddress
from app.deps import CurrentPrincipal, Session, SettingsDep
from app.errors import Unprocessable
from app.models.core.org import Org
from app.models.core.user import User
from app.schemas.common import problems
from app.schemas.core.user import MeRead, RefreshRequest, TokenResponse
from app.services.core import auth as auth_service

router = APIRouter(prefix="/auth", tags=["Platform: sign-in"])


@router.post(
    "/token",
    operation_id="issueToken",
    summary="Sign in: password grant for people, client credentials for systems and devices",
    response_model=TokenResponse,
    responses=problems(401, 422, 429),
)
async def issue_token(
    session: Session,
    settings: SettingsDep,
    address: ClientAddress,
    grant_type: Annotated[Literal["password", "client_credentials"], Form()] = "password",
    username: Annotated[str | None, Form(max_length=64)] = None,
    password: Annotated[str | None, Form(max_length=256)] = None,
    client_id: Annotated[str | None, Form(max_length=64)] = None,
    client_secret: Annotated[str | None, Form(max_length=256)] = None,
) -> TokenResponse:
    if grant_type == "password":
        if not username or password is None:
            raise Unprocessable("username and password are required", loc=["body", "username"])
        pair = await auth_service.login_with_password(
            session, settings, username=username, password=password, client_address=address
        )
    else:
        if not client_id or not client_secret:
            raise Unprocessable("client_id and client_secret are required", loc=["body", "client_id"])
        pair = await auth_service.login_with_client_credentials(
            session, settings, client_id=client_id, client_secret=client_secret, client_address=address
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
async def refresh_token(body: RefreshRequest, session: Session, settings: SettingsDep) -> TokenResponse:
    pair = await auth_service.refresh(session, settings, refresh_token=body.refresh_token)
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
