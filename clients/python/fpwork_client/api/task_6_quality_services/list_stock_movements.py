from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.movement_kind import MovementKind
from ...models.page_stock_movement_read import PageStockMovementRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    point_id: int | None | Unset = UNSET,
    product_id: int | None | Unset = UNSET,
    batch_id: int | None | Unset = UNSET,
    kind: MovementKind | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_point_id: int | None | Unset
    if isinstance(point_id, Unset):
        json_point_id = UNSET
    else:
        json_point_id = point_id
    params["point_id"] = json_point_id

    json_product_id: int | None | Unset
    if isinstance(product_id, Unset):
        json_product_id = UNSET
    else:
        json_product_id = product_id
    params["product_id"] = json_product_id

    json_batch_id: int | None | Unset
    if isinstance(batch_id, Unset):
        json_batch_id = UNSET
    else:
        json_batch_id = batch_id
    params["batch_id"] = json_batch_id

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, MovementKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/stock-movements",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageStockMovementRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageStockMovementRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageStockMovementRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    point_id: int | None | Unset = UNSET,
    product_id: int | None | Unset = UNSET,
    batch_id: int | None | Unset = UNSET,
    kind: MovementKind | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageStockMovementRead | Problem]:
    """ The stock ledger in the caller's area

     The stock ledger in the caller's area.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        point_id (int | None | Unset):
        product_id (int | None | Unset):
        batch_id (int | None | Unset):
        kind (MovementKind | None | Unset):
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageStockMovementRead | Problem]
     """


    kwargs = _get_kwargs(
        point_id=point_id,
product_id=product_id,
batch_id=batch_id,
kind=kind,
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
    point_id: int | None | Unset = UNSET,
    product_id: int | None | Unset = UNSET,
    batch_id: int | None | Unset = UNSET,
    kind: MovementKind | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageStockMovementRead | Problem | None:
    """ The stock ledger in the caller's area

     The stock ledger in the caller's area.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        point_id (int | None | Unset):
        product_id (int | None | Unset):
        batch_id (int | None | Unset):
        kind (MovementKind | None | Unset):
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageStockMovementRead | Problem
     """


    return sync_detailed(
        client=client,
point_id=point_id,
product_id=product_id,
batch_id=batch_id,
kind=kind,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    point_id: int | None | Unset = UNSET,
    product_id: int | None | Unset = UNSET,
    batch_id: int | None | Unset = UNSET,
    kind: MovementKind | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[PageStockMovementRead | Problem]:
    """ The stock ledger in the caller's area

     The stock ledger in the caller's area.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        point_id (int | None | Unset):
        product_id (int | None | Unset):
        batch_id (int | None | Unset):
        kind (MovementKind | None | Unset):
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageStockMovementRead | Problem]
     """


    kwargs = _get_kwargs(
        point_id=point_id,
product_id=product_id,
batch_id=batch_id,
kind=kind,
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
    point_id: int | None | Unset = UNSET,
    product_id: int | None | Unset = UNSET,
    batch_id: int | None | Unset = UNSET,
    kind: MovementKind | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> PageStockMovementRead | Problem | None:
    """ The stock ledger in the caller's area

     The stock ledger in the caller's area.

    **Who may call it:** holders of `contraceptives:read`: `community_officer`, `district_integration`,
    `district_officer`, `street_admin`, `street_officer`, `unit_liaison`.

    Args:
        point_id (int | None | Unset):
        product_id (int | None | Unset):
        batch_id (int | None | Unset):
        kind (MovementKind | None | Unset):
        limit (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): Opaque cursor from the previous page's next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageStockMovementRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
point_id=point_id,
product_id=product_id,
batch_id=batch_id,
kind=kind,
limit=limit,
cursor=cursor,

    )).parsed
