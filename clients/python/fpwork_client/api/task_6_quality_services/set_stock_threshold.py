from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.threshold_read import ThresholdRead
from ...models.threshold_set import ThresholdSet
from typing import cast



def _get_kwargs(
    point_id: int,
    product_id: int,
    *,
    body: ThresholdSet,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/distribution-points/{point_id}/thresholds/{product_id}".format(point_id=quote(str(point_id), safe=""),product_id=quote(str(product_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ThresholdRead | None:
    if response.status_code == 200:
        response_200 = ThresholdRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ThresholdRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    point_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
    body: ThresholdSet,

) -> Response[Problem | ThresholdRead]:
    """ Set the low-stock threshold of a product at a point

     Set the low-stock threshold of a product at a point.

    **Who may call it:** holders of `stock:write`: `community_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    Args:
        point_id (int):
        product_id (int):
        body (ThresholdSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ThresholdRead]
     """


    kwargs = _get_kwargs(
        point_id=point_id,
product_id=product_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    point_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
    body: ThresholdSet,

) -> Problem | ThresholdRead | None:
    """ Set the low-stock threshold of a product at a point

     Set the low-stock threshold of a product at a point.

    **Who may call it:** holders of `stock:write`: `community_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    Args:
        point_id (int):
        product_id (int):
        body (ThresholdSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ThresholdRead
     """


    return sync_detailed(
        point_id=point_id,
product_id=product_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    point_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
    body: ThresholdSet,

) -> Response[Problem | ThresholdRead]:
    """ Set the low-stock threshold of a product at a point

     Set the low-stock threshold of a product at a point.

    **Who may call it:** holders of `stock:write`: `community_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    Args:
        point_id (int):
        product_id (int):
        body (ThresholdSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ThresholdRead]
     """


    kwargs = _get_kwargs(
        point_id=point_id,
product_id=product_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    point_id: int,
    product_id: int,
    *,
    client: AuthenticatedClient,
    body: ThresholdSet,

) -> Problem | ThresholdRead | None:
    """ Set the low-stock threshold of a product at a point

     Set the low-stock threshold of a product at a point.

    **Who may call it:** holders of `stock:write`: `community_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    Args:
        point_id (int):
        product_id (int):
        body (ThresholdSet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ThresholdRead
     """


    return (await asyncio_detailed(
        point_id=point_id,
product_id=product_id,
client=client,
body=body,

    )).parsed
