from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_notice_public import PageNoticePublic
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    current: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["current"] = current

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/notices",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageNoticePublic | Problem | None:
    if response.status_code == 200:
        response_200 = PageNoticePublic.from_dict(response.json())



        return response_200

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageNoticePublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    current: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageNoticePublic | Problem]:
    """ Published benefit rosters: masked names, community and program (no sign-in)

     Published benefit rosters: masked names, community and program (no sign-in).

    **Who may call it:** anyone; no sign-in.

    Args:
        current (bool | Unset): Only notices whose objection window is still open Default: False.
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
        Response[PageNoticePublic | Problem]
     """


    kwargs = _get_kwargs(
        current=current,
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
    current: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageNoticePublic | Problem | None:
    """ Published benefit rosters: masked names, community and program (no sign-in)

     Published benefit rosters: masked names, community and program (no sign-in).

    **Who may call it:** anyone; no sign-in.

    Args:
        current (bool | Unset): Only notices whose objection window is still open Default: False.
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
        PageNoticePublic | Problem
     """


    return sync_detailed(
        client=client,
current=current,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    current: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageNoticePublic | Problem]:
    """ Published benefit rosters: masked names, community and program (no sign-in)

     Published benefit rosters: masked names, community and program (no sign-in).

    **Who may call it:** anyone; no sign-in.

    Args:
        current (bool | Unset): Only notices whose objection window is still open Default: False.
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
        Response[PageNoticePublic | Problem]
     """


    kwargs = _get_kwargs(
        current=current,
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
    current: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageNoticePublic | Problem | None:
    """ Published benefit rosters: masked names, community and program (no sign-in)

     Published benefit rosters: masked names, community and program (no sign-in).

    **Who may call it:** anyone; no sign-in.

    Args:
        current (bool | Unset): Only notices whose objection window is still open Default: False.
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
        PageNoticePublic | Problem
     """


    return (await asyncio_detailed(
        client=client,
current=current,
limit=limit,
cursor=cursor,

    )).parsed
