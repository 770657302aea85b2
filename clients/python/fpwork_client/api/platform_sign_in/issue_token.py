from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.body_issue_token import BodyIssueToken
from ...models.o_auth_error import OAuthError
from ...models.problem import Problem
from ...models.token_response import TokenResponse
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: BodyIssueToken | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/token",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OAuthError | Problem | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())



        return response_401

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OAuthError | Problem | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyIssueToken | Unset = UNSET,

) -> Response[OAuthError | Problem | TokenResponse]:
    """ Sign in: password grant for people, client credentials for systems and devices

     Sign in: password grant for people, client credentials for systems and devices.

    OAuth2 token endpoint (RFC 6749), form-encoded:

    * `grant_type=password` with `username` and `password`: people. Answers an access token and a
      refresh token.
    * `grant_type=client_credentials`: systems and self-service devices, authenticated with HTTP Basic
      (`client_secret_basic`) or with `client_id` and `client_secret` form fields
    (`client_secret_post`),
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

    **Who may call it:** anyone; no sign-in.

    Args:
        body (BodyIssueToken | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | Problem | TokenResponse]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BodyIssueToken | Unset = UNSET,

) -> OAuthError | Problem | TokenResponse | None:
    """ Sign in: password grant for people, client credentials for systems and devices

     Sign in: password grant for people, client credentials for systems and devices.

    OAuth2 token endpoint (RFC 6749), form-encoded:

    * `grant_type=password` with `username` and `password`: people. Answers an access token and a
      refresh token.
    * `grant_type=client_credentials`: systems and self-service devices, authenticated with HTTP Basic
      (`client_secret_basic`) or with `client_id` and `client_secret` form fields
    (`client_secret_post`),
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

    **Who may call it:** anyone; no sign-in.

    Args:
        body (BodyIssueToken | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | Problem | TokenResponse
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyIssueToken | Unset = UNSET,

) -> Response[OAuthError | Problem | TokenResponse]:
    """ Sign in: password grant for people, client credentials for systems and devices

     Sign in: password grant for people, client credentials for systems and devices.

    OAuth2 token endpoint (RFC 6749), form-encoded:

    * `grant_type=password` with `username` and `password`: people. Answers an access token and a
      refresh token.
    * `grant_type=client_credentials`: systems and self-service devices, authenticated with HTTP Basic
      (`client_secret_basic`) or with `client_id` and `client_secret` form fields
    (`client_secret_post`),
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

    **Who may call it:** anyone; no sign-in.

    Args:
        body (BodyIssueToken | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | Problem | TokenResponse]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BodyIssueToken | Unset = UNSET,

) -> OAuthError | Problem | TokenResponse | None:
    """ Sign in: password grant for people, client credentials for systems and devices

     Sign in: password grant for people, client credentials for systems and devices.

    OAuth2 token endpoint (RFC 6749), form-encoded:

    * `grant_type=password` with `username` and `password`: people. Answers an access token and a
      refresh token.
    * `grant_type=client_credentials`: systems and self-service devices, authenticated with HTTP Basic
      (`client_secret_basic`) or with `client_id` and `client_secret` form fields
    (`client_secret_post`),
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

    **Who may call it:** anyone; no sign-in.

    Args:
        body (BodyIssueToken | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | Problem | TokenResponse
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
