from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.submissions import Submissions
from typing import cast
import datetime



def _get_kwargs(
    *,
    form_id: int,
    period_start: datetime.date,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["form_id"] = form_id

    json_period_start = period_start.isoformat()
    params["period_start"] = json_period_start


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/period-reports/submissions",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Submissions | None:
    if response.status_code == 200:
        response_200 = Submissions.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Submissions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    form_id: int,
    period_start: datetime.date,

) -> Response[Problem | Submissions]:
    """ Who submitted a period's report: each street's state, late and missing ones

     Who submitted a period's report: each street's state, late and missing ones.

    **Who may call it:** holders of `reports:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        form_id (int): The report form
        period_start (datetime.date): First day of the period

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Submissions]
     """


    kwargs = _get_kwargs(
        form_id=form_id,
period_start=period_start,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    form_id: int,
    period_start: datetime.date,

) -> Problem | Submissions | None:
    """ Who submitted a period's report: each street's state, late and missing ones

     Who submitted a period's report: each street's state, late and missing ones.

    **Who may call it:** holders of `reports:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        form_id (int): The report form
        period_start (datetime.date): First day of the period

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Submissions
     """


    return sync_detailed(
        client=client,
form_id=form_id,
period_start=period_start,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    form_id: int,
    period_start: datetime.date,

) -> Response[Problem | Submissions]:
    """ Who submitted a period's report: each street's state, late and missing ones

     Who submitted a period's report: each street's state, late and missing ones.

    **Who may call it:** holders of `reports:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        form_id (int): The report form
        period_start (datetime.date): First day of the period

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Submissions]
     """


    kwargs = _get_kwargs(
        form_id=form_id,
period_start=period_start,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    form_id: int,
    period_start: datetime.date,

) -> Problem | Submissions | None:
    """ Who submitted a period's report: each street's state, late and missing ones

     Who submitted a period's report: each street's state, late and missing ones.

    **Who may call it:** holders of `reports:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        form_id (int): The report form
        period_start (datetime.date): First day of the period

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Submissions
     """


    return (await asyncio_detailed(
        client=client,
form_id=form_id,
period_start=period_start,

    )).parsed
