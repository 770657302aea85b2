from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.service_statistics_row import ServiceStatisticsRow
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_submitted_from: str | Unset = UNSET
    if not isinstance(submitted_from, Unset):
        json_submitted_from = submitted_from.isoformat()
    params["submitted_from"] = json_submitted_from

    json_submitted_to: str | Unset = UNSET
    if not isinstance(submitted_to, Unset):
        json_submitted_to = submitted_to.isoformat()
    params["submitted_to"] = json_submitted_to


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/service-requests/statistics",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[ServiceStatisticsRow] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = ServiceStatisticsRow.from_dict(response_200_item_data)



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[ServiceStatisticsRow]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,

) -> Response[Problem | list[ServiceStatisticsRow]]:
    """ Per service type and community: count, on-time rate, median working days

     Per service type and community: count, on-time rate, median working days.

    **Who may call it:** holders of `services:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        submitted_from (datetime.date | Unset):
        submitted_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ServiceStatisticsRow]]
     """


    kwargs = _get_kwargs(
        submitted_from=submitted_from,
submitted_to=submitted_to,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,

) -> Problem | list[ServiceStatisticsRow] | None:
    """ Per service type and community: count, on-time rate, median working days

     Per service type and community: count, on-time rate, median working days.

    **Who may call it:** holders of `services:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        submitted_from (datetime.date | Unset):
        submitted_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ServiceStatisticsRow]
     """


    return sync_detailed(
        client=client,
submitted_from=submitted_from,
submitted_to=submitted_to,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,

) -> Response[Problem | list[ServiceStatisticsRow]]:
    """ Per service type and community: count, on-time rate, median working days

     Per service type and community: count, on-time rate, median working days.

    **Who may call it:** holders of `services:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        submitted_from (datetime.date | Unset):
        submitted_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ServiceStatisticsRow]]
     """


    kwargs = _get_kwargs(
        submitted_from=submitted_from,
submitted_to=submitted_to,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    submitted_from: datetime.date | Unset = UNSET,
    submitted_to: datetime.date | Unset = UNSET,

) -> Problem | list[ServiceStatisticsRow] | None:
    """ Per service type and community: count, on-time rate, median working days

     Per service type and community: count, on-time rate, median working days.

    **Who may call it:** holders of `services:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        submitted_from (datetime.date | Unset):
        submitted_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ServiceStatisticsRow]
     """


    return (await asyncio_detailed(
        client=client,
submitted_from=submitted_from,
submitted_to=submitted_to,

    )).parsed
