from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.sync_page import SyncPage
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    token: str | Unset = UNSET,
    limit: int | Unset = 500,
    reveal: bool | Unset = False,
    fpw_device: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(fpw_device, Unset):
        headers["Fpw-Device"] = fpw_device



    

    params: dict[str, Any] = {}

    params["token"] = token

    params["limit"] = limit

    params["reveal"] = reveal


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sync/feed",
        "params": params,
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SyncPage | None:
    if response.status_code == 200:
        response_200 = SyncPage.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())



        return response_410

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SyncPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    token: str | Unset = UNSET,
    limit: int | Unset = 500,
    reveal: bool | Unset = False,
    fpw_device: str | Unset = UNSET,

) -> Response[Problem | SyncPage]:
    """ The device's working set, then the changes since the token (upserts and tombstones)

     The device's working set, then the changes since the token (upserts and tombstones).

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        token (str | Unset): The next_token of the last answer
        limit (int | Unset): Records per page, at most 2000 Default: 500.
        reveal (bool | Unset): Unmasked personal data (needs pii:read; audited) Default: False.
        fpw_device (str | Unset): The secret the device got when registered

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SyncPage]
     """


    kwargs = _get_kwargs(
        token=token,
limit=limit,
reveal=reveal,
fpw_device=fpw_device,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    token: str | Unset = UNSET,
    limit: int | Unset = 500,
    reveal: bool | Unset = False,
    fpw_device: str | Unset = UNSET,

) -> Problem | SyncPage | None:
    """ The device's working set, then the changes since the token (upserts and tombstones)

     The device's working set, then the changes since the token (upserts and tombstones).

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        token (str | Unset): The next_token of the last answer
        limit (int | Unset): Records per page, at most 2000 Default: 500.
        reveal (bool | Unset): Unmasked personal data (needs pii:read; audited) Default: False.
        fpw_device (str | Unset): The secret the device got when registered

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SyncPage
     """


    return sync_detailed(
        client=client,
token=token,
limit=limit,
reveal=reveal,
fpw_device=fpw_device,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    token: str | Unset = UNSET,
    limit: int | Unset = 500,
    reveal: bool | Unset = False,
    fpw_device: str | Unset = UNSET,

) -> Response[Problem | SyncPage]:
    """ The device's working set, then the changes since the token (upserts and tombstones)

     The device's working set, then the changes since the token (upserts and tombstones).

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        token (str | Unset): The next_token of the last answer
        limit (int | Unset): Records per page, at most 2000 Default: 500.
        reveal (bool | Unset): Unmasked personal data (needs pii:read; audited) Default: False.
        fpw_device (str | Unset): The secret the device got when registered

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SyncPage]
     """


    kwargs = _get_kwargs(
        token=token,
limit=limit,
reveal=reveal,
fpw_device=fpw_device,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    token: str | Unset = UNSET,
    limit: int | Unset = 500,
    reveal: bool | Unset = False,
    fpw_device: str | Unset = UNSET,

) -> Problem | SyncPage | None:
    """ The device's working set, then the changes since the token (upserts and tombstones)

     The device's working set, then the changes since the token (upserts and tombstones).

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        token (str | Unset): The next_token of the last answer
        limit (int | Unset): Records per page, at most 2000 Default: 500.
        reveal (bool | Unset): Unmasked personal data (needs pii:read; audited) Default: False.
        fpw_device (str | Unset): The secret the device got when registered

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SyncPage
     """


    return (await asyncio_detailed(
        client=client,
token=token,
limit=limit,
reveal=reveal,
fpw_device=fpw_device,

    )).parsed
