from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.five_links_summary import FiveLinksSummary
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/five-links",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FiveLinksSummary | Problem | None:
    if response.status_code == 200:
        response_200 = FiveLinksSummary.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FiveLinksSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,

) -> Response[FiveLinksSummary | Problem]:
    """ The five links (五联) of every community of the caller's area for a period: the counts

     The five links (五联) of every community of the caller's area for a period: the counts.

    **Who may call it:** holders of `five-links:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        date_from (datetime.date | Unset): First day of the period (default: 1 January)
        date_to (datetime.date | Unset): Last day of the period (default: today, or `date_from`
            when that is later)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FiveLinksSummary | Problem]
     """


    kwargs = _get_kwargs(
        date_from=date_from,
date_to=date_to,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,

) -> FiveLinksSummary | Problem | None:
    """ The five links (五联) of every community of the caller's area for a period: the counts

     The five links (五联) of every community of the caller's area for a period: the counts.

    **Who may call it:** holders of `five-links:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        date_from (datetime.date | Unset): First day of the period (default: 1 January)
        date_to (datetime.date | Unset): Last day of the period (default: today, or `date_from`
            when that is later)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FiveLinksSummary | Problem
     """


    return sync_detailed(
        client=client,
date_from=date_from,
date_to=date_to,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,

) -> Response[FiveLinksSummary | Problem]:
    """ The five links (五联) of every community of the caller's area for a period: the counts

     The five links (五联) of every community of the caller's area for a period: the counts.

    **Who may call it:** holders of `five-links:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        date_from (datetime.date | Unset): First day of the period (default: 1 January)
        date_to (datetime.date | Unset): Last day of the period (default: today, or `date_from`
            when that is later)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FiveLinksSummary | Problem]
     """


    kwargs = _get_kwargs(
        date_from=date_from,
date_to=date_to,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,

) -> FiveLinksSummary | Problem | None:
    """ The five links (五联) of every community of the caller's area for a period: the counts

     The five links (五联) of every community of the caller's area for a period: the counts.

    **Who may call it:** holders of `five-links:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        date_from (datetime.date | Unset): First day of the period (default: 1 January)
        date_to (datetime.date | Unset): Last day of the period (default: today, or `date_from`
            when that is later)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FiveLinksSummary | Problem
     """


    return (await asyncio_detailed(
        client=client,
date_from=date_from,
date_to=date_to,

    )).parsed
