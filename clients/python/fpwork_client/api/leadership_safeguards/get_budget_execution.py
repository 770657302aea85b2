from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.budget_execution import BudgetExecution
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    budget_id: int,
    *,
    as_of: datetime.date | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_as_of: str | Unset = UNSET
    if not isinstance(as_of, Unset):
        json_as_of = as_of.isoformat()
    params["as_of"] = json_as_of


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/budgets/{budget_id}/execution".format(budget_id=quote(str(budget_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BudgetExecution | Problem | None:
    if response.status_code == 200:
        response_200 = BudgetExecution.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BudgetExecution | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    budget_id: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,

) -> Response[BudgetExecution | Problem]:
    """ Budget against spending per line, per task and in all, on a date (执行率)

     Budget against spending per line, per task and in all, on a date (执行率).

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        budget_id (int):
        as_of (datetime.date | Unset): Spending dated on or before; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetExecution | Problem]
     """


    kwargs = _get_kwargs(
        budget_id=budget_id,
as_of=as_of,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    budget_id: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,

) -> BudgetExecution | Problem | None:
    """ Budget against spending per line, per task and in all, on a date (执行率)

     Budget against spending per line, per task and in all, on a date (执行率).

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        budget_id (int):
        as_of (datetime.date | Unset): Spending dated on or before; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetExecution | Problem
     """


    return sync_detailed(
        budget_id=budget_id,
client=client,
as_of=as_of,

    ).parsed

async def asyncio_detailed(
    budget_id: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,

) -> Response[BudgetExecution | Problem]:
    """ Budget against spending per line, per task and in all, on a date (执行率)

     Budget against spending per line, per task and in all, on a date (执行率).

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        budget_id (int):
        as_of (datetime.date | Unset): Spending dated on or before; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetExecution | Problem]
     """


    kwargs = _get_kwargs(
        budget_id=budget_id,
as_of=as_of,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    budget_id: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,

) -> BudgetExecution | Problem | None:
    """ Budget against spending per line, per task and in all, on a date (执行率)

     Budget against spending per line, per task and in all, on a date (执行率).

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        budget_id (int):
        as_of (datetime.date | Unset): Spending dated on or before; default today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetExecution | Problem
     """


    return (await asyncio_detailed(
        budget_id=budget_id,
client=client,
as_of=as_of,

    )).parsed
