from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.upload_in import UploadIn
from ...models.upload_result import UploadResult
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: UploadIn,
    fpw_device: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(fpw_device, Unset):
        headers["Fpw-Device"] = fpw_device

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sync/uploads",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UploadResult | None:
    if response.status_code == 200:
        response_200 = UploadResult.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | UploadResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadIn,
    fpw_device: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | UploadResult]:
    """ A day of work: operations applied in order, each all or nothing; each one's outcome

     A day of work: operations applied in order, each all or nothing; each one's outcome.

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        fpw_device (str | Unset): The secret the device got when registered
        idempotency_key (str | Unset):
        body (UploadIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UploadResult]
     """


    kwargs = _get_kwargs(
        body=body,
fpw_device=fpw_device,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: UploadIn,
    fpw_device: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Problem | UploadResult | None:
    """ A day of work: operations applied in order, each all or nothing; each one's outcome

     A day of work: operations applied in order, each all or nothing; each one's outcome.

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        fpw_device (str | Unset): The secret the device got when registered
        idempotency_key (str | Unset):
        body (UploadIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UploadResult
     """


    return sync_detailed(
        client=client,
body=body,
fpw_device=fpw_device,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadIn,
    fpw_device: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | UploadResult]:
    """ A day of work: operations applied in order, each all or nothing; each one's outcome

     A day of work: operations applied in order, each all or nothing; each one's outcome.

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        fpw_device (str | Unset): The secret the device got when registered
        idempotency_key (str | Unset):
        body (UploadIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UploadResult]
     """


    kwargs = _get_kwargs(
        body=body,
fpw_device=fpw_device,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UploadIn,
    fpw_device: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,

) -> Problem | UploadResult | None:
    """ A day of work: operations applied in order, each all or nothing; each one's outcome

     A day of work: operations applied in order, each all or nothing; each one's outcome.

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        fpw_device (str | Unset): The secret the device got when registered
        idempotency_key (str | Unset):
        body (UploadIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UploadResult
     """


    return (await asyncio_detailed(
        client=client,
body=body,
fpw_device=fpw_device,
idempotency_key=idempotency_key,

    )).parsed
