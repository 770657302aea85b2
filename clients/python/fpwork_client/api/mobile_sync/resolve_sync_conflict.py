from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.conflict_read import ConflictRead
from ...models.conflict_resolve import ConflictResolve
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    conflict_id: int,
    *,
    body: ConflictResolve,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sync/conflicts/{conflict_id}/resolve".format(conflict_id=quote(str(conflict_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConflictRead | Problem | None:
    if response.status_code == 200:
        response_200 = ConflictRead.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConflictRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conflict_id: int,
    *,
    client: AuthenticatedClient,
    body: ConflictResolve,
    idempotency_key: str | Unset = UNSET,

) -> Response[ConflictRead | Problem]:
    """ Keep the server's value, or apply the device's (contact fields only)

     Keep the server's value, or apply the device's (contact fields only).

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    **Workflow `sync_conflict`, step `resolve`:** from `open` to `resolved` (the device's user: keep the
    server's value, or apply the device's (contact fields only)); from any other state the answer is 409
    with `current_state`.

    Args:
        conflict_id (int):
        idempotency_key (str | Unset):
        body (ConflictResolve):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConflictRead | Problem]
     """


    kwargs = _get_kwargs(
        conflict_id=conflict_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    conflict_id: int,
    *,
    client: AuthenticatedClient,
    body: ConflictResolve,
    idempotency_key: str | Unset = UNSET,

) -> ConflictRead | Problem | None:
    """ Keep the server's value, or apply the device's (contact fields only)

     Keep the server's value, or apply the device's (contact fields only).

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    **Workflow `sync_conflict`, step `resolve`:** from `open` to `resolved` (the device's user: keep the
    server's value, or apply the device's (contact fields only)); from any other state the answer is 409
    with `current_state`.

    Args:
        conflict_id (int):
        idempotency_key (str | Unset):
        body (ConflictResolve):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConflictRead | Problem
     """


    return sync_detailed(
        conflict_id=conflict_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    conflict_id: int,
    *,
    client: AuthenticatedClient,
    body: ConflictResolve,
    idempotency_key: str | Unset = UNSET,

) -> Response[ConflictRead | Problem]:
    """ Keep the server's value, or apply the device's (contact fields only)

     Keep the server's value, or apply the device's (contact fields only).

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    **Workflow `sync_conflict`, step `resolve`:** from `open` to `resolved` (the device's user: keep the
    server's value, or apply the device's (contact fields only)); from any other state the answer is 409
    with `current_state`.

    Args:
        conflict_id (int):
        idempotency_key (str | Unset):
        body (ConflictResolve):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConflictRead | Problem]
     """


    kwargs = _get_kwargs(
        conflict_id=conflict_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    conflict_id: int,
    *,
    client: AuthenticatedClient,
    body: ConflictResolve,
    idempotency_key: str | Unset = UNSET,

) -> ConflictRead | Problem | None:
    """ Keep the server's value, or apply the device's (contact fields only)

     Keep the server's value, or apply the device's (contact fields only).

    **Who may call it:** holders of `sync:use`: `community_officer`, `street_admin`, `street_officer`.

    **Workflow `sync_conflict`, step `resolve`:** from `open` to `resolved` (the device's user: keep the
    server's value, or apply the device's (contact fields only)); from any other state the answer is 409
    with `current_state`.

    Args:
        conflict_id (int):
        idempotency_key (str | Unset):
        body (ConflictResolve):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConflictRead | Problem
     """


    return (await asyncio_detailed(
        conflict_id=conflict_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
