from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.device_read import DeviceRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    device_id: int,
    *,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sync/devices/{device_id}/revoke".format(device_id=quote(str(device_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeviceRead | Problem | None:
    if response.status_code == 200:
        response_200 = DeviceRead.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeviceRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[DeviceRead | Problem]:
    """ Revoke a lost device: its tokens stop now, its next contact is told to wipe

     Revoke a lost device: its tokens stop now, its next contact is told to wipe.

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        device_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceRead | Problem]
     """


    kwargs = _get_kwargs(
        device_id=device_id,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    device_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> DeviceRead | Problem | None:
    """ Revoke a lost device: its tokens stop now, its next contact is told to wipe

     Revoke a lost device: its tokens stop now, its next contact is told to wipe.

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        device_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceRead | Problem
     """


    return sync_detailed(
        device_id=device_id,
client=client,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    device_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[DeviceRead | Problem]:
    """ Revoke a lost device: its tokens stop now, its next contact is told to wipe

     Revoke a lost device: its tokens stop now, its next contact is told to wipe.

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        device_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceRead | Problem]
     """


    kwargs = _get_kwargs(
        device_id=device_id,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    device_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> DeviceRead | Problem | None:
    """ Revoke a lost device: its tokens stop now, its next contact is told to wipe

     Revoke a lost device: its tokens stop now, its next contact is told to wipe.

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        device_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceRead | Problem
     """


    return (await asyncio_detailed(
        device_id=device_id,
client=client,
idempotency_key=idempotency_key,

    )).parsed
