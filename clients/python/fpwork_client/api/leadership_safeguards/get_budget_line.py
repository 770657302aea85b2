from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.budget_line_read import BudgetLineRead
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    line_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/budget-lines/{line_id}".format(line_id=quote(str(line_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BudgetLineRead | Problem | None:
    if response.status_code == 200:
        response_200 = BudgetLineRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BudgetLineRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    line_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[BudgetLineRead | Problem]:
    """ Read a budget line with what it spent

     Read a budget line with what it spent.

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        line_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetLineRead | Problem]
     """


    kwargs = _get_kwargs(
        line_id=line_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    line_id: int,
    *,
    client: AuthenticatedClient,

) -> BudgetLineRead | Problem | None:
    """ Read a budget line with what it spent

     Read a budget line with what it spent.

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        line_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetLineRead | Problem
     """


    return sync_detailed(
        line_id=line_id,
client=client,

    ).parsed

async def asyncio_detailed(
    line_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[BudgetLineRead | Problem]:
    """ Read a budget line with what it spent

     Read a budget line with what it spent.

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        line_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetLineRead | Problem]
     """


    kwargs = _get_kwargs(
        line_id=line_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    line_id: int,
    *,
    client: AuthenticatedClient,

) -> BudgetLineRead | Problem | None:
    """ Read a budget line with what it spent

     Read a budget line with what it spent.

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        line_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetLineRead | Problem
     """


    return (await asyncio_detailed(
        line_id=line_id,
client=client,

    )).parsed
