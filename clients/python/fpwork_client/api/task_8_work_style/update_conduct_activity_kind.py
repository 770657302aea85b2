from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.conduct_kind_read import ConductKindRead
from ...models.conduct_kind_update import ConductKindUpdate
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    kind_id: int,
    *,
    body: ConductKindUpdate,
    if_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/conduct-activity-kinds/{kind_id}".format(kind_id=quote(str(kind_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConductKindRead | Problem | None:
    if response.status_code == 200:
        response_200 = ConductKindRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConductKindRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kind_id: int,
    *,
    client: AuthenticatedClient,
    body: ConductKindUpdate,
    if_match: str | Unset = UNSET,

) -> Response[ConductKindRead | Problem]:
    """ Rename a kind or retire it (active=false: kept, but no new activity takes it)

     Rename a kind or retire it (active=false: kept, but no new activity takes it).

    **Who may call it:** holders of `conduct:kinds`: `street_admin`, `street_officer`.

    Args:
        kind_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (ConductKindUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConductKindRead | Problem]
     """


    kwargs = _get_kwargs(
        kind_id=kind_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    kind_id: int,
    *,
    client: AuthenticatedClient,
    body: ConductKindUpdate,
    if_match: str | Unset = UNSET,

) -> ConductKindRead | Problem | None:
    """ Rename a kind or retire it (active=false: kept, but no new activity takes it)

     Rename a kind or retire it (active=false: kept, but no new activity takes it).

    **Who may call it:** holders of `conduct:kinds`: `street_admin`, `street_officer`.

    Args:
        kind_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (ConductKindUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConductKindRead | Problem
     """


    return sync_detailed(
        kind_id=kind_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    kind_id: int,
    *,
    client: AuthenticatedClient,
    body: ConductKindUpdate,
    if_match: str | Unset = UNSET,

) -> Response[ConductKindRead | Problem]:
    """ Rename a kind or retire it (active=false: kept, but no new activity takes it)

     Rename a kind or retire it (active=false: kept, but no new activity takes it).

    **Who may call it:** holders of `conduct:kinds`: `street_admin`, `street_officer`.

    Args:
        kind_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (ConductKindUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConductKindRead | Problem]
     """


    kwargs = _get_kwargs(
        kind_id=kind_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    kind_id: int,
    *,
    client: AuthenticatedClient,
    body: ConductKindUpdate,
    if_match: str | Unset = UNSET,

) -> ConductKindRead | Problem | None:
    """ Rename a kind or retire it (active=false: kept, but no new activity takes it)

     Rename a kind or retire it (active=false: kept, but no new activity takes it).

    **Who may call it:** holders of `conduct:kinds`: `street_admin`, `street_officer`.

    Args:
        kind_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (ConductKindUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConductKindRead | Problem
     """


    return (await asyncio_detailed(
        kind_id=kind_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
