from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.product_read import ProductRead
from ...models.product_update import ProductUpdate
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    product_id: int,
    *,
    body: ProductUpdate,
    if_match: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/contraceptive-products/{product_id}".format(product_id=quote(str(product_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ProductRead | None:
    if response.status_code == 200:
        response_200 = ProductRead.from_dict(response.json())



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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ProductRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    product_id: int,
    *,
    client: AuthenticatedClient,
    body: ProductUpdate,
    if_match: str | Unset = UNSET,

) -> Response[Problem | ProductRead]:
    """ Change a product or withdraw it (active=false)

     Change a product or withdraw it (active=false).

    **Who may call it:** holders of `contraceptives:catalogue`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        product_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (ProductUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProductRead]
     """


    kwargs = _get_kwargs(
        product_id=product_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    product_id: int,
    *,
    client: AuthenticatedClient,
    body: ProductUpdate,
    if_match: str | Unset = UNSET,

) -> Problem | ProductRead | None:
    """ Change a product or withdraw it (active=false)

     Change a product or withdraw it (active=false).

    **Who may call it:** holders of `contraceptives:catalogue`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        product_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (ProductUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProductRead
     """


    return sync_detailed(
        product_id=product_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    product_id: int,
    *,
    client: AuthenticatedClient,
    body: ProductUpdate,
    if_match: str | Unset = UNSET,

) -> Response[Problem | ProductRead]:
    """ Change a product or withdraw it (active=false)

     Change a product or withdraw it (active=false).

    **Who may call it:** holders of `contraceptives:catalogue`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        product_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (ProductUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProductRead]
     """


    kwargs = _get_kwargs(
        product_id=product_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    product_id: int,
    *,
    client: AuthenticatedClient,
    body: ProductUpdate,
    if_match: str | Unset = UNSET,

) -> Problem | ProductRead | None:
    """ Change a product or withdraw it (active=false)

     Change a product or withdraw it (active=false).

    **Who may call it:** holders of `contraceptives:catalogue`: `district_officer`, `street_admin`,
    `street_officer`.

    Args:
        product_id (int):
        if_match (str | Unset): The ETag you read (e.g. `"3"`, or `W/"3"`), or `*`; a stale one is
            answered with 412, one of another shape with 422 (with the request's other field errors)
        body (ProductUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProductRead
     """


    return (await asyncio_detailed(
        product_id=product_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
