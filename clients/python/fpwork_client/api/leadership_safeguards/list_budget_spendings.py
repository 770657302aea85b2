from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_spending_read import PageSpendingRead
from ...models.problem import Problem
from ...models.spending_kind import SpendingKind
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    budget_id: int | Unset = UNSET,
    line_id: int | Unset = UNSET,
    kind: SpendingKind | Unset = UNSET,
    spent_from: datetime.date | Unset = UNSET,
    spent_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["budget_id"] = budget_id

    params["line_id"] = line_id

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_spent_from: str | Unset = UNSET
    if not isinstance(spent_from, Unset):
        json_spent_from = spent_from.isoformat()
    params["spent_from"] = json_spent_from

    json_spent_to: str | Unset = UNSET
    if not isinstance(spent_to, Unset):
        json_spent_to = spent_to.isoformat()
    params["spent_to"] = json_spent_to

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/budget-spendings",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageSpendingRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageSpendingRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageSpendingRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    budget_id: int | Unset = UNSET,
    line_id: int | Unset = UNSET,
    kind: SpendingKind | Unset = UNSET,
    spent_from: datetime.date | Unset = UNSET,
    spent_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageSpendingRead | Problem]:
    """ Spending entries of the caller's area, newest first (a community: those on its own lines)

     Spending entries of the caller's area, newest first (a community: those on its own lines).

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        budget_id (int | Unset):
        line_id (int | Unset):
        kind (SpendingKind | Unset):
        spent_from (datetime.date | Unset): On or after (Beijing date)
        spent_to (datetime.date | Unset): On or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (str | Unset): Opaque: the `next_cursor` of the previous page of this list, left
            out for the first page. A cursor continues the listing that issued it: one from a change
            feed (`updated_since`) continues only a change feed, one from a plain page only plain
            pages. Any other value, even one that looks like a cursor, is 422 `The cursor is not
            valid`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSpendingRead | Problem]
     """


    kwargs = _get_kwargs(
        budget_id=budget_id,
line_id=line_id,
kind=kind,
spent_from=spent_from,
spent_to=spent_to,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    budget_id: int | Unset = UNSET,
    line_id: int | Unset = UNSET,
    kind: SpendingKind | Unset = UNSET,
    spent_from: datetime.date | Unset = UNSET,
    spent_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageSpendingRead | Problem | None:
    """ Spending entries of the caller's area, newest first (a community: those on its own lines)

     Spending entries of the caller's area, newest first (a community: those on its own lines).

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        budget_id (int | Unset):
        line_id (int | Unset):
        kind (SpendingKind | Unset):
        spent_from (datetime.date | Unset): On or after (Beijing date)
        spent_to (datetime.date | Unset): On or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (str | Unset): Opaque: the `next_cursor` of the previous page of this list, left
            out for the first page. A cursor continues the listing that issued it: one from a change
            feed (`updated_since`) continues only a change feed, one from a plain page only plain
            pages. Any other value, even one that looks like a cursor, is 422 `The cursor is not
            valid`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSpendingRead | Problem
     """


    return sync_detailed(
        client=client,
budget_id=budget_id,
line_id=line_id,
kind=kind,
spent_from=spent_from,
spent_to=spent_to,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    budget_id: int | Unset = UNSET,
    line_id: int | Unset = UNSET,
    kind: SpendingKind | Unset = UNSET,
    spent_from: datetime.date | Unset = UNSET,
    spent_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageSpendingRead | Problem]:
    """ Spending entries of the caller's area, newest first (a community: those on its own lines)

     Spending entries of the caller's area, newest first (a community: those on its own lines).

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        budget_id (int | Unset):
        line_id (int | Unset):
        kind (SpendingKind | Unset):
        spent_from (datetime.date | Unset): On or after (Beijing date)
        spent_to (datetime.date | Unset): On or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (str | Unset): Opaque: the `next_cursor` of the previous page of this list, left
            out for the first page. A cursor continues the listing that issued it: one from a change
            feed (`updated_since`) continues only a change feed, one from a plain page only plain
            pages. Any other value, even one that looks like a cursor, is 422 `The cursor is not
            valid`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSpendingRead | Problem]
     """


    kwargs = _get_kwargs(
        budget_id=budget_id,
line_id=line_id,
kind=kind,
spent_from=spent_from,
spent_to=spent_to,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    budget_id: int | Unset = UNSET,
    line_id: int | Unset = UNSET,
    kind: SpendingKind | Unset = UNSET,
    spent_from: datetime.date | Unset = UNSET,
    spent_to: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageSpendingRead | Problem | None:
    """ Spending entries of the caller's area, newest first (a community: those on its own lines)

     Spending entries of the caller's area, newest first (a community: those on its own lines).

    **Who may call it:** holders of `safeguards:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        budget_id (int | Unset):
        line_id (int | Unset):
        kind (SpendingKind | Unset):
        spent_from (datetime.date | Unset): On or after (Beijing date)
        spent_to (datetime.date | Unset): On or before
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (str | Unset): Opaque: the `next_cursor` of the previous page of this list, left
            out for the first page. A cursor continues the listing that issued it: one from a change
            feed (`updated_since`) continues only a change feed, one from a plain page only plain
            pages. Any other value, even one that looks like a cursor, is 422 `The cursor is not
            valid`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSpendingRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
budget_id=budget_id,
line_id=line_id,
kind=kind,
spent_from=spent_from,
spent_to=spent_to,
limit=limit,
cursor=cursor,

    )).parsed
