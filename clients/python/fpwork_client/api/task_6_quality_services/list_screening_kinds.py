from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.screening_kind_read import ScreeningKindRead
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/screening-kinds",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[ScreeningKindRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = ScreeningKindRead.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[ScreeningKindRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,

) -> Response[Problem | list[ScreeningKindRead]]:
    """ Screening kinds (筛查项目类别) a program may have, with names, suggested target population, source and
    effective dates: how a client discovers a new kind

     Screening kinds (筛查项目类别) a program may have, with names, suggested target population, source and
    effective dates: how a client discovers a new kind.

    **Who may call it:** holders of `screening:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ScreeningKindRead]]
     """


    kwargs = _get_kwargs(
        
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,

) -> Problem | list[ScreeningKindRead] | None:
    """ Screening kinds (筛查项目类别) a program may have, with names, suggested target population, source and
    effective dates: how a client discovers a new kind

     Screening kinds (筛查项目类别) a program may have, with names, suggested target population, source and
    effective dates: how a client discovers a new kind.

    **Who may call it:** holders of `screening:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ScreeningKindRead]
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,

) -> Response[Problem | list[ScreeningKindRead]]:
    """ Screening kinds (筛查项目类别) a program may have, with names, suggested target population, source and
    effective dates: how a client discovers a new kind

     Screening kinds (筛查项目类别) a program may have, with names, suggested target population, source and
    effective dates: how a client discovers a new kind.

    **Who may call it:** holders of `screening:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ScreeningKindRead]]
     """


    kwargs = _get_kwargs(
        
    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,

) -> Problem | list[ScreeningKindRead] | None:
    """ Screening kinds (筛查项目类别) a program may have, with names, suggested target population, source and
    effective dates: how a client discovers a new kind

     Screening kinds (筛查项目类别) a program may have, with names, suggested target population, source and
    effective dates: how a client discovers a new kind.

    **Who may call it:** holders of `screening:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ScreeningKindRead]
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed
