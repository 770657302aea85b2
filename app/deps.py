"""Request dependencies: the database session, the caller, permission checks, pagination."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Path, Query, Request, Response
from fastapi.openapi.models import OAuthFlowClientCredentials, OAuthFlowPassword, OAuthFlows
from fastapi.security import OAuth2
from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from app.authz import PERMISSIONS, Principal, Role
from app.config import Settings
from app.db import get_database, session_scope
from app.errors import Forbidden, NotAuthenticated
from app.idempotency import claim_key
from app.list_filters import UPDATED_SINCE
from app.models.core.org import Org, OrgKind
from app.models.core.user import AuthSession, User
from app.pagination import DEFAULT_LIMIT, MAX_CURSOR_CHARS, MAX_LIMIT
from app.principal_cache import PrincipalCache
from app.schemas.common import MAX_ID, IsoAwareDateTime
from app.security import InvalidToken, decode_token

# scope="function": the session commits before the response leaves, so a client never sees a
# success whose commit then failed.
Session = Annotated[AsyncSession, Depends(session_scope, scope="function")]


async def settings_dependency(request: Request) -> Settings:
    """The settings the app was created with (async: a sync dependency costs a thread hop)."""
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(settings_dependency)]

TOKEN_URL = "/api/v1/auth/token"
# One OAuth2 scheme with both flows, so Swagger's Authorize signs in (password for people, client
# credentials for systems); the credential is a bearer access token either way.
bearer_scheme = OAuth2(
    flows=OAuthFlows(
        password=OAuthFlowPassword(tokenUrl=TOKEN_URL, scopes={}),
        clientCredentials=OAuthFlowClientCredentials(tokenUrl=TOKEN_URL, scopes={}),
    ),
    scheme_name="OAuth2",
    description=f"Access token from POST {TOKEN_URL}, sent as `Authorization: Bearer …`",
    auto_error=False,
)


# Built once: the per-request cost is binding two parameters, not composing the statement.
_PRINCIPAL_QUERY = (
    select(User.id, User.username, User.role, User.org_id, User.is_active, Org.kind, Org.path)
    .join(Org, Org.id == User.org_id)
    .join(AuthSession, AuthSession.user_id == User.id)
    .where(
        User.id == bindparam("user_id"),
        AuthSession.id == bindparam("session_id"),
        AuthSession.revoked_at.is_(None),
    )
)


async def _load_principal(connection: AsyncConnection, user_id: int, session_id: str) -> Principal:
    row = (
        await connection.execute(_PRINCIPAL_QUERY, {"user_id": user_id, "session_id": session_id})
    ).one_or_none()
    if row is None or not row.is_active:
        raise NotAuthenticated("The access token has been revoked")
    role = Role(row.role)
    return Principal(
        user_id=row.id,
        username=row.username,
        role=role,
        org_id=row.org_id,
        org_kind=OrgKind(row.kind),
        org_path=row.path,
        session_id=session_id,
        permissions=PERMISSIONS[role],
    )


def _verified_claims(request: Request, authorization: str | None) -> tuple[int, str]:
    """The token's user id and session id, once its signature, type and expiry are checked."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated("A bearer access token is required")
    try:
        claims = decode_token(request.app.state.settings, token.strip(), "access")
    except InvalidToken as exc:
        raise NotAuthenticated("The access token is invalid or expired") from exc
    if not claims.family or not claims.subject.isdigit():
        raise NotAuthenticated("The access token is invalid or expired")
    return int(claims.subject), claims.family


async def principal_for(
    request: Request, authorization: str | None, session: AsyncSession | None
) -> Principal:
    """The verified caller: the token's signature and expiry, then its session and user, from the
    process's principal cache or (on a miss) the database: on ``session``'s connection when the
    request has one, else on a pooled connection of its own under the admission budget."""
    user_id, session_id = _verified_claims(request, authorization)
    cache: PrincipalCache = request.app.state.principal_cache
    principal = await cache.current(session_id)
    if principal is None or principal.user_id != user_id:

        async def load() -> Principal:
            if session is not None:
                return await _load_principal(await session.connection(), user_id, session_id)
            database = get_database()
            async with database.admitted(), database.engine.connect() as connection:
                return await _load_principal(connection, user_id, session_id)

        principal = await cache.load_once(session_id, user_id, load)
    request.state.principal = principal
    return principal


async def authenticated(
    request: Request, session: Session, authorization: Annotated[str | None, Depends(bearer_scheme)]
) -> Principal:
    """The verified caller; only now may an ``Idempotency-Key`` be claimed (for this caller)."""
    principal = await principal_for(request, authorization, session)
    await claim_key(request, session)
    return principal


