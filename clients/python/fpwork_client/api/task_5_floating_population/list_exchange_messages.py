from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.message_direction import MessageDirection
from ...models.message_kind import MessageKind
from ...models.message_status import MessageStatus
from ...models.page_message_read import PageMessageRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    direction: MessageDirection | Unset = UNSET,
    kind: MessageKind | Unset = UNSET,
    status: MessageStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    migrant_id: int | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["overdue"] = overdue

    params["migrant_id"] = migrant_id

    params["limit"] = limit

    params["cursor"] = cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/exchange/messages",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageMessageRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageMessageRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageMessageRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    direction: MessageDirection | Unset = UNSET,
    kind: MessageKind | Unset = UNSET,
    status: MessageStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    migrant_id: int | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageMessageRead | Problem]:
    """ Messages with other regions in the caller's area; overdue=true for late clocks

     Messages with other regions in the caller's area; overdue=true for late clocks.

    **Who may call it:** holders of `exchange:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        direction (MessageDirection | Unset):
        kind (MessageKind | Unset):
        status (MessageStatus | Unset):
        overdue (bool | Unset): Undone past the due working day
        migrant_id (int | Unset):
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
        Response[PageMessageRead | Problem]
     """


    kwargs = _get_kwargs(
        direction=direction,
kind=kind,
status=status,
overdue=overdue,
migrant_id=migrant_id,
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
    direction: MessageDirection | Unset = UNSET,
    kind: MessageKind | Unset = UNSET,
    status: MessageStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    migrant_id: int | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageMessageRead | Problem | None:
    """ Messages with other regions in the caller's area; overdue=true for late clocks

     Messages with other regions in the caller's area; overdue=true for late clocks.

    **Who may call it:** holders of `exchange:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        direction (MessageDirection | Unset):
        kind (MessageKind | Unset):
        status (MessageStatus | Unset):
        overdue (bool | Unset): Undone past the due working day
        migrant_id (int | Unset):
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
        PageMessageRead | Problem
     """


    return sync_detailed(
        client=client,
direction=direction,
kind=kind,
status=status,
overdue=overdue,
migrant_id=migrant_id,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    direction: MessageDirection | Unset = UNSET,
    kind: MessageKind | Unset = UNSET,
    status: MessageStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    migrant_id: int | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> Response[PageMessageRead | Problem]:
    """ Messages with other regions in the caller's area; overdue=true for late clocks

     Messages with other regions in the caller's area; overdue=true for late clocks.

    **Who may call it:** holders of `exchange:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        direction (MessageDirection | Unset):
        kind (MessageKind | Unset):
        status (MessageStatus | Unset):
        overdue (bool | Unset): Undone past the due working day
        migrant_id (int | Unset):
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
        Response[PageMessageRead | Problem]
     """


    kwargs = _get_kwargs(
        direction=direction,
kind=kind,
status=status,
overdue=overdue,
migrant_id=migrant_id,
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
    direction: MessageDirection | Unset = UNSET,
    kind: MessageKind | Unset = UNSET,
    status: MessageStatus | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    migrant_id: int | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: str | Unset = UNSET,

) -> PageMessageRead | Problem | None:
    """ Messages with other regions in the caller's area; overdue=true for late clocks

     Messages with other regions in the caller's area; overdue=true for late clocks.

    **Who may call it:** holders of `exchange:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`.

    Args:
        direction (MessageDirection | Unset):
        kind (MessageKind | Unset):
        status (MessageStatus | Unset):
        overdue (bool | Unset): Undone past the due working day
        migrant_id (int | Unset):
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
        PageMessageRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
direction=direction,
kind=kind,
status=status,
overdue=overdue,
migrant_id=migrant_id,
limit=limit,
cursor=cursor,

    )).parsed
