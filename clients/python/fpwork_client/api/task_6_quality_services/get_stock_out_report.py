from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.stock_out_report import StockOutReport
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    date_from: datetime.date,
    date_to: datetime.date,
    point_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    params["point_id"] = point_id

    params["product_id"] = product_id


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports/stock-outs",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | StockOutReport | None:
    if response.status_code == 200:
        response_200 = StockOutReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | StockOutReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    point_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,

) -> Response[Problem | StockOutReport]:
    """ Stock-out days per point and product (closing balance zero), from the ledger

     Stock-out days per point and product (closing balance zero), from the ledger.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        date_from (datetime.date): First day (local date), inclusive
        date_to (datetime.date): Last day (local date), inclusive: not before date_from and at
            most 1098 days after it
        point_id (int | Unset):
        product_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StockOutReport]
     """


    kwargs = _get_kwargs(
        date_from=date_from,
date_to=date_to,
point_id=point_id,
product_id=product_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    point_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,

) -> Problem | StockOutReport | None:
    """ Stock-out days per point and product (closing balance zero), from the ledger

     Stock-out days per point and product (closing balance zero), from the ledger.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        date_from (datetime.date): First day (local date), inclusive
        date_to (datetime.date): Last day (local date), inclusive: not before date_from and at
            most 1098 days after it
        point_id (int | Unset):
        product_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StockOutReport
     """


    return sync_detailed(
        client=client,
date_from=date_from,
date_to=date_to,
point_id=point_id,
product_id=product_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    point_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,

) -> Response[Problem | StockOutReport]:
    """ Stock-out days per point and product (closing balance zero), from the ledger

     Stock-out days per point and product (closing balance zero), from the ledger.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        date_from (datetime.date): First day (local date), inclusive
        date_to (datetime.date): Last day (local date), inclusive: not before date_from and at
            most 1098 days after it
        point_id (int | Unset):
        product_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StockOutReport]
     """


    kwargs = _get_kwargs(
        date_from=date_from,
date_to=date_to,
point_id=point_id,
product_id=product_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date,
    date_to: datetime.date,
    point_id: int | Unset = UNSET,
    product_id: int | Unset = UNSET,

) -> Problem | StockOutReport | None:
    """ Stock-out days per point and product (closing balance zero), from the ledger

     Stock-out days per point and product (closing balance zero), from the ledger.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        date_from (datetime.date): First day (local date), inclusive
        date_to (datetime.date): Last day (local date), inclusive: not before date_from and at
            most 1098 days after it
        point_id (int | Unset):
        product_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StockOutReport
     """


    return (await asyncio_detailed(
        client=client,
date_from=date_from,
date_to=date_to,
point_id=point_id,
product_id=product_id,

    )).parsed