CurrentPrincipal = Annotated[Principal, Depends(authenticated)]


# Which permission each ``require`` check enforces, for the OpenAPI descriptions (app/openapi_doc.py).
REQUIRED_PERMISSION: dict[object, str] = {}


def _permitted(principal: Principal, permission: str) -> Principal:
    if not principal.can(permission):
        raise Forbidden(f"This action needs the '{permission}' permission")
    return principal


def _require(permission: str) -> object:
    """Dependency factory: the caller, verified, holding ``permission`` (401/403 otherwise).

    One dependency does it all (token, principal, idempotency claim, permission): each layer of
    FastAPI's dependency solving costs as much as a cached principal lookup.
    """

    async def _check(
        request: Request, session: Session, authorization: Annotated[str | None, Depends(bearer_scheme)]
    ) -> Principal:
        principal = await principal_for(request, authorization, session)
        await claim_key(request, session)
        return _permitted(principal, permission)

    _check.__name__ = f"require_{permission.replace(':', '_')}"
    REQUIRED_PERMISSION[_check] = permission
    return Depends(_check)


def Requires(permission: str) -> type[Principal]:  # noqa: N802 - reads like a type in signatures
    return Annotated[Principal, _require(permission)]  # type: ignore[return-value]


def Reads(permission: str) -> type[Principal]:  # noqa: N802 - reads like a type in signatures
    """The caller of a fast read (app/read_path.py): verified and holding ``permission``, with no
    ORM session opened; a principal not in the cache is loaded on a connection of its own."""

    async def _check(
        request: Request, authorization: Annotated[str | None, Depends(bearer_scheme)]
    ) -> Principal:
        return _permitted(await principal_for(request, authorization, None), permission)

    async def lane_call(request: Request) -> Principal:
        """The same check where the read lane (app/read_lane.py) serves the route."""
        return await _check(request, request.headers.get("authorization"))

    _check.__name__ = f"reads_{permission.replace(':', '_')}"
    _check.lane_call = lane_call  # type: ignore[attr-defined]
    REQUIRED_PERMISSION[_check] = permission
    return Annotated[Principal, Depends(_check)]  # type: ignore[return-value]


LimitQuery = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}")]
# Cursors are URL-safe base64 without padding (app/pagination.py); anything else is 422 at once.
CURSOR_PATTERN = r"^[A-Za-z0-9_-]+$"
# The cursor's format in the document: a token only this server issues (tests/api/contract/fuzz_hooks.py
# teaches Schemathesis to make ones it accepts).
CURSOR_FORMAT = "fpw-cursor"
CursorQuery = Annotated[
    str | None,
    Query(
        max_length=MAX_CURSOR_CHARS,
        pattern=CURSOR_PATTERN,
        json_schema_extra={"format": CURSOR_FORMAT},
        description="Opaque: the `next_cursor` of the previous page of this list, left out for the first "
        "page. A cursor continues the listing that issued it: one from a change feed (`updated_since`) "
        "continues only a change feed, one from a plain page only plain pages. Any other value, "
        "even one that looks like a cursor, is 422 `The cursor is not valid`.",
    ),
]


@dataclass(frozen=True)
class Pagination:
    limit: int
    cursor: str | None


async def pagination(limit: LimitQuery = DEFAULT_LIMIT, cursor: CursorQuery = None) -> Pagination:
    return Pagination(limit=limit, cursor=cursor)


PageParams = Annotated[Pagination, Depends(pagination)]


# What If-Match may hold: an ETag as this API sends it (`"3"`), weak or unquoted, or `*`.
IF_MATCH_PATTERN = r'^[ \t]*(\*|(W/)?"?[0-9]{1,18}"?)[ \t]*$'


async def parse_if_match(
    if_match: Annotated[
        str | None,
        Header(
            alias="If-Match",
            pattern=IF_MATCH_PATTERN,
            description='The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is answered '
            "with 412, one of another shape with 422 (with the request's other field errors)",
        ),
    ] = None,
) -> int | None:
    if if_match is None or if_match.strip() == "*":
        return None
    value = if_match.strip().removeprefix("W/").strip('"')
    return int(value)


IfMatch = Annotated[int | None, Depends(parse_if_match)]


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = f'"{version}"'


# Every ``{something_id}`` path parameter: a positive 64-bit integer, so no id reaches the database
# out of range.
IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
IdQuery = Annotated[int | None, Query(ge=1, le=MAX_ID)]

UpdatedSinceQuery = Annotated[
    IsoAwareDateTime | None,
    Query(description=UPDATED_SINCE),
]
