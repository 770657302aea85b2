from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_period_report_rollup_format import GetPeriodReportRollupFormat
from ...models.problem import Problem
from ...models.rollup import Rollup
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    form_id: int,
    period_start: datetime.date,
    format_: GetPeriodReportRollupFormat | Unset = GetPeriodReportRollupFormat.JSON,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["form_id"] = form_id

    json_period_start = period_start.isoformat()
    params["period_start"] = json_period_start

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/period-reports/rollup",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | Rollup | None:
    if response.status_code == 200:
        response_200 = Rollup.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | Rollup]:
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
    format_: GetPeriodReportRollupFormat | Unset = GetPeriodReportRollupFormat.JSON,

) -> Response[Problem | Rollup]:
    """ The period's roll-up: the sum of the accepted reports (format=json|xlsx), in the form's layout

     The period's roll-up: the sum of the accepted reports (format=json|xlsx), in the form's layout.

    **Who may call it:** holders of `reports:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        form_id (int): The report form
        period_start (datetime.date): First day of the period
        format_ (GetPeriodReportRollupFormat | Unset):  Default: GetPeriodReportRollupFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Rollup]
     """


    kwargs = _get_kwargs(
        form_id=form_id,
period_start=period_start,
format_=format_,

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
    format_: GetPeriodReportRollupFormat | Unset = GetPeriodReportRollupFormat.JSON,

) -> Problem | Rollup | None:
    """ The period's roll-up: the sum of the accepted reports (format=json|xlsx), in the form's layout

     The period's roll-up: the sum of the accepted reports (format=json|xlsx), in the form's layout.

    **Who may call it:** holders of `reports:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        form_id (int): The report form
        period_start (datetime.date): First day of the period
        format_ (GetPeriodReportRollupFormat | Unset):  Default: GetPeriodReportRollupFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Rollup
     """


    return sync_detailed(
        client=client,
form_id=form_id,
period_start=period_start,
format_=format_,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    form_id: int,
    period_start: datetime.date,
    format_: GetPeriodReportRollupFormat | Unset = GetPeriodReportRollupFormat.JSON,

) -> Response[Problem | Rollup]:
    """ The period's roll-up: the sum of the accepted reports (format=json|xlsx), in the form's layout

     The period's roll-up: the sum of the accepted reports (format=json|xlsx), in the form's layout.

    **Who may call it:** holders of `reports:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        form_id (int): The report form
        period_start (datetime.date): First day of the period
        format_ (GetPeriodReportRollupFormat | Unset):  Default: GetPeriodReportRollupFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Rollup]
     """


    kwargs = _get_kwargs(
        form_id=form_id,
period_start=period_start,
format_=format_,

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
    format_: GetPeriodReportRollupFormat | Unset = GetPeriodReportRollupFormat.JSON,

) -> Problem | Rollup | None:
    """ The period's roll-up: the sum of the accepted reports (format=json|xlsx), in the form's layout

     The period's roll-up: the sum of the accepted reports (format=json|xlsx), in the form's layout.

    **Who may call it:** holders of `reports:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        form_id (int): The report form
        period_start (datetime.date): First day of the period
        format_ (GetPeriodReportRollupFormat | Unset):  Default: GetPeriodReportRollupFormat.JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Rollup
     """


    return (await asyncio_detailed(
        client=client,
form_id=form_id,
period_start=period_start,
format_=format_,

    )).parsed
