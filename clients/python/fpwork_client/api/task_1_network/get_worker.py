from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.worker_read import WorkerRead
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    worker_id: int,
    *,
    reveal: bool | Unset = False,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["reveal"] = reveal


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/workers/{worker_id}".format(worker_id=quote(str(worker_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | WorkerRead | None:
    if response.status_code == 200:
        response_200 = WorkerRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | WorkerRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    worker_id: int,
    *,
    client: AuthenticatedClient,
    reveal: bool | Unset = False,

) -> Response[Problem | WorkerRead]:
    """ Read a worker; reveal=true (pii:read) shows the phone and is audited

     Read a worker; reveal=true (pii:read) shows the phone and is audited.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        worker_id (int):
        reveal (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WorkerRead]
     """


    kwargs = _get_kwargs(
        worker_id=worker_id,
reveal=reveal,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    worker_id: int,
    *,
    client: AuthenticatedClient,
    reveal: bool | Unset = False,

) -> Problem | WorkerRead | None:
    """ Read a worker; reveal=true (pii:read) shows the phone and is audited

     Read a worker; reveal=true (pii:read) shows the phone and is audited.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        worker_id (int):
        reveal (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WorkerRead
     """


    return sync_detailed(
        worker_id=worker_id,
client=client,
reveal=reveal,

    ).parsed

async def asyncio_detailed(
    worker_id: int,
    *,
    client: AuthenticatedClient,
    reveal: bool | Unset = False,

) -> Response[Problem | WorkerRead]:
    """ Read a worker; reveal=true (pii:read) shows the phone and is audited

     Read a worker; reveal=true (pii:read) shows the phone and is audited.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        worker_id (int):
        reveal (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WorkerRead]
     """


    kwargs = _get_kwargs(
        worker_id=worker_id,
reveal=reveal,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    worker_id: int,
    *,
    client: AuthenticatedClient,
    reveal: bool | Unset = False,

) -> Problem | WorkerRead | None:
    """ Read a worker; reveal=true (pii:read) shows the phone and is audited

     Read a worker; reveal=true (pii:read) shows the phone and is audited.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        worker_id (int):
        reveal (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WorkerRead
     """


    return (await asyncio_detailed(
        worker_id=worker_id,
client=client,
reveal=reveal,

    )).parsed
