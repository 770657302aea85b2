from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_policy_summary import PagePolicySummary
from ...models.policy_category import PolicyCategory
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    category: PolicyCategory | Unset = UNSET,
    effective_from: datetime.date | Unset = UNSET,
    effective_to: datetime.date | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["q"] = q

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_effective_from: str | Unset = UNSET
    if not isinstance(effective_from, Unset):
        json_effective_from = effective_from.isoformat()
    params["effective_from"] = json_effective_from

    json_effective_to: str | Unset = UNSET
    if not isinstance(effective_to, Unset):
        json_effective_to = effective_to.isoformat()
    params["effective_to"] = json_effective_to

    json_in_force_on: str | Unset = UNSET
    if not isinstance(in_force_on, Unset):
        json_in_force_on = in_force_on.isoformat()
    params["in_force_on"] = json_in_force_on

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/policies",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PagePolicySummary | Problem | None:
    if response.status_code == 200:
        response_200 = PagePolicySummary.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PagePolicySummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    category: PolicyCategory | Unset = UNSET,
    effective_from: datetime.date | Unset = UNSET,
    effective_to: datetime.date | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PagePolicySummary | Problem]:
    """ Published policies (政务公开), newest first, with Chinese full-text search

     Published policies (政务公开), newest first, with Chinese full-text search.

    **Who may call it:** anyone; no sign-in.

    Args:
        q (str | Unset): Every word or 2-character run must occur; at least one letter, digit or
            Chinese character, and at most 16 search terms (words and 2-character runs); 422 otherwise
        category (PolicyCategory | Unset):
        effective_from (datetime.date | Unset):
        effective_to (datetime.date | Unset):
        in_force_on (datetime.date | Unset): In force on this date (not repealed)
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
        Response[PagePolicySummary | Problem]
     """


    kwargs = _get_kwargs(
        q=q,
category=category,
effective_from=effective_from,
effective_to=effective_to,
in_force_on=in_force_on,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    category: PolicyCategory | Unset = UNSET,
    effective_from: datetime.date | Unset = UNSET,
    effective_to: datetime.date | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PagePolicySummary | Problem | None:
    """ Published policies (政务公开), newest first, with Chinese full-text search

     Published policies (政务公开), newest first, with Chinese full-text search.

    **Who may call it:** anyone; no sign-in.

    Args:
        q (str | Unset): Every word or 2-character run must occur; at least one letter, digit or
            Chinese character, and at most 16 search terms (words and 2-character runs); 422 otherwise
        category (PolicyCategory | Unset):
        effective_from (datetime.date | Unset):
        effective_to (datetime.date | Unset):
        in_force_on (datetime.date | Unset): In force on this date (not repealed)
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
        PagePolicySummary | Problem
     """


    return sync_detailed(
        client=client,
q=q,
category=category,
effective_from=effective_from,
effective_to=effective_to,
in_force_on=in_force_on,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    category: PolicyCategory | Unset = UNSET,
    effective_from: datetime.date | Unset = UNSET,
    effective_to: datetime.date | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PagePolicySummary | Problem]:
    """ Published policies (政务公开), newest first, with Chinese full-text search

     Published policies (政务公开), newest first, with Chinese full-text search.

    **Who may call it:** anyone; no sign-in.

    Args:
        q (str | Unset): Every word or 2-character run must occur; at least one letter, digit or
            Chinese character, and at most 16 search terms (words and 2-character runs); 422 otherwise
        category (PolicyCategory | Unset):
        effective_from (datetime.date | Unset):
        effective_to (datetime.date | Unset):
        in_force_on (datetime.date | Unset): In force on this date (not repealed)
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
        Response[PagePolicySummary | Problem]
     """


    kwargs = _get_kwargs(
        q=q,
category=category,
effective_from=effective_from,
effective_to=effective_to,
in_force_on=in_force_on,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    category: PolicyCategory | Unset = UNSET,
    effective_from: datetime.date | Unset = UNSET,
    effective_to: datetime.date | Unset = UNSET,
    in_force_on: datetime.date | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PagePolicySummary | Problem | None:
    """ Published policies (政务公开), newest first, with Chinese full-text search

     Published policies (政务公开), newest first, with Chinese full-text search.

    **Who may call it:** anyone; no sign-in.

    Args:
        q (str | Unset): Every word or 2-character run must occur; at least one letter, digit or
            Chinese character, and at most 16 search terms (words and 2-character runs); 422 otherwise
        category (PolicyCategory | Unset):
        effective_from (datetime.date | Unset):
        effective_to (datetime.date | Unset):
        in_force_on (datetime.date | Unset): In force on this date (not repealed)
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
        PagePolicySummary | Problem
     """


    return (await asyncio_detailed(
        client=client,
q=q,
category=category,
effective_from=effective_from,
effective_to=effective_to,
in_force_on=in_force_on,
limit=limit,
cursor=cursor,

    )).parsed
