from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.working_calendar_put import WorkingCalendarPut
from ...models.working_calendar_read import WorkingCalendarRead
from typing import cast



def _get_kwargs(
    year: int,
    *,
    body: WorkingCalendarPut,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/working-calendar/{year}".format(year=quote(str(year), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | WorkingCalendarRead | None:
    if response.status_code == 200:
        response_200 = WorkingCalendarRead.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | WorkingCalendarRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
    body: WorkingCalendarPut,

) -> Response[Problem | WorkingCalendarRead]:
    """ Enter or correct a year's arrangement (district; replaces the year, audited)

     Enter or correct a year's arrangement (district; replaces the year, audited).

    **Who may call it:** holders of `calendar:write`: `district_officer`.

    Args:
        year (int):
        body (WorkingCalendarPut): A year's whole arrangement: every day off (法定节假日) and every
            weekend day worked (调休上班).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WorkingCalendarRead]
     """


    kwargs = _get_kwargs(
        year=year,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    year: int,
    *,
    client: AuthenticatedClient,
    body: WorkingCalendarPut,

) -> Problem | WorkingCalendarRead | None:
    """ Enter or correct a year's arrangement (district; replaces the year, audited)

     Enter or correct a year's arrangement (district; replaces the year, audited).

    **Who may call it:** holders of `calendar:write`: `district_officer`.

    Args:
        year (int):
        body (WorkingCalendarPut): A year's whole arrangement: every day off (法定节假日) and every
            weekend day worked (调休上班).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WorkingCalendarRead
     """


    return sync_detailed(
        year=year,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
    body: WorkingCalendarPut,

) -> Response[Problem | WorkingCalendarRead]:
    """ Enter or correct a year's arrangement (district; replaces the year, audited)

     Enter or correct a year's arrangement (district; replaces the year, audited).

    **Who may call it:** holders of `calendar:write`: `district_officer`.

    Args:
        year (int):
        body (WorkingCalendarPut): A year's whole arrangement: every day off (法定节假日) and every
            weekend day worked (调休上班).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WorkingCalendarRead]
     """


    kwargs = _get_kwargs(
        year=year,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient,
    body: WorkingCalendarPut,

) -> Problem | WorkingCalendarRead | None:
    """ Enter or correct a year's arrangement (district; replaces the year, audited)

     Enter or correct a year's arrangement (district; replaces the year, audited).

    **Who may call it:** holders of `calendar:write`: `district_officer`.

    Args:
        year (int):
        body (WorkingCalendarPut): A year's whole arrangement: every day off (法定节假日) and every
            weekend day worked (调休上班).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WorkingCalendarRead
     """


    return (await asyncio_detailed(
        year=year,
client=client,
body=body,

    )).parsed
