from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.refresh_create import RefreshCreate
from ...models.refresh_read import RefreshRead
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    facility_id: int,
    *,
    body: RefreshCreate,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/facilities/{facility_id}/refreshes".format(facility_id=quote(str(facility_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RefreshRead | None:
    if response.status_code == 201:
        response_201 = RefreshRead.from_dict(response.json())



        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RefreshRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    facility_id: int,
    *,
    client: AuthenticatedClient,
    body: RefreshCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | RefreshRead]:
    """ Record a board's or wall's content refresh (date, theme, photos); the next one falls due

     Record a board's or wall's content refresh (date, theme, photos); the next one falls due.

    **Who may call it:** holders of `facilities:write`: `community_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    Args:
        facility_id (int):
        idempotency_key (str | Unset):
        body (RefreshCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RefreshRead]
     """


    kwargs = _get_kwargs(
        facility_id=facility_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    facility_id: int,
    *,
    client: AuthenticatedClient,
    body: RefreshCreate,
    idempotency_key: str | Unset = UNSET,

) -> Problem | RefreshRead | None:
    """ Record a board's or wall's content refresh (date, theme, photos); the next one falls due

     Record a board's or wall's content refresh (date, theme, photos); the next one falls due.

    **Who may call it:** holders of `facilities:write`: `community_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    Args:
        facility_id (int):
        idempotency_key (str | Unset):
        body (RefreshCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RefreshRead
     """


    return sync_detailed(
        facility_id=facility_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    facility_id: int,
    *,
    client: AuthenticatedClient,
    body: RefreshCreate,
    idempotency_key: str | Unset = UNSET,

) -> Response[Problem | RefreshRead]:
    """ Record a board's or wall's content refresh (date, theme, photos); the next one falls due

     Record a board's or wall's content refresh (date, theme, photos); the next one falls due.

    **Who may call it:** holders of `facilities:write`: `community_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    Args:
        facility_id (int):
        idempotency_key (str | Unset):
        body (RefreshCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RefreshRead]
     """


    kwargs = _get_kwargs(
        facility_id=facility_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    facility_id: int,
    *,
    client: AuthenticatedClient,
    body: RefreshCreate,
    idempotency_key: str | Unset = UNSET,

) -> Problem | RefreshRead | None:
    """ Record a board's or wall's content refresh (date, theme, photos); the next one falls due

     Record a board's or wall's content refresh (date, theme, photos); the next one falls due.

    **Who may call it:** holders of `facilities:write`: `community_officer`, `street_admin`,
    `street_officer`, `unit_liaison`.

    Args:
        facility_id (int):
        idempotency_key (str | Unset):
        body (RefreshCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RefreshRead
     """


    return (await asyncio_detailed(
        facility_id=facility_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
