from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.service_read import ServiceRead
from typing import cast



def _get_kwargs(
    migrant_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/migrants/{migrant_id}/services".format(migrant_id=quote(str(migrant_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[ServiceRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = ServiceRead.from_dict(response_200_item_data)



            response_200.append(response_200_item)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[ServiceRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    migrant_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | list[ServiceRead]]:
    """ Services given to a migrant, typed in or taken from screening and dispensing

     Services given to a migrant, typed in or taken from screening and dispensing.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        migrant_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ServiceRead]]
     """


    kwargs = _get_kwargs(
        migrant_id=migrant_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    migrant_id: int,
    *,
    client: AuthenticatedClient,

) -> Problem | list[ServiceRead] | None:
    """ Services given to a migrant, typed in or taken from screening and dispensing

     Services given to a migrant, typed in or taken from screening and dispensing.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        migrant_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ServiceRead]
     """


    return sync_detailed(
        migrant_id=migrant_id,
client=client,

    ).parsed

async def asyncio_detailed(
    migrant_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | list[ServiceRead]]:
    """ Services given to a migrant, typed in or taken from screening and dispensing

     Services given to a migrant, typed in or taken from screening and dispensing.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        migrant_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ServiceRead]]
     """


    kwargs = _get_kwargs(
        migrant_id=migrant_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    migrant_id: int,
    *,
    client: AuthenticatedClient,

) -> Problem | list[ServiceRead] | None:
    """ Services given to a migrant, typed in or taken from screening and dispensing

     Services given to a migrant, typed in or taken from screening and dispensing.

    **Who may call it:** holders of `migrants:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        migrant_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ServiceRead]
     """


    return (await asyncio_detailed(
        migrant_id=migrant_id,
client=client,

    )).parsed
