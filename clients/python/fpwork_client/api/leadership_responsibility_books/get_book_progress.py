from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.book_progress import BookProgress
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    book_id: int,
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
        "url": "/api/v1/responsibility-books/{book_id}/progress".format(book_id=quote(str(book_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BookProgress | Problem | None:
    if response.status_code == 200:
        response_200 = BookProgress.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BookProgress | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    book_id: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,

) -> Response[BookProgress | Problem]:
    """ Each indicator's value as of a date, its score and the veto state

     Each indicator's value as of a date, its score and the veto state.

    **Who may call it:** holders of `books:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        book_id (int):
        as_of (datetime.date | Unset): Default: today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookProgress | Problem]
     """


    kwargs = _get_kwargs(
        book_id=book_id,
as_of=as_of,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    book_id: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,

) -> BookProgress | Problem | None:
    """ Each indicator's value as of a date, its score and the veto state

     Each indicator's value as of a date, its score and the veto state.

    **Who may call it:** holders of `books:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        book_id (int):
        as_of (datetime.date | Unset): Default: today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookProgress | Problem
     """


    return sync_detailed(
        book_id=book_id,
client=client,
as_of=as_of,

    ).parsed

async def asyncio_detailed(
    book_id: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,

) -> Response[BookProgress | Problem]:
    """ Each indicator's value as of a date, its score and the veto state

     Each indicator's value as of a date, its score and the veto state.

    **Who may call it:** holders of `books:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        book_id (int):
        as_of (datetime.date | Unset): Default: today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookProgress | Problem]
     """


    kwargs = _get_kwargs(
        book_id=book_id,
as_of=as_of,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    book_id: int,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | Unset = UNSET,

) -> BookProgress | Problem | None:
    """ Each indicator's value as of a date, its score and the veto state

     Each indicator's value as of a date, its score and the veto state.

    **Who may call it:** holders of `books:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        book_id (int):
        as_of (datetime.date | Unset): Default: today

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookProgress | Problem
     """


    return (await asyncio_detailed(
        book_id=book_id,
client=client,
as_of=as_of,

    )).parsed
