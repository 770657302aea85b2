from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.worker_read import WorkerRead
from ...models.worker_update import WorkerUpdate
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    worker_id: int,
    *,
    body: WorkerUpdate,
    if_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/workers/{worker_id}".format(worker_id=quote(str(worker_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

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
    body: WorkerUpdate,
    if_match: str | Unset = UNSET,

) -> Response[Problem | WorkerRead]:
    """ Change a worker's post, phone, qualifications or end date

     Change a worker's post, phone, qualifications or end date.

    **Who may call it:** holders of `network:write`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        worker_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (WorkerUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WorkerRead]
     """


    kwargs = _get_kwargs(
        worker_id=worker_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    worker_id: int,
    *,
    client: AuthenticatedClient,
    body: WorkerUpdate,
    if_match: str | Unset = UNSET,

) -> Problem | WorkerRead | None:
    """ Change a worker's post, phone, qualifications or end date

     Change a worker's post, phone, qualifications or end date.

    **Who may call it:** holders of `network:write`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        worker_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (WorkerUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WorkerRead
     """


    return sync_detailed(
        worker_id=worker_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    worker_id: int,
    *,
    client: AuthenticatedClient,
    body: WorkerUpdate,
    if_match: str | Unset = UNSET,

) -> Response[Problem | WorkerRead]:
    """ Change a worker's post, phone, qualifications or end date

     Change a worker's post, phone, qualifications or end date.

    **Who may call it:** holders of `network:write`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        worker_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (WorkerUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WorkerRead]
     """


    kwargs = _get_kwargs(
        worker_id=worker_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    worker_id: int,
    *,
    client: AuthenticatedClient,
    body: WorkerUpdate,
    if_match: str | Unset = UNSET,

) -> Problem | WorkerRead | None:
    """ Change a worker's post, phone, qualifications or end date

     Change a worker's post, phone, qualifications or end date.

    **Who may call it:** holders of `network:write`: `community_officer`, `district_officer`,
    `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        worker_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (WorkerUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WorkerRead
     """


    return (await asyncio_detailed(
        worker_id=worker_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
