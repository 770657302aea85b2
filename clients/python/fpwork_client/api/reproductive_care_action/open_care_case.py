from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.care_case_create_type_0 import CareCaseCreateType0
from ...models.care_case_create_type_1 import CareCaseCreateType1
from ...models.care_case_create_type_2 import CareCaseCreateType2
from ...models.care_case_read import CareCaseRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: CareCaseCreateType0 | CareCaseCreateType1 | CareCaseCreateType2,
    idempotency_key: str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/care-cases",
    }

    
    if isinstance(body, CareCaseCreateType0):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CareCaseCreateType1):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()


    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CareCaseRead | Problem | None:
    if response.status_code == 201:
        response_201 = CareCaseRead.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CareCaseRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CareCaseCreateType0 | CareCaseCreateType1 | CareCaseCreateType2,
    idempotency_key: str | Unset = UNSET,

) -> Response[CareCaseRead | Problem]:
    """ Open a care case for a family (one open case per family)

     Open a care case for a family (one open case per family).

    **Who may call it:** holders of `care:write`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        idempotency_key (str | Unset):
        body (CareCaseCreateType0 | CareCaseCreateType1 | CareCaseCreateType2): Exactly one
            subject: a family, a person (``resident_id``) or a worker (``cared_worker_id``).

            ``bereaved`` and ``disabled_child`` are families; ``childbearing_age`` a person aged 15 to
            49;
            ``worker`` a family planning worker of the area; ``other_need`` any of them, with a
            reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CareCaseRead | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: CareCaseCreateType0 | CareCaseCreateType1 | CareCaseCreateType2,
    idempotency_key: str | Unset = UNSET,

) -> CareCaseRead | Problem | None:
    """ Open a care case for a family (one open case per family)

     Open a care case for a family (one open case per family).

    **Who may call it:** holders of `care:write`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        idempotency_key (str | Unset):
        body (CareCaseCreateType0 | CareCaseCreateType1 | CareCaseCreateType2): Exactly one
            subject: a family, a person (``resident_id``) or a worker (``cared_worker_id``).

            ``bereaved`` and ``disabled_child`` are families; ``childbearing_age`` a person aged 15 to
            49;
            ``worker`` a family planning worker of the area; ``other_need`` any of them, with a
            reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CareCaseRead | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CareCaseCreateType0 | CareCaseCreateType1 | CareCaseCreateType2,
    idempotency_key: str | Unset = UNSET,

) -> Response[CareCaseRead | Problem]:
    """ Open a care case for a family (one open case per family)

     Open a care case for a family (one open case per family).

    **Who may call it:** holders of `care:write`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        idempotency_key (str | Unset):
        body (CareCaseCreateType0 | CareCaseCreateType1 | CareCaseCreateType2): Exactly one
            subject: a family, a person (``resident_id``) or a worker (``cared_worker_id``).

            ``bereaved`` and ``disabled_child`` are families; ``childbearing_age`` a person aged 15 to
            49;
            ``worker`` a family planning worker of the area; ``other_need`` any of them, with a
            reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CareCaseRead | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CareCaseCreateType0 | CareCaseCreateType1 | CareCaseCreateType2,
    idempotency_key: str | Unset = UNSET,

) -> CareCaseRead | Problem | None:
    """ Open a care case for a family (one open case per family)

     Open a care case for a family (one open case per family).

    **Who may call it:** holders of `care:write`: `community_officer`, `street_admin`, `street_officer`.

    Args:
        idempotency_key (str | Unset):
        body (CareCaseCreateType0 | CareCaseCreateType1 | CareCaseCreateType2): Exactly one
            subject: a family, a person (``resident_id``) or a worker (``cared_worker_id``).

            ``bereaved`` and ``disabled_child`` are families; ``childbearing_age`` a person aged 15 to
            49;
            ``worker`` a family planning worker of the area; ``other_need`` any of them, with a
            reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CareCaseRead | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
