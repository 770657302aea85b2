from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delivery_read import DeliveryRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    subscription_id: int,
    delivery_id: int,
    *,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks/{subscription_id}/deliveries/{delivery_id}/replay".format(subscription_id=quote(str(subscription_id), safe=""),delivery_id=quote(str(delivery_id), safe=""),),
    }


    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeliveryRead | Problem | None:
    if response.status_code == 200:
        response_200 = DeliveryRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeliveryRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_id: int,
    delivery_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[DeliveryRead | Problem]:
    """ Send a delivery again (same webhook-id) at the worker's next pass

     Send a delivery again (same webhook-id) at the worker's next pass.

    **Who may call it:** holders of `webhooks:manage`: `district_integration`, `district_officer`,
    `street_admin`.

    Args:
        subscription_id (int):
        delivery_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryRead | Problem]
     """


    kwargs = _get_kwargs(
        subscription_id=subscription_id,
delivery_id=delivery_id,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    subscription_id: int,
    delivery_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> DeliveryRead | Problem | None:
    """ Send a delivery again (same webhook-id) at the worker's next pass

     Send a delivery again (same webhook-id) at the worker's next pass.

    **Who may call it:** holders of `webhooks:manage`: `district_integration`, `district_officer`,
    `street_admin`.

    Args:
        subscription_id (int):
        delivery_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryRead | Problem
     """


    return sync_detailed(
        subscription_id=subscription_id,
delivery_id=delivery_id,
client=client,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    subscription_id: int,
    delivery_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> Response[DeliveryRead | Problem]:
    """ Send a delivery again (same webhook-id) at the worker's next pass

     Send a delivery again (same webhook-id) at the worker's next pass.

    **Who may call it:** holders of `webhooks:manage`: `district_integration`, `district_officer`,
    `street_admin`.

    Args:
        subscription_id (int):
        delivery_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryRead | Problem]
     """


    kwargs = _get_kwargs(
        subscription_id=subscription_id,
delivery_id=delivery_id,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    subscription_id: int,
    delivery_id: int,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,

) -> DeliveryRead | Problem | None:
    """ Send a delivery again (same webhook-id) at the worker's next pass

     Send a delivery again (same webhook-id) at the worker's next pass.

    **Who may call it:** holders of `webhooks:manage`: `district_integration`, `district_officer`,
    `street_admin`.

    Args:
        subscription_id (int):
        delivery_id (int):
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryRead | Problem
     """


    return (await asyncio_detailed(
        subscription_id=subscription_id,
delivery_id=delivery_id,
client=client,
idempotency_key=idempotency_key,

    )).parsed
