from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.accountability_flags import AccountabilityFlags
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    year: int | Unset = UNSET,
    quarter: int | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["year"] = year

    params["quarter"] = quarter


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accountability-cases/flags",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AccountabilityFlags | Problem | None:
    if response.status_code == 200:
        response_200 = AccountabilityFlags.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AccountabilityFlags | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,
    quarter: int | Unset = UNSET,

) -> Response[AccountabilityFlags | Problem]:
    """ Indicators behind plan at a quarter's end (by default the last ended) in the area's books

     Indicators behind plan at a quarter's end (by default the last ended) in the area's books.

    **Who may call it:** holders of `books:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        year (int | Unset):
        quarter (int | Unset): A quarter that has ended (422 otherwise); by default the last ended
            (of `year` if given)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountabilityFlags | Problem]
     """


    kwargs = _get_kwargs(
        year=year,
quarter=quarter,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,
    quarter: int | Unset = UNSET,

) -> AccountabilityFlags | Problem | None:
    """ Indicators behind plan at a quarter's end (by default the last ended) in the area's books

     Indicators behind plan at a quarter's end (by default the last ended) in the area's books.

    **Who may call it:** holders of `books:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        year (int | Unset):
        quarter (int | Unset): A quarter that has ended (422 otherwise); by default the last ended
            (of `year` if given)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountabilityFlags | Problem
     """


    return sync_detailed(
        client=client,
year=year,
quarter=quarter,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,
    quarter: int | Unset = UNSET,

) -> Response[AccountabilityFlags | Problem]:
    """ Indicators behind plan at a quarter's end (by default the last ended) in the area's books

     Indicators behind plan at a quarter's end (by default the last ended) in the area's books.

    **Who may call it:** holders of `books:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        year (int | Unset):
        quarter (int | Unset): A quarter that has ended (422 otherwise); by default the last ended
            (of `year` if given)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountabilityFlags | Problem]
     """


    kwargs = _get_kwargs(
        year=year,
quarter=quarter,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,
    quarter: int | Unset = UNSET,

) -> AccountabilityFlags | Problem | None:
    """ Indicators behind plan at a quarter's end (by default the last ended) in the area's books

     Indicators behind plan at a quarter's end (by default the last ended) in the area's books.

    **Who may call it:** holders of `books:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        year (int | Unset):
        quarter (int | Unset): A quarter that has ended (422 otherwise); by default the last ended
            (of `year` if given)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountabilityFlags | Problem
     """


    return (await asyncio_detailed(
        client=client,
year=year,
quarter=quarter,

    )).parsed
