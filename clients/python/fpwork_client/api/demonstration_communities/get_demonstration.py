from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.demonstration_read import DemonstrationRead
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    demonstration_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/demonstrations/{demonstration_id}".format(demonstration_id=quote(str(demonstration_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DemonstrationRead | Problem | None:
    if response.status_code == 200:
        response_200 = DemonstrationRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DemonstrationRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    demonstration_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[DemonstrationRead | Problem]:
    """ Read a demonstration project with its checklist and scores

     Read a demonstration project with its checklist and scores.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        demonstration_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DemonstrationRead | Problem]
     """


    kwargs = _get_kwargs(
        demonstration_id=demonstration_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    demonstration_id: int,
    *,
    client: AuthenticatedClient,

) -> DemonstrationRead | Problem | None:
    """ Read a demonstration project with its checklist and scores

     Read a demonstration project with its checklist and scores.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        demonstration_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DemonstrationRead | Problem
     """


    return sync_detailed(
        demonstration_id=demonstration_id,
client=client,

    ).parsed

async def asyncio_detailed(
    demonstration_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[DemonstrationRead | Problem]:
    """ Read a demonstration project with its checklist and scores

     Read a demonstration project with its checklist and scores.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        demonstration_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DemonstrationRead | Problem]
     """


    kwargs = _get_kwargs(
        demonstration_id=demonstration_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    demonstration_id: int,
    *,
    client: AuthenticatedClient,

) -> DemonstrationRead | Problem | None:
    """ Read a demonstration project with its checklist and scores

     Read a demonstration project with its checklist and scores.

    **Who may call it:** holders of `grassroots:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        demonstration_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DemonstrationRead | Problem
     """


    return (await asyncio_detailed(
        demonstration_id=demonstration_id,
client=client,

    )).parsed
